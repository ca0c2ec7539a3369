package org.ecosystemgraph.cli.research.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.cli.BundledGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Exports read back by real GraphML and GEXF parsers (JGraphT's importers, and NetworkX where it is installed) with
 * every node, edge and attribute.
 */
class ExportTest {

    private final Driver driver = BundledGraph.driver();

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    @Test
    void graphml_holds_every_node_edge_and_attribute() {
        var exported = ExportedGraph.read(driver, ExportedGraph.Filter.ALL).graph();
        var xml = new StringWriter();
        GraphFormats.graphml(exported, xml);

        Graph<String, DefaultEdge> parsed = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        Map<String, Map<String, Attribute>> attributes = new HashMap<>();
        var importer = new GraphMLImporter<String, DefaultEdge>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> attributes
                .computeIfAbsent(vertexAndKey.getFirst(), k -> new HashMap<>())
                .put(vertexAndKey.getSecond(), value));
        importer.importGraph(parsed, new StringReader(xml.toString()));

        assertThat((long) parsed.vertexSet().size())
                .isEqualTo(count("MATCH (n) WHERE NOT n:Document AND NOT n:__Neo4jMigration RETURN count(n)"));
        assertThat((long) parsed.edgeSet().size())
                .isEqualTo(
                        count(
                                "MATCH (a)-[r]->() WHERE NOT a:__Neo4jMigration AND type(r) <> 'SOURCED_FROM' RETURN count(r)"));
        var tohoku = byKey(attributes, "Organization:東北大学");
        assertThat(tohoku.get("sector").getValue()).isEqualTo("ACADEMIA");
        assertThat(tohoku.get("kinds").getValue()).isEqualTo("UNIVERSITY");
        assertThat(tohoku.get("sources").getValue()).contains("miyagi-business-environment-2005");
    }

    @Test
    void gexf_of_a_consortium_holds_its_members_and_their_ties() {
        var exported = ExportedGraph.read(driver, new ExportedGraph.Filter(null, null, "tap"))
                .graph();
        var xml = new StringWriter();
        GraphFormats.gexf(exported, xml);

        Graph<String, DefaultEdge> parsed = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        Map<String, Map<String, Attribute>> attributes = new HashMap<>();
        var importer = new SimpleGEXFImporter<String, DefaultEdge>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndKey, value) -> attributes
                .computeIfAbsent(vertexAndKey.getFirst(), k -> new HashMap<>())
                .put(vertexAndKey.getSecond(), value));
        importer.importGraph(parsed, new StringReader(xml.toString()));

        long organizations = attributes.values().stream()
                .filter(a -> a.get("nodeLabel").getValue().equals("Organization"))
                .count();
        assertThat(organizations).isEqualTo(11); // TAP and its ten members
        assertThat(parsed.edgeSet()).hasSize(exported.edgeSet().size());
        assertThat(byKey(attributes, "Organization:naturalscience")
                        .get("sector")
                        .getValue())
                .isEqualTo("CIVIL");
    }

    private static Map<String, Attribute> byKey(Map<String, Map<String, Attribute>> attributes, String key) {
        return attributes.values().stream()
                .filter(a -> a.get("key").getValue().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node " + key));
    }

    @Test
    void csv_and_cypher_scripts_carry_the_same_graph() {
        var exported = ExportedGraph.read(driver, new ExportedGraph.Filter("FINANCE", null, null))
                .graph();
        var nodes = new StringWriter();
        var edges = new StringWriter();
        GraphFormats.csv(exported, nodes, edges);
        assertThat(nodes.toString().lines().count())
                .isEqualTo(exported.vertexSet().size() + 1);
        assertThat(nodes.toString()).startsWith("Id,Label,").contains("Organization:スパークル,スパークル");
        assertThat(edges.toString().lines().count())
                .isEqualTo(exported.edgeSet().size() + 1);

        var script = new StringWriter();
        GraphFormats.cypher(exported, script);
        long nodesBefore = count("MATCH (n) RETURN count(n)");
        long relationshipsBefore = count("MATCH ()-[r]->() RETURN count(r)");
        try (var session = driver.session()) {
            script.toString()
                    .lines()
                    .filter(line -> !line.startsWith("//"))
                    .forEach(statement -> session.run(statement.substring(0, statement.length() - 1))
                            .consume());
        }
        // Run against the graph it came from, the script finds everything in place: MERGE creates nothing.
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodesBefore);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationshipsBefore);
    }

    /**
     * What a researcher's NetworkX (python3-networkx) reads from the files: the same nodes and edges, each edge's
     * relationship type as its label, and counts as integers rather than text.
     */
    @Test
    void networkx_reads_typed_attributes_and_edge_types_from_graphml_and_gexf() throws Exception {
        assumeTrue(networkxInstalled(), "python3 with networkx is not installed (apt-get install python3-networkx)");
        var exported = ExportedGraph.read(driver, ExportedGraph.Filter.ALL).graph();
        Path folder = Files.createTempDirectory("export");
        Path graphml = folder.resolve("graph.graphml");
        Path gexf = folder.resolve("graph.gexf");
        try (var out = Files.newBufferedWriter(graphml)) {
            GraphFormats.graphml(exported, out);
        }
        try (var out = Files.newBufferedWriter(gexf)) {
            GraphFormats.gexf(exported, out);
        }
        String script = """
                import json, sys, networkx as nx
                answer = {}
                for name, graph in (("graphml", nx.read_graphml(sys.argv[1])), ("gexf", nx.read_gexf(sys.argv[2]))):
                    tap = next(d for _, d in graph.nodes(data=True) if d.get("key") == "Organization:tap")
                    answer[name] = {
                        "nodes": graph.number_of_nodes(),
                        "edges": graph.number_of_edges(),
                        "memberCount": [type(tap["memberCount"]).__name__, tap["memberCount"]],
                        "edgeLabels": sorted({d.get("label") or d.get("type") for _, _, d in graph.edges(data=True)}),
                    }
                print(json.dumps(answer))
                """;
        var python = new ProcessBuilder("python3", "-c", script, graphml.toString(), gexf.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor()).as(output).isZero();
        JsonNode answer = new ObjectMapper().readTree(output);
        for (String format : List.of("graphml", "gexf")) {
            JsonNode read = answer.path(format);
            assertThat(read.path("nodes").asInt())
                    .as(format)
                    .isEqualTo(exported.vertexSet().size());
            assertThat(read.path("edges").asInt())
                    .as(format)
                    .isEqualTo(exported.edgeSet().size());
            assertThat(read.path("memberCount").toString()).as(format).isEqualTo("[\"int\",10]");
        }
        assertThat(answer.path("gexf").path("edgeLabels").toString())
                .contains("MEMBER_OF", "LOCATED_IN", "SPUN_OFF_FROM");
    }

    private static boolean networkxInstalled() {
        try {
            return new ProcessBuilder("python3", "-c", "import networkx")
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
