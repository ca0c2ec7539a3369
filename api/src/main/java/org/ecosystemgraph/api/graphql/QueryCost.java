package org.ecosystemgraph.api.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityInfo;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a request can return, counted before it runs: a field costs one plus what its children cost, times the number
 * of items its list can hold — its {@code first}, {@code last} or {@code limit} argument where it has one, otherwise the fan-out a
 * list of that field has in such graphs ({@link #FAN_OUT}). A request that would cost more than the maximum is
 * refused with the cost it would have had, before any Cypher runs.
 */
final class QueryCost implements FieldComplexityCalculator {

    /**
     * How many items a list without a size argument holds, at most in most graphs: by type and field where one field
     * name means different lists, otherwise by field name.
     */
    static final Map<String, Integer> FAN_OUT = Map.ofEntries(
            // Bounded by the argument of the field above them.
            Map.entry("OrganizationConnection.edges", 1),
            // A page of the size taken when neither first nor last is given.
            Map.entry("Query.organizations", 20),
            Map.entry("Neighbourhood.nodes", 1),
            Map.entry("Neighbourhood.ties", 4),
            Map.entry("Path.nodes", 7),
            Map.entry("Path.relationships", 6),
            Map.entry("Query.supportFunctions", 30),
            Map.entry("Query.places", 150),
            Map.entry("Query.agreements", 20),
            Map.entry("members", 50),
            Map.entry("providers", 50),
            Map.entry("clauses", 20),
            Map.entry("programmes", 10),
            Map.entry("memberships", 10),
            Map.entry("support", 5),
            Map.entry("supportFunctions", 5),
            Map.entry("facilities", 5),
            Map.entry("parties", 5),
            Map.entry("sources", 3),
            Map.entry("places", 3),
            Map.entry("agreements", 3));

    static final int DEFAULT_FAN_OUT = 10;

    @Override
    public int calculate(FieldComplexityEnvironment environment, int childComplexity) {
        long items = 1;
        var arguments = environment.getArguments();
        Object size = Stream.of("first", "last", "limit")
                .map(arguments::get)
                .filter(Number.class::isInstance)
                .findFirst()
                .orElse(null);
        String field = environment.getFieldDefinition().getName();
        String key = ((GraphQLNamedType) environment.getParentType()).getName() + "." + field;
        if (size instanceof Number n) {
            items = Math.max(0, n.longValue());
        } else if (isList(environment.getFieldDefinition().getType()) || FAN_OUT.containsKey(key)) {
            items = FAN_OUT.getOrDefault(key, FAN_OUT.getOrDefault(field, DEFAULT_FAN_OUT));
        }
        // Saturates rather than overflows: any cost past the maximum is refused alike.
        return (int) Math.min(Integer.MAX_VALUE, 1 + items * childComplexity);
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }

    /** Refuses a request over the maximum, saying what it would cost. */
    static Boolean refuseAbove(int maximum, QueryComplexityInfo info) {
        if (info.getComplexity() <= maximum) {
            return false;
        }
        Map<String, Object> extensions = new HashMap<>(ErrorCode.QUERY_TOO_COSTLY.extensions());
        extensions.put("cost", info.getComplexity());
        extensions.put("maximumCost", maximum);
        throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
                .message("This request could return about %,d values, more than the %,d one request may ask for;"
                                .formatted(info.getComplexity(), maximum)
                        + " ask for smaller pages (first, limit) or fewer nested lists")
                .extensions(extensions)
                .build()));
    }
}
