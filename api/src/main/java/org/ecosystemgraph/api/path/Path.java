package org.ecosystemgraph.api.path;

import java.util.List;
import org.ecosystemgraph.api.source.Source;

/** A path through the network, hop by hop, with the sources of every hop. */
record Path(int length, List<Node> nodes, List<Hop> relationships) {

    record Node(String id, String name, List<String> labels) {}

    record Hop(String type, boolean forward, List<Source> sources) {}
}
