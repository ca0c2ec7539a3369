package org.ecosystemgraph.cli.research.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Brokerage roles on a small network whose counts are worked out by hand below. */
class BrokerageTest {

    /*
     * u1(学) – B(学) – u2(学)     B coordinates within academia
     * c1(産) – I(学) – c2(産)     I is an itinerant between two companies
     * f1(金) – G(学) – u3(学)     G is gatekeeper for f1→G→u3 and representative for u3→G→f1
     * c3(産) – L(官) – u4(学)     L is a liaison between industry and academia
     * u1 – u2 are not tied; nor are the other pairs; every broker has exactly two neighbours.
     */
    private static final Map<String, String> SECTOR = Map.ofEntries(
            Map.entry("B", "ACADEMIA"),
            Map.entry("u1", "ACADEMIA"),
            Map.entry("u2", "ACADEMIA"),
            Map.entry("I", "ACADEMIA"),
            Map.entry("c1", "INDUSTRY"),
            Map.entry("c2", "INDUSTRY"),
            Map.entry("G", "ACADEMIA"),
            Map.entry("f1", "FINANCE"),
            Map.entry("u3", "ACADEMIA"),
            Map.entry("L", "GOVERNMENT"),
            Map.entry("c3", "INDUSTRY"),
            Map.entry("u4", "ACADEMIA"));

    private static Graph<String, DefaultEdge> network() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        SECTOR.keySet().stream().sorted().forEach(graph::addVertex);
        graph.addEdge("u1", "B");
        graph.addEdge("B", "u2");
        graph.addEdge("c1", "I");
        graph.addEdge("I", "c2");
        graph.addEdge("f1", "G");
        graph.addEdge("G", "u3");
        graph.addEdge("c3", "L");
        graph.addEdge("L", "u4");
        return graph;
    }

    @Test
    void counts_each_role_as_worked_out_by_hand() {
        var roles = Brokerage.of(network(), SECTOR::get);

        assertThat(roles.get("B")).isEqualTo(new Brokerage.Roles(2, 0, 0, 0, 0));
        assertThat(roles.get("I")).isEqualTo(new Brokerage.Roles(0, 2, 0, 0, 0));
        assertThat(roles.get("G")).isEqualTo(new Brokerage.Roles(0, 0, 1, 1, 0));
        assertThat(roles.get("L")).isEqualTo(new Brokerage.Roles(0, 0, 0, 0, 2));
        assertThat(roles.get("u1").total()).isZero();
    }

    @Test
    void a_closed_triangle_brokers_nothing() {
        var graph = network();
        graph.addEdge("u1", "u2");

        assertThat(Brokerage.of(graph, SECTOR::get).get("B").total()).isZero();
    }

    @Test
    void a_broker_between_three_groups_counts_every_ordered_pair() {
        Graph<String, DefaultEdge> star = new SimpleGraph<>(DefaultEdge.class);
        Map<String, String> sector = Map.of("hub", "SUPPORT", "a", "ACADEMIA", "i", "INDUSTRY", "g", "GOVERNMENT");
        sector.keySet().forEach(star::addVertex);
        star.addEdge("hub", "a");
        star.addEdge("hub", "i");
        star.addEdge("hub", "g");

        // Six ordered pairs of three neighbours, all of other groups than the hub and than each other.
        assertThat(Brokerage.of(star, sector::get).get("hub")).isEqualTo(new Brokerage.Roles(0, 0, 0, 0, 6));
    }
}
