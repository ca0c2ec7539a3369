package org.ecosystemgraph.cli.research.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ecosystemgraph.database.CausalSessions;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.neo4j.driver.Driver;

/**
 * Centrality, communities and brokerage of the organization network, computed with JGraphT (Gould–Fernandez brokerage
 * by {@link Brokerage}) and written back to the organizations with the date of computation. Deterministic: the same
 * graph gives the same figures (vertices in id order, a fixed seed for label propagation).
 */
public final class NetworkAnalysis {

    static final long SEED = 20_240_318L;

    /** The figures of one organization. */
    public record Measures(
            String id,
            String name,
            String sector,
            int degree,
            double betweenness,
            int community,
            Brokerage.Roles brokerage) {}

    private final OrganizationNetwork network;
    private final Map<String, Measures> measures;

    private NetworkAnalysis(OrganizationNetwork network, Map<String, Measures> measures) {
        this.network = network;
        this.measures = measures;
    }

    public static NetworkAnalysis of(OrganizationNetwork network) {
        var graph = network.graph();
        var betweenness = new BetweennessCentrality<>(graph, true).getScores();
        Map<String, Integer> community = new HashMap<>();
        List<Set<String>> clusters = new ArrayList<>(new LabelPropagationClustering<>(graph, 100, new Random(SEED))
                .getClustering()
                .getClusters());
        // Number communities by size, largest first, then by their smallest id, so numbers are stable.
        clusters.sort((x, y) -> x.size() != y.size()
                ? Integer.compare(y.size(), x.size())
                : x.stream()
                        .sorted()
                        .findFirst()
                        .orElse("")
                        .compareTo(y.stream().sorted().findFirst().orElse("")));
        for (int i = 0; i < clusters.size(); i++) {
            for (String id : clusters.get(i)) {
                community.put(id, i + 1);
            }
        }
        var brokerage = Brokerage.of(graph, network::sector);
        Map<String, Measures> measures = new LinkedHashMap<>();
        for (String id : graph.vertexSet()) {
            measures.put(
                    id,
                    new Measures(
                            id,
                            network.name(id),
                            network.sector(id),
                            graph.degreeOf(id),
                            betweenness.get(id),
                            community.getOrDefault(id, 0),
                            brokerage.get(id)));
        }
        return new NetworkAnalysis(network, measures);
    }

    public Map<String, Measures> measures() {
        return measures;
    }

    public OrganizationNetwork network() {
        return network;
    }

    /** Stores the figures on the organizations, with the date they were computed and the as-of date they describe. */
    public void writeTo(Driver driver, String asOf) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measures m : measures.values()) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", m.id());
            row.put("degree", m.degree());
            row.put("betweenness", m.betweenness());
            row.put("community", m.community());
            row.put("coordinator", m.brokerage().coordinator());
            row.put("itinerant", m.brokerage().itinerant());
            row.put("gatekeeper", m.brokerage().gatekeeper());
            row.put("representative", m.brokerage().representative());
            row.put("liaison", m.brokerage().liaison());
            rows.add(row);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("rows", rows);
        parameters.put("today", LocalDate.now().toString());
        parameters.put("asOf", asOf);
        try (var session = CausalSessions.open(driver)) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                            UNWIND $rows AS row
                            MATCH (o:Organization {id: row.id})
                            SET o.networkDegree = row.degree,
                                o.networkBetweenness = row.betweenness,
                                o.networkCommunity = row.community,
                                o.brokerageCoordinator = row.coordinator,
                                o.brokerageItinerant = row.itinerant,
                                o.brokerageGatekeeper = row.gatekeeper,
                                o.brokerageRepresentative = row.representative,
                                o.brokerageLiaison = row.liaison,
                                o.networkComputedOn = $today,
                                o.networkAsOf = $asOf
                            """, parameters).consume());
        }
    }
}
