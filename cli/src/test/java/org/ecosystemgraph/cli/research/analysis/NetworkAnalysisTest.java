package org.ecosystemgraph.cli.research.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.ecosystemgraph.cli.BundledGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** Centrality and communities on a hand-computed network, and the organization network of the bundled corpus. */
class NetworkAnalysisTest {

    private final Driver driver = BundledGraph.driver();

    @Test
    void computes_degree_betweenness_and_communities_as_worked_out_by_hand() {
        // Two triangles joined by one bridge: x1 x2 x3 – y1 y2 y3, bridged x3 – y1.
        var graph = new SimpleWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        Map<String, String> sectors = new HashMap<>();
        for (String v : new String[] {"x1", "x2", "x3", "y1", "y2", "y3"}) {
            graph.addVertex(v);
            sectors.put(v, v.startsWith("x") ? "ACADEMIA" : "INDUSTRY");
        }
        graph.addEdge("x1", "x2");
        graph.addEdge("x2", "x3");
        graph.addEdge("x1", "x3");
        graph.addEdge("y1", "y2");
        graph.addEdge("y2", "y3");
        graph.addEdge("y1", "y3");
        graph.addEdge("x3", "y1");

        var measures = NetworkAnalysis.of(OrganizationNetwork.of(graph, sectors, Map.of()))
                .measures();

        assertThat(measures.get("x3").degree()).isEqualTo(3);
        // x3 lies on the shortest paths from x1 and x2 to y1, y2, y3: 6 pairs. JGraphT normalizes by (n-1)(n-2) = 20.
        assertThat(measures.get("x3").betweenness()).isCloseTo(0.3, within(1e-9));
        assertThat(measures.get("x1").betweenness()).isZero();
        assertThat(measures.get("x1").community()).isEqualTo(measures.get("x2").community());
        assertThat(measures.get("y2").community()).isEqualTo(measures.get("y3").community());
        // x3 is a gatekeeper and representative between academia and industry: x1→x3→y1, x2→x3→y1 and back.
        assertThat(measures.get("x3").brokerage()).isEqualTo(new Brokerage.Roles(0, 0, 2, 2, 0));
    }

    @Test
    void the_same_graph_gives_the_same_figures() {
        var first = NetworkAnalysis.of(OrganizationNetwork.read(driver, null)).measures();
        var second = NetworkAnalysis.of(OrganizationNetwork.read(driver, null)).measures();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_network_as_of_2010_holds_only_ties_documented_by_then() {
        var today = OrganizationNetwork.read(driver, null).graph();
        var in2010 = OrganizationNetwork.read(driver, "2010").graph();

        // Both listed as 新事業支援機関 in the prefecture's plan of 2005.
        assertThat(in2010.containsEdge("みやぎ工業会", "宮城県産業技術総合センター")).isTrue();
        // Tied only through TAP, documented in 2024.
        assertThat(today.containsEdge("東北イノベーションキャピタル", "naturalscience")).isTrue();
        assertThat(in2010.containsEdge("東北イノベーションキャピタル", "naturalscience")).isFalse();
        assertThat(in2010.edgeSet().size()).isLessThan(today.edgeSet().size());
    }
}
