package org.ecosystemgraph.api.consortium;

import java.util.List;
import org.neo4j.driver.Value;

/** A consortium, council or platform: an organization of kind CONSORTIUM seen from its members' side. */
public record Consortium(String id, String name, List<String> aliases, Integer memberCount) {

    /** What {@link #of} reads, as a map projection of the consortium {@code c}. */
    public static final String PROJECTION = "c {.id, .name, .aliases, .memberCount}";

    public static Consortium of(Value node) {
        return new Consortium(
                node.get("id").asString(),
                node.get("name").asString(),
                node.get("aliases").isNull() ? List.of() : node.get("aliases").asList(Value::asString),
                node.get("memberCount").isNull()
                        ? null
                        : node.get("memberCount").asInt());
    }
}
