package org.ecosystemgraph.api.path;

import java.util.List;
import org.ecosystemgraph.api.graph.Source;
import org.ecosystemgraph.model.Sector;
import org.neo4j.driver.Value;

/** A path through the network, hop by hop, with the sources of every hop. */
record Path(int length, List<Node> nodes, List<Hop> relationships) {

    /** A node on a path or in a neighbourhood; sector only for organizations. */
    record Node(String id, String name, List<String> labels, Sector sector, List<String> kinds) {

        /** The Cypher map a query returns for node {@code n}; {@link #of} reads it. */
        static final String PROJECTION = """
                {id: n.id, name: coalesce(n.name, n.title, n.id), labels: labels(n), sector: n.sector,
                 kinds: CASE WHEN n:Organization THEN coalesce(n.kinds, []) ELSE [k IN [n.kind] WHERE k IS NOT NULL] END}""";

        static Node of(Value n) {
            return new Node(
                    n.get("id").asString(),
                    n.get("name").asString(),
                    n.get("labels").asList(Value::asString),
                    n.get("sector").isNull()
                            ? null
                            : Sector.valueOf(n.get("sector").asString()),
                    n.get("kinds").asList(Value::asString));
        }
    }

    record Hop(String type, boolean forward, List<Source> sources) {}
}
