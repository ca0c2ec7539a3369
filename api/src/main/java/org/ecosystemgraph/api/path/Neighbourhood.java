package org.ecosystemgraph.api.path;

import java.util.List;

/** The nodes around an organization, the organization first, and the ties among them. */
record Neighbourhood(List<Path.Node> nodes, List<Tie> ties) {

    record Tie(String from, String to, String type) {}
}
