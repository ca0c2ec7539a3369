package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecosystemgraph.importer.graph.GraphBatch.Edge;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.importer.graph.GraphBatch.Node;
import org.ecosystemgraph.model.NodeLabel;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what one document states, replacing what it stated before: inside the caller's transaction it retracts the
 * document's earlier statements, merges the new ones, recomputes every touched node and relationship from all
 * documents that state it (the most recent document's value wins for each property; aliases and kinds add up), and
 * removes nodes and relationships no document states any more. Writing the same batch twice changes nothing, and
 * documents written in any order give the same graph.
 *
 * <p>A relationship keeps each document's statement: {@code documents}, {@code sources} and {@code quotes} (kept
 * sorted), and its properties as stated, in the parallel lists {@code statedBy}, {@code statedKeys} and
 * {@code statedValues}, from which its properties ({@code role}, {@code since} …) are recomputed.
 */
public final class GraphWriter {

    private static final Logger log = LoggerFactory.getLogger(GraphWriter.class);

    private static final String RETRACT_NODE_STATEMENTS = """
            MATCH (:Document {id: $document})<-[s:SOURCED_FROM]-(n)
            WITH s, n.id AS id, [label IN labels(n) WHERE label <> 'Consortium'][0] AS label
            DELETE s
            RETURN label, collect(id) AS ids
            """;

    private static final String RETRACT_RELATIONSHIP_STATEMENTS = """
            MATCH ()-[r]->()
            WHERE $document IN r.documents
            WITH r, [i IN range(0, size(r.sources) - 1) WHERE NOT r.sources[i] STARTS WITH $document + '#'] AS kept,
                 [i IN range(0, size(coalesce(r.statedBy, [])) - 1) WHERE r.statedBy[i] <> $document] AS keptStated
            SET r.sources = [i IN kept | r.sources[i]],
                r.quotes = [i IN kept | r.quotes[i]],
                r.statedBy = [i IN keptStated | r.statedBy[i]],
                r.statedKeys = [i IN keptStated | r.statedKeys[i]],
                r.statedValues = [i IN keptStated | r.statedValues[i]],
                r.documents = [d IN r.documents WHERE d <> $document]
            WITH r, size(r.documents) = 0 AS unstated
            FOREACH (ignored IN CASE WHEN unstated THEN [1] ELSE [] END | DELETE r)
            RETURN collect(CASE WHEN unstated THEN null ELSE elementId(r) END) AS kept
            """;

    private static final String READ_RELATIONSHIPS = """
            UNWIND $ids AS id
            MATCH ()-[r]->() WHERE elementId(r) = id
            RETURN id, properties(r) AS properties
            """;

    private static final String REPLACE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH ()-[r]->() WHERE elementId(r) = row.id
            SET r = row.properties
            """;

    /** Counts of what a write changed the graph into, for the import summary. */
    public record Written(Map<String, Integer> nodes, Map<String, Integer> relationships) {}

    public Written write(TransactionContext tx, GraphBatch batch) {
        String document = batch.document();
        var steps = new Steps(document);
        Map<NodeLabel, Set<String>> retracted = new LinkedHashMap<>();
        Set<String> touchedRelationships = new LinkedHashSet<>();
        // A document written for the first time has nothing to retract: skip the retraction, whose relationship
        // half reads every relationship of the graph.
        if (writtenBefore(tx, document)) {
            tx.run(RETRACT_NODE_STATEMENTS, Map.of("document", document)).forEachRemaining(record -> {
                NodeLabel label = labelOf(record.get("label").asString());
                retracted
                        .computeIfAbsent(label, l -> new LinkedHashSet<>())
                        .addAll(record.get("ids").asList(v -> v.asString()));
            });
            steps.done("retract node statements");
            touchedRelationships.addAll(tx.run(RETRACT_RELATIONSHIP_STATEMENTS, Map.of("document", document))
                    .single()
                    .get("kept")
                    .asList(v -> v.asString()));
        }
        Map<NodeLabel, Set<String>> touched = new LinkedHashMap<>();
        retracted.forEach((label, ids) -> touched.put(label, new LinkedHashSet<>(ids)));

        steps.done("retract relationship statements");
        Map<String, Integer> nodeCounts = new LinkedHashMap<>();
        batch.nodesByLabel().forEach((label, nodes) -> {
            mergeNodes(tx, document, label, nodes);
            nodes.forEach(node ->
                    touched.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(node.id()));
            nodeCounts.put(label.cypher(), nodes.size());
        });

        steps.done("merge nodes");
        Map<String, Integer> relationshipCounts = new LinkedHashMap<>();
        batch.edgesByTypeAndEnds().forEach(edges -> {
            touchedRelationships.addAll(mergeEdges(tx, document, edges));
            relationshipCounts.merge(edges.get(0).type().name(), edges.size(), Integer::sum);
        });

        steps.done("merge relationships");
        removeUnstatedNodes(tx, retracted);
        steps.done("remove unstated nodes");
        touched.forEach((label, ids) -> consolidate(tx, label, ids));
        steps.done("consolidate nodes");
        consolidateRelationships(tx, touchedRelationships);
        steps.done("consolidate relationships");
        tx.run("MATCH (d:Document {id: $document}) SET d.written = true", Map.of("document", document))
                .consume();
        steps.log();
        return new Written(nodeCounts, relationshipCounts);
    }

    /** Milliseconds per step of a write, logged at debug level: where an import spends its time. */
    private static final class Steps {
        private final String document;
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private long last = System.nanoTime();

        Steps(String document) {
            this.document = document;
        }

        void done(String step) {
            long now = System.nanoTime();
            millis.put(step, (now - last) / 1_000_000);
            last = now;
        }

        void log() {
            log.debug("{}: {}", document, millis);
        }
    }

    private static NodeLabel labelOf(String cypherLabel) {
        return NodeLabel.ofCypher(cypherLabel)
                .orElseThrow(() ->
                        new IllegalStateException("A node with the unknown label " + cypherLabel + " has sources"));
    }

    private static void mergeNodes(TransactionContext tx, String document, NodeLabel label, List<Node> nodes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Node node : nodes) {
            Map<String, Object> stated = new HashMap<>(node.properties());
            if (label.lists().contains("aliases")) {
                stated.put("aliases", List.copyOf(node.aliases()));
            }
            if (label.lists().contains("kinds")) {
                stated.put("kinds", List.copyOf(node.kinds()));
            }
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

    /**
     * Merges the relationships of one document and returns those that need {@link #consolidateRelationships}: the
     * ones other documents state too (or this one states twice). A relationship only this document states is written
     * in its canonical form at once, its evidence and statements sorted, which spares a first import the read-back and
     * rewrite of nearly every relationship.
     */
    private static List<String> mergeEdges(TransactionContext tx, String document, List<Edge> edges) {
        Edge first = edges.get(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Edge edge : edges) {
            Map<String, Object> stated = new TreeMap<>();
            edge.properties().forEach((key, value) -> {
                if (value != null) {
                    stated.put(key, value.toString());
                }
            });
            List<List<String>> evidence = edge.evidence().stream()
                    .map(e -> List.of(document + "#L" + e.lines(), Objects.requireNonNullElse(e.quote(), "")))
                    .sorted(Comparator.comparing((List<String> e) -> e.get(0)).thenComparing(e -> e.get(1)))
                    .toList();
            rows.add(Map.of(
                    "from", edge.from(),
                    "to", edge.to(),
                    "properties", stated,
                    "keys", List.copyOf(stated.keySet()),
                    "values", List.copyOf(stated.values()),
                    "sources", evidence.stream().map(e -> e.get(0)).toList(),
                    "quotes", evidence.stream().map(e -> e.get(1)).toList()));
        }
        String cypher = """
                UNWIND $rows AS row
                MATCH (a:%s {%s: row.from})
                MATCH (b:%s {%s: row.to})
                MERGE (a)-[r:%s]->(b)
                SET r += row.properties,
                    r.documents = coalesce(r.documents, []) + $document,
                    r.sources = coalesce(r.sources, []) + row.sources,
                    r.quotes = coalesce(r.quotes, []) + row.quotes,
                    r.statedBy = coalesce(r.statedBy, []) + [key IN row.keys | $document],
                    r.statedKeys = coalesce(r.statedKeys, []) + row.keys,
                    r.statedValues = coalesce(r.statedValues, []) + row.values
                RETURN count(r) AS written, collect(CASE WHEN size(r.documents) > 1 THEN elementId(r) END) AS ids
                """.formatted(
                        first.fromLabel().cypher(),
                        first.fromLabel().key(),
                        first.toLabel().cypher(),
                        first.toLabel().key(),
                        first.type().name());
        var result = tx.run(cypher, Map.of("rows", rows, "document", document)).single();
        int written = result.get("written").asInt();
        if (written != rows.size()) {
            throw new IllegalStateException(first.type() + " relationships of " + document + ": " + rows.size()
                    + " stated but only " + written + " found both their ends");
        }
        return result.get("ids").asList(v -> v.asString());
    }

    /**
     * Rewrites relationships from their statements in a canonical form: documents sorted, sources sorted with their
     * quotes, and each property taken from the most recent document that states it.
     */
    private static void consolidateRelationships(TransactionContext tx, Set<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, String> published = new HashMap<>();
        tx.run("MATCH (d:Document) RETURN d.id AS id, d.published AS published")
                .forEachRemaining(record -> published.put(
                        record.get("id").asString(), record.get("published").asString("")));
        Comparator<String> newestFirst = Comparator.<String, String>comparing(d -> published.getOrDefault(d, ""))
                .reversed()
                .thenComparing(Comparator.naturalOrder());
        List<Map<String, Object>> rows = new ArrayList<>();
        tx.run(READ_RELATIONSHIPS, Map.of("ids", List.copyOf(ids))).forEachRemaining(record -> {
            var p = record.get("properties");
            rows.add(Map.of(
                    "id", record.get("id").asString(),
                    "properties", canonical(p, newestFirst)));
        });
        tx.run(REPLACE_RELATIONSHIPS, Map.of("rows", rows)).consume();
    }

    private static Map<String, Object> canonical(Value p, Comparator<String> newestFirst) {
        List<String> sources = strings(p.get("sources"));
        List<String> quotes = strings(p.get("quotes"));
        List<List<String>> evidence = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            evidence.add(List.of(sources.get(i), i < quotes.size() ? quotes.get(i) : ""));
        }
        evidence.sort(Comparator.comparing((List<String> e) -> e.get(0)).thenComparing(e -> e.get(1)));
        List<String> by = strings(p.get("statedBy"));
        List<String> keys = strings(p.get("statedKeys"));
        List<String> values = strings(p.get("statedValues"));
        List<List<String>> statements = new ArrayList<>();
        for (int i = 0; i < by.size(); i++) {
            statements.add(List.of(by.get(i), keys.get(i), values.get(i)));
        }
        statements.sort(Comparator.comparing((List<String> st) -> st.get(0))
                .thenComparing(st -> st.get(1))
                .thenComparing(st -> st.get(2)));
        Map<String, Object> properties = new TreeMap<>();
        statements.stream()
                .sorted(Comparator.comparing((List<String> st) -> st.get(0), newestFirst)
                        .thenComparing(st -> st.get(2)))
                .forEach(st -> properties.putIfAbsent(st.get(1), st.get(2)));
        properties.put(
                "documents",
                strings(p.get("documents")).stream().distinct().sorted().toList());
        properties.put("sources", evidence.stream().map(e -> e.get(0)).toList());
        properties.put("quotes", evidence.stream().map(e -> e.get(1)).toList());
        properties.put("statedBy", statements.stream().map(st -> st.get(0)).toList());
        properties.put("statedKeys", statements.stream().map(st -> st.get(1)).toList());
        properties.put("statedValues", statements.stream().map(st -> st.get(2)).toList());
        return properties;
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** Whether the document's statements are in the graph already (it was imported before). */
    private static boolean writtenBefore(TransactionContext tx, String document) {
        return tx.run("""
                        MATCH (d:Document {id: $document})
                        RETURN coalesce(d.written, false) OR EXISTS { (d)<-[:SOURCED_FROM]-() } AS written
                        """, Map.of("document", document)).single().get("written").asBoolean();
    }

    /** Deletes the nodes whose statements were retracted and that no document states any more. */
    private static void removeUnstatedNodes(TransactionContext tx, Map<NodeLabel, Set<String>> retracted) {
        retracted.forEach((label, ids) -> tx.run("""
                        UNWIND $ids AS id
                        MATCH (n:%s {id: id}) WHERE NOT (n)-[:SOURCED_FROM]->()
                        DETACH DELETE n
                        """.formatted(label.cypher()), Map.of("ids", List.copyOf(ids)))
                .consume());
    }

    /** Recomputes nodes from all their statements: newest document first for each property. */
    private static void consolidate(TransactionContext tx, NodeLabel label, Set<String> ids) {
        // Property names come from the NodeLabel catalogue, never from a dataset.
        String properties = Stream.concat(
                        label.properties().stream()
                                .map(p ->
                                        "n.%1$s = head([s IN states WHERE s.%1$s IS NOT NULL | s.%1$s])".formatted(p)),
                        label.lists().stream()
                                .map(p -> ("n.%1$s = reduce(all = [], s IN states | all + [x IN coalesce(s.%1$s, [])"
                                                + " WHERE NOT x IN all])")
                                        .formatted(p)))
                .collect(Collectors.joining(",\n    "));
        String cypher = """
                UNWIND $ids AS id
                MATCH (n:%s {id: id})
                CALL (n) {
                  MATCH (n)-[s:SOURCED_FROM]->(d:Document)
                  WITH s ORDER BY d.published DESC, d.id
                  RETURN collect(s) AS states
                }
                SET %s
                """.formatted(label.cypher(), properties);
        tx.run(cypher, Map.of("ids", List.copyOf(ids))).consume();
        if (label == NodeLabel.ORGANIZATION) {
            tx.run("""
                            UNWIND $ids AS id
                            MATCH (n:Organization {id: id})
                            FOREACH (ignored IN CASE WHEN 'CONSORTIUM' IN n.kinds THEN [1] ELSE [] END | SET n:Consortium)
                            FOREACH (ignored IN CASE WHEN 'CONSORTIUM' IN n.kinds THEN [] ELSE [1] END | REMOVE n:Consortium)
                            """, Map.of("ids", List.copyOf(ids))).consume();
        }
    }
}
