package org.ecosystemgraph.api.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.model.NodeLabel;
import org.springframework.stereotype.Component;

/** Where the documents state nodes: the sources of nodes of one label, for every type whose nodes carry sources. */
@Component
public class Provenance {

    private final GraphReads reads;

    Provenance(GraphReads reads) {
        this.reads = reads;
    }

    /** The sources of nodes of one label, by id: a look-up through the label's id index for each. */
    public Map<String, List<Source>> sources(NodeLabel label, List<String> ids) {
        Map<String, List<Source>> result = new LinkedHashMap<>();
        // The label comes from the NodeLabel allow-list, never from a request.
        reads.list(
                """
                MATCH (n:%s)-[s:SOURCED_FROM]->(d:Document) WHERE n.id IN $ids
                RETURN n.id AS owner, collect({document: d.id, lines: s.lines, quotes: s.quotes}) AS statements
                """.formatted(label.cypher()),
                Map.of("ids", ids),
                record ->
                        result.put(record.get("owner").asString(), GraphRecords.nodeSources(record.get("statements"))));
        return result;
    }
}
