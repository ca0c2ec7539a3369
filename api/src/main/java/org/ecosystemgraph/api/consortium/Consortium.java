package org.ecosystemgraph.api.consortium;

import java.util.List;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.neo4j.driver.Value;

/** A consortium, council or platform: an organization of kind CONSORTIUM seen from its members' side. */
record Consortium(String id, String name, List<String> aliases, Integer memberCount) {

    /** The consortium from an organization's projection ({@link GraphRecords#organizationFields}). */
    static Consortium of(Value node) {
        return new Consortium(
                node.get("id").asString(),
                node.get("name").asString(),
                GraphRecords.strings(node.get("aliases")),
                node.get("memberCount").isNull()
                        ? null
                        : node.get("memberCount").asInt());
    }
}
