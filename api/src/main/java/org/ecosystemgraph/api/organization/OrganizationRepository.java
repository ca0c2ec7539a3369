package org.ecosystemgraph.api.organization;

import static org.ecosystemgraph.api.graph.GraphRecords.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.NestedReads;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.ecosystemgraph.api.names.Names;
import org.ecosystemgraph.database.OrganizationLookup;
import org.springframework.stereotype.Repository;

/** Organizations by name and by filter, and their network measures. */
@Repository
class OrganizationRepository {

    /** One page of a filtered list: the organizations and how many match in all. */
    record Page(List<Organization> organizations, int total, boolean hasNext, boolean hasPrevious) {}

    private final GraphReads reads;

    OrganizationRepository(GraphReads reads) {
        this.reads = reads;
    }

    Optional<Organization> byId(String id) {
        return reads.one(
                OrganizationLookup.BY_ID
                        + "MATCH (o:Organization {id: id}) RETURN %s AS o"
                                .formatted(GraphRecords.organizationFields("o")),
                Map.of("text", id),
                record -> organization(record.get("o")));
    }

    /**
     * The organization a name, graph id or global id means, resolved and read in one statement, with the lists below
     * it that {@code nested} reads.
     */
    Optional<Organization> named(String text, OrganizationFields fields, NestedReads.Plan nested) {
        return Names.organizationNamed(
                reads,
                text,
                "MATCH (o:Organization {id: id}) RETURN %s AS o%s".formatted(fields.projection("o"), nested.columns()),
                record -> {
                    nested.load(record);
                    return organization(record.get("o"));
                });
    }

    /**
     * What each condition of a filter asks of organization {@code o}, as a pattern that can also start the query.
     * Only the conditions given enter the query, and it starts from the most selective one present (a consortium's
     * members, a place's organizations, a function's providers) rather than from every organization.
     */
    private static final Map<String, String> CONDITIONS = orderedConditions();

    private static Map<String, String> orderedConditions() {
        Map<String, String> conditions = new LinkedHashMap<>();
        conditions.put("consortium", "(o:Organization)-[:MEMBER_OF]->(:Organization {id: $consortium})");
        for (String place : List.of("place", "city", "prefecture")) {
            conditions.put(
                    place,
                    "(o:Organization)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(:Place {id: $%s})".formatted(place));
        }
        conditions.put(
                "function",
                "(o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(:SupportFunction {code: $function})");
        return conditions;
    }

    /**
     * Which part of the list ordered by id a page takes: the ids after {@code after} and before {@code before} (none
     * when empty), of which the first {@code size}, or the last when {@code fromEnd}.
     */
    record Window(String after, String before, int size, boolean fromEnd) {}

    Page filtered(Map<String, Object> conditions, Window window, OrganizationFields fields) {
        Map<String, Object> parameters = new HashMap<>();
        conditions.forEach((name, value) -> {
            if (value != null) {
                parameters.put(name, value);
            }
        });
        List<String> patterns = CONDITIONS.entrySet().stream()
                .filter(condition -> parameters.containsKey(condition.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        List<String> predicates = new ArrayList<>();
        patterns.stream().skip(1).forEach(pattern -> predicates.add("EXISTS { " + pattern + " }"));
        if (parameters.containsKey("sector")) {
            predicates.add("o.sector = $sector");
        }
        if (parameters.containsKey("kind")) {
            predicates.add("$kind IN o.kinds");
        }
        if (parameters.containsKey("nameContains")) {
            predicates.add("(o.name CONTAINS $nameContains"
                    + " OR any(alias IN coalesce(o.aliases, []) WHERE alias CONTAINS $nameContains))");
        }
        parameters.put("after", window.after());
        parameters.put("before", window.before());
        parameters.put("size", window.size());
        String cypher = "MATCH " + (patterns.isEmpty() ? "(o:Organization)" : patterns.get(0))
                + (predicates.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", predicates))
                + """

                WITH collect(%s o) AS matching
                CALL (matching) {
                  UNWIND matching AS o
                  WITH o WHERE o.id > $after AND ($before = '' OR o.id < $before)
                  WITH o ORDER BY o.id %s LIMIT $size + 1
                  RETURN collect(o) AS taken
                }
                WITH matching, %s AS page, size(taken) > $size AS more,
                     $after <> '' AND any(o IN matching WHERE o.id <= $after) AS beforeWindow,
                     $before <> '' AND any(o IN matching WHERE o.id >= $before) AS afterWindow
                RETURN size(matching) AS total, [o IN page | %s] AS page,
                       size(page) > 0 AND %s AS hasNext,
                       size(page) > 0 AND %s AS hasPrevious
                """.formatted(
                                // A pattern can reach one organization by more than one path; the label alone cannot.
                                patterns.isEmpty() ? "" : "DISTINCT",
                                window.fromEnd() ? "DESC" : "ASC",
                                window.fromEnd() ? "reverse(taken[0..$size])" : "taken[0..$size]",
                                fields.projection("o"),
                                window.fromEnd() ? "afterWindow" : "(more OR afterWindow)",
                                window.fromEnd() ? "(more OR beforeWindow)" : "beforeWindow");
        return reads.one(
                        cypher,
                        parameters,
                        record -> new Page(
                                record.get("page").asList(GraphRecords::organization),
                                record.get("total").asInt(),
                                record.get("hasNext").asBoolean(),
                                record.get("hasPrevious").asBoolean()))
                .orElseThrow();
    }

    Map<String, NetworkMeasures> networkMeasures(List<String> ids) {
        Map<String, NetworkMeasures> result = new LinkedHashMap<>();
        reads.list("""
                MATCH (o:Organization) WHERE o.id IN $ids AND o.networkComputedOn IS NOT NULL
                RETURN o.id AS id, o
                """, Map.of("ids", ids), record -> {
            var o = record.get("o");
            return result.put(
                    record.get("id").asString(),
                    new NetworkMeasures(
                            o.get("networkDegree").asInt(),
                            o.get("networkBetweenness").asDouble(),
                            o.get("networkCommunity").asInt(),
                            o.get("brokerageCoordinator").asInt(),
                            o.get("brokerageItinerant").asInt(),
                            o.get("brokerageGatekeeper").asInt(),
                            o.get("brokerageRepresentative").asInt(),
                            o.get("brokerageLiaison").asInt(),
                            o.get("networkComputedOn").asString(),
                            GraphRecords.string(o.get("networkAsOf"))));
        });
        return result;
    }
}
