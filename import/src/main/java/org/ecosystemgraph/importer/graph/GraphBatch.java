package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.RelationshipType;

/**
 * What one document contributes to the graph: nodes and relationships with the lines and quotes they stand on. Nodes
 * stated several times in the document are merged here; a statement that contradicts an earlier one is reported.
 */
public final class GraphBatch {

    /** One place in the document: 1-based lines and the quote found there. */
    public record Evidence(String lines, String quote) {}

    /** A node as the document states it. */
    public static final class Node {
        private final NodeLabel label;
        private final String id;
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Set<String> kinds = new LinkedHashSet<>();
        private final Set<Evidence> evidence = new LinkedHashSet<>();

        Node(NodeLabel label, String id) {
            this.label = label;
            this.id = id;
        }

        public NodeLabel label() {
            return label;
        }

        public String id() {
            return id;
        }

        public Map<String, Object> properties() {
            return properties;
        }

        public Set<String> aliases() {
            return aliases;
        }

        public Set<String> kinds() {
            return kinds;
        }

        public Set<Evidence> evidence() {
            return evidence;
        }
    }

    /** A relationship as the document states it, between two nodes of the batch or of the graph. */
    public record Edge(
            RelationshipType type,
            NodeLabel fromLabel,
            String from,
            NodeLabel toLabel,
            String to,
            Map<String, Object> properties,
            Set<Evidence> evidence) {}

    private record EdgeKey(RelationshipType type, NodeLabel fromLabel, String from, NodeLabel toLabel, String to) {}

    private final String document;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<EdgeKey, Edge> edges = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();

    public GraphBatch(String document) {
        this.document = document;
    }

    public String document() {
        return document;
    }

    /**
     * States a node, or states more about one already stated: properties fill in, aliases and kinds add up, and a
     * property stated twice with different values is a conflict.
     */
    public Node node(NodeLabel label, String id, Map<String, ?> properties, Evidence evidence, String where) {
        properties.keySet().forEach(name -> catalogued(name, label.properties(), label.cypher()));
        Node node = nodes.computeIfAbsent(label.name() + ":" + id, key -> new Node(label, id));
        properties.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            Object earlier = node.properties.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                conflicts.add(where + ": " + label.cypher() + " '" + id + "' has " + name + " '" + earlier + "' and '"
                        + value + "'");
            }
        });
        if (evidence != null) {
            node.evidence.add(evidence);
        }
        return node;
    }

    /**
     * How the names of each node that has readings read in romaji, for the search index: computed once every name of
     * the batch is known, and before any transaction opens (Kuromoji loads its dictionary on first use).
     */
    void addReadings() {
        for (Node node : nodes.values()) {
            if (node.label().lists().contains(NodeLabel.Names.READINGS)) {
                List<String> names = new ArrayList<>();
                names.add((String) node.properties.get("name"));
                names.addAll(node.aliases());
                node.properties.put(NodeLabel.Names.READINGS, Readings.romaji(names));
            }
        }
    }

    /** Only what the catalogue of labels and types lists is written: a property name from anywhere else is a bug. */
    private static void catalogued(String property, List<String> catalogue, String of) {
        if (!catalogue.contains(property)) {
            throw new IllegalArgumentException(property + " is not a property of " + of + " in the graph model's"
                    + " catalogue (NodeLabel, RelationshipType)");
        }
    }

    public boolean hasNode(NodeLabel label, String id) {
        return nodes.containsKey(label.name() + ":" + id);
    }

    public void edge(
            RelationshipType type,
            NodeLabel fromLabel,
            String from,
            NodeLabel toLabel,
            String to,
            Map<String, ?> properties,
            Evidence evidence) {
        properties.keySet().forEach(name -> catalogued(name, type.properties(), type.name()));
        var key = new EdgeKey(type, fromLabel, from, toLabel, to);
        Edge edge = edges.computeIfAbsent(
                key, k -> new Edge(type, fromLabel, from, toLabel, to, new LinkedHashMap<>(), new LinkedHashSet<>()));
        properties.forEach((name, value) -> {
            if (value != null) {
                edge.properties().putIfAbsent(name, value);
            }
        });
        if (evidence != null) {
            edge.evidence().add(evidence);
        }
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Collection<Edge> edges() {
        return edges.values();
    }

    /** The nodes by label, in the order the document states them: each label is one write statement. */
    public Map<NodeLabel, List<Node>> nodesByLabel() {
        Map<NodeLabel, List<Node>> byLabel = new LinkedHashMap<>();
        nodes().forEach(node ->
                byLabel.computeIfAbsent(node.label(), l -> new ArrayList<>()).add(node));
        return byLabel;
    }

    /** The edges by type and end labels, in order: each group is one write statement. */
    public Collection<List<Edge>> edgesByTypeAndEnds() {
        Map<List<Object>, List<Edge>> groups = new LinkedHashMap<>();
        edges().forEach(edge -> groups.computeIfAbsent(
                        List.of(edge.type(), edge.fromLabel(), edge.toLabel()), k -> new ArrayList<>())
                .add(edge));
        return groups.values();
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
