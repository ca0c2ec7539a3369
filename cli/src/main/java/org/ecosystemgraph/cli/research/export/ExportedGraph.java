package org.ecosystemgraph.cli.research.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemgraph.database.CausalSessions;
import org.ecosystemgraph.database.GraphSchema;
import org.ecosystemgraph.database.OrganizationLookup;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.RelationshipType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The graph as researchers take it to their own tools: every node but the documents, every relationship but the
 * provenance links, each with its attributes (label, name, sector, kinds, source documents). A filter keeps the
 * organizations of a sector, a kind or a consortium, with the other nodes tied to them.
 */
public final class ExportedGraph {

    /**
     * A node with its attributes, each a String, Long, Double, Boolean or list of Strings as the graph holds it (dates as
     * ISO text); the id is the label and the key, so that ids are unique across labels.
     */
    public record Node(String id, String label, Map<String, Object> attributes) {}

    /** A relationship with its attributes (typed as a node's), between the nodes with these ids. */
    public record Edge(String from, String to, String type, Map<String, Object> attributes) {}

    /** Which organizations to keep: null fields keep all. */
    public record Filter(String sector, String kind, String consortium) {
        public static final Filter ALL = new Filter(null, null, null);

        boolean isAll() {
            return sector == null && kind == null && consortium == null;
        }
    }

    private final Graph<Node, Edge> graph;

    private ExportedGraph(Graph<Node, Edge> graph) {
        this.graph = graph;
    }

    public Graph<Node, Edge> graph() {
        return graph;
    }

    public static ExportedGraph read(Driver driver, Filter filter) {
        Graph<Node, Edge> graph = new DirectedPseudograph<>(null, null, false);
        Map<String, Node> byElement = new HashMap<>();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sector", filter.sector());
        parameters.put("kind", filter.kind());
        parameters.put("consortium", filter.consortium());
        try (var session = CausalSessions.open(driver)) {
            session.executeRead(tx -> {
                tx.run("""
                                MATCH (n) WHERE NOT n:Document AND NOT n:%s
                                OPTIONAL MATCH (n)-[:SOURCED_FROM]->(d:Document)
                                WITH n, collect(d.id) AS documents
                                RETURN elementId(n) AS element, n, labels(n) AS labels, documents ORDER BY element
                                """.formatted(GraphSchema.BOOKKEEPING_LABEL)).forEachRemaining(record -> {
                    Node node = node(record.get("n"), record.get("labels"), record.get("documents"));
                    byElement.put(record.get("element").asString(), node);
                });
                Set<String> kept = filter.isAll()
                        ? byElement.keySet()
                        : Set.copyOf(
                                tx.run("""
                                        MATCH (o:Organization)
                                        WHERE ($sector IS NULL OR o.sector = $sector)
                                          AND ($kind IS NULL OR $kind IN o.kinds)
                                          AND ($consortium IS NULL OR o.id = $consortium
                                               OR EXISTS { (o)-[:MEMBER_OF]->(:Organization {id: $consortium}) })
                                        OPTIONAL MATCH (o)--(other) WHERE NOT other:Organization AND NOT other:Document
                                        WITH collect(DISTINCT elementId(o)) + collect(DISTINCT elementId(other)) AS ids
                                        UNWIND ids AS id RETURN DISTINCT id
                                        """, parameters).list(r -> r.get("id").asString()));
                kept.stream().sorted().forEach(element -> graph.addVertex(byElement.get(element)));
                tx.run("""
                                MATCH (a)-[r]->(b) WHERE NOT type(r) = 'SOURCED_FROM'
                                RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, r ORDER BY elementId(r)
                                """).forEachRemaining(record -> {
                    String a = record.get("a").asString();
                    String b = record.get("b").asString();
                    if (kept.contains(a) && kept.contains(b)) {
                        Node from = byElement.get(a);
                        Node to = byElement.get(b);
                        graph.addEdge(from, to, edge(record, from, to));
                    }
                });
                return null;
            });
        }
        return new ExportedGraph(graph);
    }

    /** The organization a name or id means, as the API resolves it. */
    public static Optional<String> organizationId(Driver driver, String nameOrId) {
        var found = driver.executableQuery(OrganizationLookup.cypher(nameOrId) + "RETURN id")
                .withParameters(OrganizationLookup.parameters(nameOrId))
                .execute()
                .records();
        return found.isEmpty()
                ? Optional.empty()
                : Optional.of(found.get(0).get("id").asString());
    }

    /** A node with the properties its label's catalogue lists (stated, lists but the name keys, derived ones). */
    private static Node node(Value node, Value labels, Value documents) {
        List<String> names = new ArrayList<>(labels.asList(Value::asString));
        names.remove("Consortium");
        String label = names.isEmpty() ? "Node" : names.get(0);
        Value key = node.get("id").isNull() ? node.get("code") : node.get("id");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("label", label);
        attributes.put(
                "name",
                firstText(node, "name", "title", "indicator", "number", "label").orElse(key.asString()));
        NodeLabel.ofCypher(label).ifPresent(catalogued -> {
            List<String> properties = new ArrayList<>(catalogued.properties());
            properties.addAll(catalogued.derived());
            properties.removeAll(List.of("name", "title"));
            for (String property : properties) {
                if (!node.get(property).isNull()) {
                    attributes.put(property, typed(node.get(property)));
                }
            }
            for (String list : catalogued.lists()) {
                if (!NodeLabel.Names.internal(list) && !node.get(list).isNull()) {
                    attributes.put(list, node.get(list).asList(Value::asString));
                }
            }
        });
        attributes.put("sources", documents.asList(Value::asString));
        return new Node(label + ":" + key.asString(), label, attributes);
    }

    private static Optional<String> firstText(Value node, String... properties) {
        for (String property : properties) {
            if (!node.get(property).isNull()) {
                return Optional.of(String.valueOf(node.get(property).asObject()));
            }
        }
        return Optional.empty();
    }

    private static Edge edge(org.neo4j.driver.Record record, Node from, Node to) {
        Value r = record.get("r");
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("type", record.get("type").asString());
        for (String property :
                RelationshipType.valueOf(record.get("type").asString()).properties()) {
            if (!r.get(property).isNull()) {
                attributes.put(property, typed(r.get(property)));
            }
        }
        attributes.put(
                "sources",
                r.get("documents").isNull() ? List.of() : r.get("documents").asList(Value::asString));
        return new Edge(from.id(), to.id(), record.get("type").asString(), attributes);
    }

    /** A property as an export holds it: numbers and booleans as they are, lists as lists of text, the rest as text. */
    private static Object typed(Value value) {
        Object plain = value.asObject();
        if (plain instanceof Long || plain instanceof Double || plain instanceof Boolean) {
            return plain;
        }
        if (plain instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return String.valueOf(plain);
    }
}
