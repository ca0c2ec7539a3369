package org.ecosystemgraph.cli.research.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** GraphML, typed: integers as long, fractions as double, booleans as boolean; lists (which it lacks) as a;b. */
    public static void graphml(Graph<Node, Edge> graph, Writer out) {
        var exporter = new GraphMLExporter<Node, Edge>(nodeIds());
        Set<String> nodeNames = nodeAttributes(graph);
        nodeNames.add("key");
        Set<String> edgeNames = edgeAttributes(graph);
        Map<String, AttributeType> types = types(graph);
        // One name, one registration: a name both nodes and edges carry (sources) is registered for all.
        nodeNames.forEach(name -> exporter.registerAttribute(
                name,
                edgeNames.contains(name)
                        ? GraphMLExporter.AttributeCategory.ALL
                        : GraphMLExporter.AttributeCategory.NODE,
                types.getOrDefault(name, AttributeType.STRING)));
        edgeNames.stream()
                .filter(name -> !nodeNames.contains(name))
                .forEach(name -> exporter.registerAttribute(
                        name, GraphMLExporter.AttributeCategory.EDGE, types.getOrDefault(name, AttributeType.STRING)));
        exporter.setVertexAttributeProvider(node -> withKey(node, types, ";"));
        exporter.setEdgeAttributeProvider(edge -> attributes(edge.attributes(), types, ";"));
        exporter.exportGraph(graph, out);
    }

    /**
     * GEXF, typed as GraphML is and with lists as liststring (a|b); each edge's label is its relationship type, which
     * Gephi and NetworkX read as the edge's label.
     */
    public static void gexf(Graph<Node, Edge> graph, Writer out) {
        var exporter = new GEXFExporter<Node, Edge>(nodeIds(), edgeIds(graph));
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        Map<String, AttributeType> types = types(graph);
        Function<String, GEXFAttributeType> gexfType = name ->
                types.get(name) == AttributeType.STRING && valuesOf(graph, name).allMatch(List.class::isInstance)
                        ? GEXFAttributeType.LISTSTRING
                        : GEXFAttributeType.valueOf(
                                types.getOrDefault(name, AttributeType.STRING).name());
        Set<String> nodeNames = nodeAttributes(graph);
        nodeNames.remove("label");
        nodeNames.add("key");
        nodeNames.add("nodeLabel");
        Set<String> edgeNames = edgeAttributes(graph);
        edgeNames.remove("type");
        // GEXF keeps one registration per name: edge attributes that share a node attribute's name get an edge_ prefix.
        Function<String, String> edgeName = name -> nodeNames.contains(name) ? "edge_" + name : name;
        nodeNames.forEach(
                name -> exporter.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType.apply(name)));
        edgeNames.forEach(name -> exporter.registerAttribute(
                edgeName.apply(name), GEXFExporter.AttributeCategory.EDGE, gexfType.apply(name)));
        exporter.setVertexAttributeProvider(node -> {
            Map<String, Attribute> attributes = withKey(node, types, "|");
            // GEXF's own label is the display name; the node's graph label goes to nodeLabel.
            attributes.put(
                    "label",
                    DefaultAttribute.createAttribute(text(node.attributes().get("name"), ";")));
            attributes.put("nodeLabel", DefaultAttribute.createAttribute(node.label()));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            edge.attributes().forEach((name, value) -> {
                if (!name.equals("type")) {
                    attributes.put(edgeName.apply(name), attribute(value, types.get(name), "|"));
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
                List<String> cells = new ArrayList<>(
                        List.of(node.id(), text(node.attributes().get("name"), ";")));
                nodeColumns.forEach(c -> cells.add(text(node.attributes().get(c), ";")));
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
                edgeColumns.forEach(c -> cells.add(text(edge.attributes().get(c), ";")));
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
    private static Map<String, Object> properties(Map<String, Object> attributes) {
        Map<String, Object> properties = new LinkedHashMap<>(attributes);
        properties.remove("label");
        properties.remove("type");
        Object sources = properties.remove("sources");
        if (sources instanceof List<?> documents && !documents.isEmpty()) {
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

    private static String map(Map<String, Object> attributes) {
        List<String> entries = new ArrayList<>();
        attributes.forEach((k, v) -> entries.add("`" + k.replace("`", "") + "`: " + value(v)));
        return "{" + String.join(", ", entries) + "}";
    }

    /** A Cypher literal of the value's own type: a number, a boolean, a list of strings or a string. */
    private static String value(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return "["
                    + String.join(
                            ", ",
                            list.stream()
                                    .map(item -> literal(String.valueOf(item)))
                                    .toList()) + "]";
        }
        return literal(String.valueOf(value));
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

    private static Map<String, Attribute> withKey(Node node, Map<String, AttributeType> types, String separator) {
        Map<String, Attribute> attributes = new LinkedHashMap<>(attributes(node.attributes(), types, separator));
        attributes.put("key", DefaultAttribute.createAttribute(node.id()));
        return attributes;
    }

    private static Map<String, Attribute> attributes(
            Map<String, Object> values, Map<String, AttributeType> types, String separator) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        values.forEach((k, v) -> attributes.put(k, attribute(v, types.get(k), separator)));
        return attributes;
    }

    /** A value as its attribute's type has it; lists joined by the separator the format reads them by. */
    private static Attribute attribute(Object value, AttributeType type, String separator) {
        return new DefaultAttribute<>(text(value, separator), type == null ? AttributeType.STRING : type);
    }

    /** A value as text: a list's items joined by the separator, nothing for no value. */
    static String text(Object value, String separator) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(separator, list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    /**
     * Each attribute's type over the whole graph: long when every value is an integer, double when every value is a
     * number, boolean when every value is one, text otherwise (lists among them, which GraphML lacks).
     */
    private static Map<String, AttributeType> types(Graph<Node, Edge> graph) {
        Set<String> names = new LinkedHashSet<>(nodeAttributes(graph));
        names.addAll(edgeAttributes(graph));
        Map<String, AttributeType> types = new LinkedHashMap<>();
        for (String name : names) {
            Set<Class<?>> seen = valuesOf(graph, name).map(Object::getClass).collect(Collectors.toSet());
            types.put(name, type(seen));
        }
        return types;
    }

    private static Stream<Object> valuesOf(Graph<Node, Edge> graph, String name) {
        return Stream.concat(
                        graph.vertexSet().stream().map(node -> node.attributes().get(name)),
                        graph.edgeSet().stream().map(edge -> edge.attributes().get(name)))
                .filter(Objects::nonNull);
    }

    private static AttributeType type(Set<Class<?>> seen) {
        if (seen.stream().allMatch(Long.class::equals)) {
            return AttributeType.LONG;
        }
        if (seen.stream().allMatch(c -> c.equals(Long.class) || c.equals(Double.class))) {
            return AttributeType.DOUBLE;
        }
        if (seen.stream().allMatch(Boolean.class::equals)) {
            return AttributeType.BOOLEAN;
        }
        return AttributeType.STRING;
    }

    private static Set<String> nodeAttributes(Graph<Node, Edge> graph) {
        return names(graph.vertexSet(), Node::attributes);
    }

    private static Set<String> edgeAttributes(Graph<Node, Edge> graph) {
        return names(graph.edgeSet(), Edge::attributes);
    }

    private static <T> Set<String> names(Set<T> items, Function<T, Map<String, Object>> attributes) {
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
