package org.ecosystemgraph.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToLongFunction;
import org.ecosystemgraph.cli.GraphConnection.Access;
import org.ecosystemgraph.cli.research.analysis.Brokerage;
import org.ecosystemgraph.cli.research.analysis.NetworkAnalysis;
import org.ecosystemgraph.cli.research.analysis.OrganizationNetwork;
import org.ecosystemgraph.model.Sector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Network analysis of the organizations: brokerage roles by sector, betweenness, communities; stored on the graph. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyze the organization network (co-membership in consortia plus direct ties, see the README):",
            "Gould-Fernandez brokerage roles with the sector as the group, degree and betweenness centrality,",
            "communities. Prints the top brokers by role per sector and stores every figure on the organizations."
        })
class AnalyzeCommand implements Callable<Integer> {

    private static final Map<String, ToLongFunction<Brokerage.Roles>> ROLES = Map.of(
            "coordinator", Brokerage.Roles::coordinator,
            "itinerant", Brokerage.Roles::itinerant,
            "gatekeeper", Brokerage.Roles::gatekeeper,
            "representative", Brokerage.Roles::representative,
            "liaison", Brokerage.Roles::liaison);

    @Option(names = "--as-of", paramLabel = "DATE", description = "the network as it stood then (YYYY[-MM[-DD]])")
    String asOf;

    @Option(names = "--top", description = "brokers listed per role and sector (default: 3)")
    int top = 3;

    @Option(names = "--dry-run", description = "print only; do not store the figures")
    boolean dryRun;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var graph = GraphConnection.open(database, dryRun ? Access.READ : Access.WRITE)) {
            var network = OrganizationNetwork.read(graph.driver(), asOf);
            var analysis = NetworkAnalysis.of(network);
            out.printf(
                    "Organization network%s: %d organizations, %d ties%n",
                    asOf == null ? "" : " as of " + asOf,
                    network.graph().vertexSet().size(),
                    network.graph().edgeSet().size());
            out.println();
            out.println("Top brokers by role and sector (Gould-Fernandez, sector as the group):");
            for (String role : List.of("coordinator", "itinerant", "gatekeeper", "representative", "liaison")) {
                out.println("  " + role);
                for (Sector sector : Sector.values()) {
                    var ranked = analysis.measures().values().stream()
                            .filter(m -> m.sector().equals(sector.name()))
                            .filter(m -> ROLES.get(role).applyAsLong(m.brokerage()) > 0)
                            .sorted(Comparator.comparingLong((NetworkAnalysis.Measures m) ->
                                            ROLES.get(role).applyAsLong(m.brokerage()))
                                    .reversed()
                                    .thenComparing(NetworkAnalysis.Measures::name))
                            .limit(top)
                            .map(m -> m.name() + " " + ROLES.get(role).applyAsLong(m.brokerage()))
                            .toList();
                    if (!ranked.isEmpty()) {
                        out.printf("    %-10s %s%n", sector.name(), String.join(", ", ranked));
                    }
                }
            }
            out.println();
            out.println("Highest betweenness (normalized):");
            analysis.measures().values().stream()
                    .sorted(Comparator.comparingDouble(NetworkAnalysis.Measures::betweenness)
                            .reversed()
                            .thenComparing(NetworkAnalysis.Measures::name))
                    .limit(Math.max(top, 5))
                    .forEach(m -> out.printf(
                            "  %s %-10s %.4f  degree %d  community %d%n",
                            Table.pad(m.name(), 40), m.sector(), m.betweenness(), m.degree(), m.community()));
            if (!dryRun) {
                analysis.writeTo(graph.driver(), asOf);
                out.println();
                out.println("Stored on the organizations: networkDegree, networkBetweenness, networkCommunity,"
                        + " brokerage*, networkComputedOn, networkAsOf");
            }
            out.flush();
        }
        return 0;
    }
}
