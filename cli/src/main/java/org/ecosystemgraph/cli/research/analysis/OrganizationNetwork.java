package org.ecosystemgraph.cli.research.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.database.CausalSessions;
import org.ecosystemgraph.model.RelationshipType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.neo4j.driver.Driver;

/**
 * The one-mode network of organizations that the analyses run on, projected from the graph:
 *
 * <ul>
 *   <li>two organizations are tied when they belong to the same consortium (the two-mode membership data projected onto
 *       organizations; consortia themselves are not vertices) or when a document states a direct tie between them
 *       (part of, spin-off, merger, founding, investment, funding, collaboration, support);
 *   <li>a tie's weight is the number of consortia and direct ties behind it;
 *   <li>as of a date, a tie counts only if it held then: its own date (membership since, relation date) when the
 *       documents give one, otherwise the date of the earliest document that states it; a membership with an end
 *       date after which it no longer counts.
 * </ul>
 */
public final class OrganizationNetwork {

    private static final String TIES = """
            CALL () {
              MATCH (a:Organization)-[m1:MEMBER_OF]->(c:Consortium)<-[m2:MEMBER_OF]-(b:Organization)
              WHERE a.id < b.id AND NOT a:Consortium AND NOT b:Consortium
              WITH a, b, [m IN [m1, m2] | {since: m.since, until: m.until, documents: m.documents}] AS ties
              RETURN a.id AS a, b.id AS b, ties
              UNION ALL
              MATCH (a:Organization)-[r:%s]-(b:Organization)
              WHERE a.id < b.id AND NOT a:Consortium AND NOT b:Consortium
              RETURN a.id AS a, b.id AS b, [{since: r.date, until: null, documents: r.documents}] AS ties
            }
            WITH a, b, ties
            UNWIND ties AS tie
            CALL (tie) {
              MATCH (d:Document) WHERE d.id IN tie.documents
              RETURN min(d.published) AS firstStated
            }
            WITH a, b, tie, firstStated
            WHERE $asOf IS NULL
               OR (coalesce(tie.since, firstStated) <= $asOf
                   AND (tie.until IS NULL OR tie.until > $asOf))
            RETURN a, b, count(*) AS weight
            """.formatted(RelationshipType.cypher(RelationshipType.ORGANIZATION_RELATIONS));

    private final Graph<String, DefaultWeightedEdge> graph;
    private final Map<String, String> sectors;
    private final Map<String, String> names;

    private OrganizationNetwork(
            Graph<String, DefaultWeightedEdge> graph, Map<String, String> sectors, Map<String, String> names) {
        this.graph = graph;
        this.sectors = sectors;
        this.names = names;
    }

    /** The network as of a date (YYYY, YYYY-MM or YYYY-MM-DD), or as the documents describe it today (null). */
    public static OrganizationNetwork read(Driver driver, String asOf) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<String, String> sectors = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (var session = CausalSessions.open(driver)) {
            session.executeRead(tx -> {
                tx.run("MATCH (o:Organization) WHERE NOT o:Consortium RETURN o.id AS id, o.name AS name,"
                                + " o.sector AS sector ORDER BY id")
                        .forEachRemaining(r -> {
                            String id = r.get("id").asString();
                            graph.addVertex(id);
                            sectors.put(id, r.get("sector").asString());
                            names.put(id, r.get("name").asString());
                        });
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("asOf", asOf);
                List<org.neo4j.driver.Record> ties = tx.run(TIES, parameters).list();
                ties.stream()
                        .sorted((x, y) -> (x.get("a").asString() + x.get("b").asString())
                                .compareTo(y.get("a").asString() + y.get("b").asString()))
                        .forEach(r -> {
                            String a = r.get("a").asString();
                            String b = r.get("b").asString();
                            DefaultWeightedEdge edge = graph.getEdge(a, b);
                            if (edge == null) {
                                edge = graph.addEdge(a, b);
                                graph.setEdgeWeight(edge, 0);
                            }
                            graph.setEdgeWeight(
                                    edge,
                                    graph.getEdgeWeight(edge) + r.get("weight").asLong());
                        });
                return null;
            });
        }
        return new OrganizationNetwork(graph, sectors, names);
    }

    /** A network built in memory, for tests and hand-computed examples. */
    public static OrganizationNetwork of(
            Graph<String, DefaultWeightedEdge> graph, Map<String, String> sectors, Map<String, String> names) {
        return new OrganizationNetwork(graph, sectors, names);
    }

    public Graph<String, DefaultWeightedEdge> graph() {
        return graph;
    }

    public String sector(String id) {
        return sectors.get(id);
    }

    public String name(String id) {
        return names.getOrDefault(id, id);
    }
}
