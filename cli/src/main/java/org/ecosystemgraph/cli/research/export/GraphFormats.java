package org.ecosystemgraph.cli.research.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.ecosystemgraph.cli.research.export.ExportedGraph.Edge;
import org.ecosystemgraph.cli.research.export.ExportedGraph.Node;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an exported graph as GraphML and GEXF (JGraphT's exporters, which Gephi, NetworkX, igraph and yEd read), as
 * Gephi-style CSV node and edge tables, or as a Cypher script that recreates it in another Neo4j.
 */
public final class GraphFormats {

    private GraphFormats() {}

    public static void graphml(Graph<Node, Edge> graph, Writer out) {
        var exporter = new GraphMLExporter<Node, Edge>(nodeIds());
        Set<String> nodeNames = nodeAttributes(graph);
        nodeNames.add("key");
        Set<String> edgeNames = edgeAttributes(graph);
        // One name, one registration: a name both nodes and edges carry (sources) is registered for all.
        nodeNames.forEach(name -> exporter.registerAttribute(
                name,
                edgeNames.contains(name)
                        ? GraphMLExporter.AttributeCategory.ALL
                        : GraphMLExporter.AttributeCategory.NODE,
                AttributeType.STRING));
        edgeNames.stream()
                .filter(name -> !nodeNames.contains(name))
                .forEach(name ->
                        exporter.registerAttribute(name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING));
        exporter.setVertexAttributeProvider(GraphFormats::withKey);
        exporter.setEdgeAttributeProvider(edge -> attributes(edge.attributes()));
        exporter.exportGraph(graph, out);
    }

    public static void gexf(Graph<Node, Edge> graph, Writer out) {
        var exporter = new GEXFExporter<Node, Edge>(nodeIds(), edgeIds(graph));
        Set<String> nodeNames = nodeAttributes(graph);
        nodeNames.remove("label");
        nodeNames.add("key");
        nodeNames.add("nodeLabel");
        Set<String> edgeNames = edgeAttributes(graph);
        edgeNames.remove("type");
        // GEXF keeps one registration per name: edge attributes that share a node attribute's name get an edge_ prefix.
        Function<String, String> edgeName = name -> nodeNames.contains(name) ? "edge_" + name : name;
        nodeNames.forEach(name ->
                exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING));
        edgeNames.forEach(name -> exporter.registerAttribute(
                edgeName.apply(name), GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING));
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = withKey(node);
            // GEXF's own label is the display name; the node's graph label goes to nodeLabel.
            attributes.put(
                    "label", DefaultAttribute.createAttribute(node.attributes().get("name")));
            attributes.put("nodeLabel", DefaultAttribute.createAttribute(node.label()));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            edge.attributes().forEach((name, value) -> {
                if (!name.equals("type")) {
                    attributes.put(edgeName.apply(name), DefaultAttribute.createAttribute(value));
                }
            });
            attributes.put("label", DefaultAttribute.createAttribute(edge.type()));
            return attributes;
        });
        exporter.exportGraph(graph, out);
    }

    /** nodes.csv and edges.csv, in Gephi's spreadsheet import format (Id, Label / Source, Target, Type, Label). */
    public static void csv(Graph<Node, Edge> graph, Writer nodes, Writer edges) {
        try {
            List<String> nodeColumns = new ArrayList<>(nodeAttributes(graph));
            nodes.write("Id,Label," + String.join(",", nodeColumns) + "\n");
            for (Node node : graph.vertexSet()) {
                List<String> cells =
                        new ArrayList<>(List.of(node.id(), node.attributes().get("name")));
                nodeColumns.forEach(c -> cells.add(node.attributes().getOrDefault(c, "")));
                nodes.write(row(cells));
            }
            List<String> edgeColumns = new ArrayList<>(edgeAttributes(graph));
            edges.write("Source,Target,Type,Label," + String.join(",", edgeColumns) + "\n");
            for (Edge edge : graph.edgeSet()) {
                List<String> cells = new ArrayList<>(List.of(
                        graph.getEdgeSource(edge).id(),
                        graph.getEdgeTarget(edge).id(),
                        "Directed",
                        edge.type()));
                edgeColumns.forEach(c -> cells.add(edge.attributes().getOrDefault(c, "")));
                edges.write(row(cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A script of MERGE statements that recreates the exported view in another Neo4j: nodes by label and key with
     * their attributes (source documents as {@code sourceDocuments}), relationships by type.
     */
    public static void cypher(Graph<Node, Edge> graph, Writer out) {
        try {
            out.write("// ecosystem-graph export: nodes and relationships, MERGEd by label and id.\n");
            for (Node node : graph.vertexSet()) {
                out.write("MERGE (n:" + node.label() + " {" + key(node) + ": " + literal(key(node, true))
                        + "}) SET n += " + map(node.attributes()) + ";\n");
            }
            for (Edge edge : graph.edgeSet()) {
                Node from = graph.getEdgeSource(edge);
                Node to = graph.getEdgeTarget(edge);
                out.write("MATCH (a:" + from.label() + " {" + key(from) + ": " + literal(key(from, true)) + "}), (b:"
                        + to.label() + " {" + key(to) + ": " + literal(key(to, true)) + "}) MERGE (a)-[r:"
                        + edge.type() + "]->(b) SET r += " + map(properties(edge.attributes())) + ";\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attributes as properties: the label and type are the node's and the relationship's own; sources renamed. */
    private static Map<String, String> properties(Map<String, String> attributes) {
        Map<String, String> properties = new LinkedHashMap<>(attributes);
        properties.remove("label");
        properties.remove("type");
        String sources = properties.remove("sources");
        if (sources != null && !sources.isEmpty()) {
            properties.put("sourceDocuments", sources);
        }
        return properties;
    }

    private static String key(Node node) {
        return node.label().equals("SupportFunction") ? "code" : "id";
    }

    private static String key(Node node, boolean value) {
        return node.id().substring(node.id().indexOf(':') + 1);
    }

    private static String map(Map<String, String> attributes) {
        List<String> entries = new ArrayList<>();
        attributes.forEach((k, v) -> entries.add("`" + k.replace("`", "") + "`: " + literal(v)));
        return "{" + String.join(", ", entries) + "}";
    }

    /** A Cypher string literal: backslashes and quotes escaped, so document text stays a value. */
    static String literal(String text) {
        return "'"
                + text.replace("\\", "\\\\")
                        .replace("'", "\\'")
                        .replace("\n", "\\n")
                        .replace("\r", "\\r") + "'";
    }

    private static String row(List<String> cells) {
        return csvRow(cells) + "\n";
    }

    /** A CSV record (RFC 4180, by Commons CSV): a cell quoted when it holds a comma, a quote or a line break. */
    public static String csvRow(List<String> cells) {
        return CSVFormat.RFC4180.format(
                cells.stream().map(cell -> cell == null ? "" : cell).toArray());
    }

    /**
     * XML ids must be NMTOKENs, which ids such as 「PlanItem:…:(1)」 are not: the files number the nodes and carry each
     * node's own key (label:id) as the attribute {@code key}.
     */
    private static Function<Node, String> nodeIds() {
        Map<Node, String> ids = new java.util.IdentityHashMap<>();
        int[] next = {0};
        return node -> ids.computeIfAbsent(node, n -> "n" + next[0]++);
    }

    private static Map<String, Attribute> withKey(Node node) {
        Map<String, Attribute> attributes = new LinkedHashMap<>(attributes(node.attributes()));
        attributes.put("key", DefaultAttribute.createAttribute(node.id()));
        return attributes;
    }

    private static Map<String, Attribute> attributes(Map<String, String> values) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        values.forEach((k, v) -> attributes.put(k, DefaultAttribute.createAttribute(v)));
        return attributes;
    }

    private static Set<String> nodeAttributes(Graph<Node, Edge> graph) {
        return names(graph.vertexSet(), Node::attributes);
    }

    private static Set<String> edgeAttributes(Graph<Node, Edge> graph) {
        return names(graph.edgeSet(), Edge::attributes);
    }

    private static <T> Set<String> names(Set<T> items, Function<T, Map<String, String>> attributes) {
        Set<String> names = new LinkedHashSet<>();
        items.forEach(item -> names.addAll(attributes.apply(item).keySet()));
        return names;
    }

    private static Function<Edge, String> edgeIds(Graph<Node, Edge> graph) {
        Map<Edge, String> ids = new java.util.IdentityHashMap<>();
        int[] next = {0};
        return edge -> ids.computeIfAbsent(edge, e -> "e" + next[0]++);
    }
}
