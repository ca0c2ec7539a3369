package org.ecosystemgraph.api.organization;

import static org.ecosystemgraph.api.graph.GraphRecords.nodeSources;
import static org.ecosystemgraph.api.graph.GraphRecords.organization;
import static org.ecosystemgraph.api.graph.GraphRecords.relationshipSources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.activity.Facility;
import org.ecosystemgraph.api.activity.Programme;
import org.ecosystemgraph.api.activity.ProgrammeRole;
import org.ecosystemgraph.api.agreement.Agreement;
import org.ecosystemgraph.api.consortium.Consortium;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Names;
import org.ecosystemgraph.api.source.Source;
import org.ecosystemgraph.api.supportfunction.ProvidedSupport;
import org.ecosystemgraph.api.supportfunction.SupportFunction;
import org.ecosystemgraph.model.NodeLabel;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and what hangs off them, each read one query for a whole list of organizations. */
@Repository
@Transactional(readOnly = true)
public class OrganizationRepository {

    /** One page of a filtered list: the organizations and how many match in all. */
    record Page(List<Organization> organizations, int total, boolean more) {}

    private final Neo4jClient neo4j;

    OrganizationRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The organization a name or id means, resolved and read in one statement. */
    public Optional<Organization> named(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        var lookup = Names.organizationLookup(nameOrId);
        if (lookup.isEmpty()) {
            return byId(nameOrId);
        }
        return neo4j.query(Names.ORGANIZATION_ID
                        + "MATCH (o:Organization {id: id}) RETURN %s AS o"
                                .formatted(GraphRecords.organizationFields("o")))
                .bindAll(lookup.get())
                .fetchAs(Organization.class)
                .mappedBy((types, record) -> organization(record.get("o")))
                .one();
    }

    public Optional<Organization> byId(String id) {
        return neo4j.query("MATCH (o:Organization {id: $id}) RETURN %s AS o"
                        .formatted(GraphRecords.organizationFields("o")))
                .bind(id)
                .to("id")
                .fetchAs(Organization.class)
                .mappedBy((types, record) -> organization(record.get("o")))
                .one();
    }

    /** Providers of a function or a narrower one, by name, located in or below a place if one is given. */
    public List<Organization> providers(String functionCode, String placeId, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("code", functionCode);
        parameters.put("place", placeId);
        parameters.put("limit", limit);
        return List.copyOf(neo4j.query("""
                        MATCH (o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(:SupportFunction {code: $code})
                        WHERE $place IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(:Place {id: $place}) }
                        WITH DISTINCT o ORDER BY o.name LIMIT $limit
                        RETURN %s AS o
                        """.formatted(GraphRecords.organizationFields("o")))
                .bindAll(parameters)
                .fetchAs(Organization.class)
                .mappedBy((types, record) -> organization(record.get("o")))
                .all());
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

    Page filtered(Map<String, Object> conditions, int first, String after) {
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
        parameters.put("first", first);
        parameters.put("after", after == null ? "" : after);
        String cypher = "MATCH " + (patterns.isEmpty() ? "(o:Organization)" : patterns.get(0))
                + (predicates.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", predicates))
                + """

                WITH DISTINCT o ORDER BY o.id
                WITH collect(o) AS matching
                WITH matching, [o IN matching WHERE o.id > $after] AS rest
                RETURN size(matching) AS total, [o IN rest[0..$first] | %s] AS page, size(rest) > $first AS more
                """.formatted(GraphRecords.organizationFields("o"));
        return neo4j.query(cypher)
                .bindAll(parameters)
                .fetchAs(Page.class)
                .mappedBy((types, record) -> new Page(
                        record.get("page").asList(GraphRecords::organization),
                        record.get("total").asInt(),
                        record.get("more").asBoolean()))
                .one()
                .orElseThrow();
    }

    Map<String, List<SupportFunction>> supportFunctions(List<String> ids) {
        return grouped("""
                MATCH (o:Organization)-[:PROVIDES]->(f:SupportFunction) WHERE o.id IN $ids
                OPTIONAL MATCH (f)-[:BROADER]->(b)
                RETURN o.id AS owner, f, b.code AS broader ORDER BY f.code
                """, ids, SupportFunction::of);
    }

    Map<String, List<ProvidedSupport>> support(List<String> ids) {
        return grouped(
                """
                MATCH (o:Organization)-[p:PROVIDES]->(f:SupportFunction) WHERE o.id IN $ids
                OPTIONAL MATCH (f)-[:BROADER]->(b)
                RETURN o.id AS owner, f, b.code AS broader, p ORDER BY f.code
                """,
                ids,
                record -> new ProvidedSupport(
                        SupportFunction.of(record),
                        relationshipSources(
                                record.get("p").get("sources"), record.get("p").get("quotes"))));
    }

    Map<String, List<ProgrammeRole>> programmes(List<String> ids) {
        return grouped("""
                MATCH (o:Organization)-[r:OPERATES|PARTICIPATES_IN]->(p:Programme) WHERE o.id IN $ids
                RETURN o.id AS owner, p, type(r) = 'OPERATES' AS operates, r ORDER BY operates DESC, p.name
                """, ids, record -> {
            var p = record.get("p");
            return new ProgrammeRole(
                    new Programme(
                            p.get("id").asString(),
                            p.get("name").asString(),
                            GraphRecords.string(p.get("kind")),
                            GraphRecords.string(p.get("description"))),
                    record.get("operates").asBoolean() ? ProgrammeRole.Kind.OPERATOR : ProgrammeRole.Kind.PARTICIPANT,
                    relationshipSources(
                            record.get("r").get("sources"), record.get("r").get("quotes")));
        });
    }

    Map<String, List<Facility>> facilities(List<String> ids) {
        return grouped("""
                MATCH (o:Organization)-[:OPERATES]->(f:Facility) WHERE o.id IN $ids
                RETURN o.id AS owner, f ORDER BY f.name
                """, ids, record -> {
            var f = record.get("f");
            return new Facility(
                    f.get("id").asString(),
                    f.get("name").asString(),
                    GraphRecords.string(f.get("kind")),
                    GraphRecords.string(f.get("address")),
                    GraphRecords.string(f.get("description")));
        });
    }

    Map<String, List<Membership>> memberships(List<String> ids) {
        return grouped(
                """
                MATCH (o:Organization)-[m:MEMBER_OF]->(c:Organization) WHERE o.id IN $ids
                RETURN o.id AS owner, %s AS o, %s AS m, %s AS c ORDER BY c.name
                """.formatted(GraphRecords.organizationFields("o"), GraphRecords.MEMBERSHIP, Consortium.PROJECTION),
                ids,
                record -> new Membership(
                        organization(record.get("o")),
                        Consortium.of(record.get("c")),
                        GraphRecords.string(record.get("m").get("role")),
                        GraphRecords.string(record.get("m").get("sectorColumn")),
                        relationshipSources(
                                record.get("m").get("sources"), record.get("m").get("quotes"))));
    }

    Map<String, List<Agreement>> agreements(List<String> ids) {
        return grouped(
                """
                MATCH (o:Organization)-[:PARTY_TO]->(a:Agreement) WHERE o.id IN $ids
                RETURN o.id AS owner, a ORDER BY a.signedOn
                """, ids, record -> org.ecosystemgraph.api.agreement.AgreementRepository.agreement(record.get("a")));
    }

    Map<String, NetworkMeasures> networkMeasures(List<String> ids) {
        Map<String, NetworkMeasures> result = new LinkedHashMap<>();
        neo4j.query("""
                        MATCH (o:Organization) WHERE o.id IN $ids AND o.networkComputedOn IS NOT NULL
                        RETURN o.id AS id, o
                        """)
                .bind(ids)
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> {
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
                })
                .all();
        return result;
    }

    /** The sources of nodes of one label, by id: a look-up through the label's id index for each. */
    public Map<String, List<Source>> sources(NodeLabel label, List<String> ids) {
        Map<String, List<Source>> result = new LinkedHashMap<>();
        // The label comes from the NodeLabel allow-list, never from a request.
        neo4j.query("""
                        MATCH (n:%s)-[s:SOURCED_FROM]->(d:Document) WHERE n.id IN $ids
                        RETURN n.id AS owner, collect({document: d.id, lines: s.lines, quotes: s.quotes}) AS statements
                        """.formatted(label.cypher()))
                .bind(ids)
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) ->
                        result.put(record.get("owner").asString(), nodeSources(record.get("statements"))))
                .all();
        return result;
    }

    private <T> Map<String, List<T>> grouped(
            String cypher, List<String> ids, java.util.function.Function<org.neo4j.driver.Record, T> mapper) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        neo4j.query(cypher)
                .bind(ids)
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> {
                    result.computeIfAbsent(record.get("owner").asString(), k -> new java.util.ArrayList<>())
                            .add(mapper.apply(record));
                    return Boolean.TRUE;
                })
                .all();
        return result;
    }
}
