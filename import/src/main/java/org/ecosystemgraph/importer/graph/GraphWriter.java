package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecosystemgraph.importer.graph.GraphBatch.Edge;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.importer.graph.GraphBatch.Node;
import org.ecosystemgraph.model.NodeLabel;
import org.neo4j.driver.TransactionContext;

/**
 * Writes what one document states, replacing what it stated before: inside the caller's transaction it retracts the
 * document's earlier statements, merges the new ones, recomputes every touched node from all documents that state it
 * (the most recent document's value wins for each property; aliases and kinds add up), and removes nodes and
 * relationships no document states any more. Writing the same batch twice changes nothing.
 */
public final class GraphWriter {

    private static final String RETRACT_NODE_STATEMENTS = """
            MATCH (:Document {id: $document})<-[s:SOURCED_FROM]-(n)
            WITH s, n.id AS id, [label IN labels(n) WHERE label <> 'Consortium'][0] AS label
            DELETE s
            RETURN label, collect(id) AS ids
            """;

    private static final String RETRACT_RELATIONSHIP_STATEMENTS = """
            MATCH ()-[r]->()
            WHERE $document IN r.documents
            WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] STARTS WITH $document + '#'] AS kept
            SET r.sources = [i IN kept | r.sources[i]],
                r.quotes = [i IN kept | r.quotes[i]],
                r.documents = [d IN r.documents WHERE d <> $document]
            WITH r WHERE size(r.documents) = 0
            DELETE r
            """;

    /** Counts of what a write changed the graph into, for the import summary. */
    public record Written(Map<String, Integer> nodes, Map<String, Integer> relationships) {}

    public Written write(TransactionContext tx, GraphBatch batch) {
        String document = batch.document();
        Map<NodeLabel, Set<String>> touched = new LinkedHashMap<>();
        tx.run(RETRACT_NODE_STATEMENTS, Map.of("document", document)).forEachRemaining(record -> {
            NodeLabel label = labelOf(record.get("label").asString());
            touched.computeIfAbsent(label, l -> new LinkedHashSet<>())
                    .addAll(record.get("ids").asList(v -> v.asString()));
        });
        tx.run(RETRACT_RELATIONSHIP_STATEMENTS, Map.of("document", document)).consume();

        Map<String, Integer> nodeCounts = new LinkedHashMap<>();
        batch.nodes().stream()
                .collect(Collectors.groupingBy(Node::label, LinkedHashMap::new, Collectors.toList()))
                .forEach((label, nodes) -> {
                    mergeNodes(tx, document, label, nodes);
                    nodes.forEach(node -> touched.computeIfAbsent(label, l -> new LinkedHashSet<>())
                            .add(node.id()));
                    nodeCounts.put(label.cypher(), nodes.size());
                });

        Map<String, Integer> relationshipCounts = new LinkedHashMap<>();
        batch.edges().stream()
                .collect(Collectors.groupingBy(
                        edge -> List.of(edge.type(), edge.fromLabel(), edge.toLabel()),
                        LinkedHashMap::new,
                        Collectors.toList()))
                .forEach((group, edges) -> {
                    mergeEdges(tx, document, edges);
                    relationshipCounts.merge(edges.get(0).type().name(), edges.size(), Integer::sum);
                });

        removeUnstatedNodes(tx);
        touched.forEach((label, ids) -> consolidate(tx, label, ids));
        return new Written(nodeCounts, relationshipCounts);
    }

    private static NodeLabel labelOf(String cypherLabel) {
        for (NodeLabel label : NodeLabel.values()) {
            if (label.cypher().equals(cypherLabel)) {
                return label;
            }
        }
        throw new IllegalStateException("A node with the unknown label " + cypherLabel + " has sources");
    }

    private static void mergeNodes(TransactionContext tx, String document, NodeLabel label, List<Node> nodes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node node : nodes) {
            Map<String, Object> stated = new HashMap<>(node.properties());
            stated.put("aliases", List.copyOf(node.aliases()));
            stated.put("kinds", List.copyOf(node.kinds()));
            stated.put("lines", node.evidence().stream().map(Evidence::lines).toList());
            stated.put("quotes", node.evidence().stream().map(Evidence::quote).toList());
            rows.add(Map.of("id", node.id(), "stated", stated));
        }
        String cypher = """
                UNWIND $rows AS row
                MERGE (n:%s {id: row.id})
                WITH n, row
                MATCH (d:Document {id: $document})
                MERGE (n)-[s:SOURCED_FROM]->(d)
                SET s = row.stated
                """.formatted(label.cypher());
        tx.run(cypher, Map.of("rows", rows, "document", document)).consume();
    }

    private static void mergeEdges(TransactionContext tx, String document, List<Edge> edges) {
        Edge first = edges.get(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Edge edge : edges) {
            rows.add(Map.of(
                    "from", edge.from(),
                    "to", edge.to(),
                    "properties", edge.properties(),
                    "sources",
                            edge.evidence().stream()
                                    .map(e -> document + "#L" + e.lines())
                                    .toList(),
                    "quotes", edge.evidence().stream().map(Evidence::quote).toList()));
        }
        String cypher = """
                UNWIND $rows AS row
                MATCH (a:%s {%s: row.from})
                MATCH (b:%s {%s: row.to})
                MERGE (a)-[r:%s]->(b)
                SET r += row.properties,
                    r.documents = coalesce(r.documents, []) + $document,
                    r.sources = coalesce(r.sources, []) + row.sources,
                    r.quotes = coalesce(r.quotes, []) + row.quotes
                RETURN count(r) AS written
                """.formatted(
                        first.fromLabel().cypher(),
                        first.fromLabel().key(),
                        first.toLabel().cypher(),
                        first.toLabel().key(),
                        first.type().name());
        int written = tx.run(cypher, Map.of("rows", rows, "document", document))
                .single()
                .get("written")
                .asInt();
        if (written != rows.size()) {
            throw new IllegalStateException(first.type() + " relationships of " + document + ": " + rows.size()
                    + " stated but only " + written + " found both their ends");
        }
    }

    private static void removeUnstatedNodes(TransactionContext tx) {
        String factLabels = java.util.Arrays.stream(NodeLabel.values())
                .filter(NodeLabel::isFact)
                .map(label -> "n:" + label.cypher())
                .collect(Collectors.joining(" OR "));
        tx.run("MATCH (n) WHERE (" + factLabels + ") AND NOT (n)-[:SOURCED_FROM]->() DETACH DELETE n")
                .consume();
    }

    /** Recomputes nodes from all their statements: newest document first for each property. */
    private static void consolidate(TransactionContext tx, NodeLabel label, Set<String> ids) {
        String properties = label.properties().stream()
                .map(p -> "n.%1$s = head([s IN states WHERE s.%1$s IS NOT NULL | s.%1$s])".formatted(p))
                .collect(Collectors.joining(",\n    "));
        String cypher = """
                UNWIND $ids AS id
                MATCH (n:%s {id: id})
                CALL (n) {
                  MATCH (n)-[s:SOURCED_FROM]->(d:Document)
                  WITH s ORDER BY d.published DESC, d.id
                  RETURN collect(s) AS states
                }
                SET %s,
                    n.aliases = reduce(all = [], s IN states | all + [a IN coalesce(s.aliases, []) WHERE NOT a IN all]),
                    n.kinds = reduce(all = [], s IN states | all + [k IN coalesce(s.kinds, []) WHERE NOT k IN all]),
                    n.nameKeys = reduce(all = [], s IN states | all + [k IN coalesce(s.nameKeys, []) WHERE NOT k IN all])
                """.formatted(label.cypher(), properties);
        tx.run(cypher, Map.of("ids", List.copyOf(ids))).consume();
        if (label == NodeLabel.ORGANIZATION) {
            tx.run("MATCH (n:Organization) WHERE 'CONSORTIUM' IN n.kinds SET n:Consortium")
                    .consume();
            tx.run("MATCH (n:Consortium) WHERE NOT 'CONSORTIUM' IN n.kinds REMOVE n:Consortium")
                    .consume();
        }
    }
}
