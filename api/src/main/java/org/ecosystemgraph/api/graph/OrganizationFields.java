package org.ecosystemgraph.api.graph;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.RelationshipType;

/**
 * The properties of organizations a request reads: those its fields on organizations and consortia ask for, anywhere in
 * the request, beside the id, name and sector that every organization carries. A request for names alone then reads
 * and sends names alone, as the Neo4j GraphQL Library's compiled statements do, rather than every description and
 * alias of every member. Likewise the sources of memberships, most of what a membership holds, are read only by a
 * request that asks for them somewhere.
 */
public record OrganizationFields(Set<String> properties, boolean membershipSources) {

    /** Every property, for reads outside a GraphQL request. */
    public static final OrganizationFields ALL = new OrganizationFields(null, true);

    private static final String KEY = OrganizationFields.class.getName();
    private static final Set<String> ALWAYS = Set.of("name", "sector");
    private static final Set<String> TYPES = Set.of("Organization", "Consortium");

    /** The fields of this request, as {@link #select} left them in its context; all when it did not. */
    public static OrganizationFields of(GraphQLContext context) {
        return context == null ? ALL : context.getOrDefault(KEY, ALL);
    }

    /** What notes, as each request starts, which properties its fields on organizations ask for. */
    public static Instrumentation selector() {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                select(parameters.getExecutionContext());
                return null;
            }
        };
    }

    private static void select(ExecutionContext execution) {
        ExecutableNormalizedOperation operation =
                execution.getNormalizedQueryTree().get();
        Set<String> asked = new HashSet<>(ALWAYS);
        boolean membershipSources = false;
        var fields = new ArrayDeque<ExecutableNormalizedField>(operation.getTopLevelFields());
        while (!fields.isEmpty()) {
            var field = fields.pop();
            if (field.getObjectTypeNames().stream().anyMatch(TYPES::contains)) {
                asked.add(field.getName());
            }
            membershipSources |= field.getName().equals("sources")
                    && field.getObjectTypeNames().contains("Membership");
            fields.addAll(field.getChildren());
        }
        execution.getGraphQLContext().put(KEY, new OrganizationFields(Set.copyOf(asked), membershipSources));
    }

    /** The map projection of the organization bound to {@code variable}: {@code o {.id, .name, .sector, …}}. */
    public String projection(String variable) {
        return properties == null
                ? NodeLabel.ORGANIZATION.projection(variable)
                : NodeLabel.ORGANIZATION.projection(variable, properties::contains);
    }

    /** The map projection of the MEMBER_OF bound to {@code variable}: its role and dates, its sources if asked for. */
    public String membershipProjection(String variable) {
        return RelationshipType.MEMBER_OF.projection(variable, membershipSources);
    }
}
