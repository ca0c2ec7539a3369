package org.ecosystemgraph.cli.research.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Gould and Fernandez's brokerage roles (1989), with a group for every vertex (here: the sector). A broker B stands
 * between A and C when A–B and B–C are ties and A–C is not; each such two-path A→B→C is one brokerage, typed by the
 * groups of the three:
 *
 * <ul>
 *   <li>coordinator: A, B and C in one group;
 *   <li>itinerant (consultant): A and C in one group, B in another;
 *   <li>gatekeeper: B and C in one group, A in another (B lets outsiders in);
 *   <li>representative: A and B in one group, C in another (B speaks for its group);
 *   <li>liaison: all three in different groups.
 * </ul>
 *
 * Ties of an undirected network count in both directions, as for the symmetrized directed network (what UCINET and
 * statnet do): a broker between A and C has the two-paths A→B→C and C→B→A. So coordinator, itinerant and liaison
 * counts come in pairs, and gatekeeper and representative counts are equal. No graph library offers these roles, so
 * they are computed here, on JGraphT's graph.
 */
public final class Brokerage {

    /** The five counts of one broker. */
    public record Roles(long coordinator, long itinerant, long gatekeeper, long representative, long liaison) {

        public long total() {
            return coordinator + itinerant + gatekeeper + representative + liaison;
        }
    }

    private Brokerage() {}

    public static <V, E> Map<V, Roles> of(Graph<V, E> graph, Function<V, String> group) {
        Map<V, Roles> roles = new LinkedHashMap<>();
        for (V broker : graph.vertexSet()) {
            List<V> neighbours = new ArrayList<>(Graphs.neighborSetOf(graph, broker));
            long coordinator = 0;
            long itinerant = 0;
            long gatekeeper = 0;
            long representative = 0;
            long liaison = 0;
            String b = group.apply(broker);
            for (V from : neighbours) {
                for (V to : neighbours) {
                    if (from.equals(to) || graph.containsEdge(from, to)) {
                        continue;
                    }
                    String a = group.apply(from);
                    String c = group.apply(to);
                    if (a.equals(b) && b.equals(c)) {
                        coordinator++;
                    } else if (a.equals(c)) {
                        itinerant++;
                    } else if (b.equals(c)) {
                        gatekeeper++;
                    } else if (a.equals(b)) {
                        representative++;
                    } else {
                        liaison++;
                    }
                }
            }
            roles.put(broker, new Roles(coordinator, itinerant, gatekeeper, representative, liaison));
        }
        return roles;
    }
}
