package org.ecosystemgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.ecosystemgraph.importer.corpus.Corpus;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.importer.graph.DatasetMapper;
import org.ecosystemgraph.importer.graph.GraphBatch;
import org.ecosystemgraph.importer.graph.OrganizationResolver;
import org.ecosystemgraph.model.SourceDocument;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.neo4j.driver.Driver;

/**
 * Import throughput: the corpus loaded by the importer (validation, provenance, retraction and consolidation, a
 * transaction per document), and the same nodes and relationships loaded by a bare driver loop ({@code UNWIND ...
 * MERGE}, a transaction per document, nothing else) into the same emptied database. Both read and map the datasets
 * the same way; the ratio of the two is what the importer's bookkeeping costs.
 */
public final class ImportBenchmark {

    /** One load: how long, what it made, and the heap it peaked at. */
    public record Load(String loader, double seconds, long nodes, long relationships, long peakHeapMb) {
        public double relationshipsPerSecond() {
            return relationships / seconds;
        }
    }

    private ImportBenchmark() {}

    /** The importer's load, telling {@code progress} of each document as it is written. */
    public static Load importer(Driver driver, Corpus corpus, Consumer<String> progress) {
        clear(driver);
        return measure("importer", driver, () -> new CorpusImporter(driver).load(corpus, document -> true, progress));
    }

    /** The bare loop's load, telling {@code progress} of each document as it is written. */
    public static Load bareDriver(Driver driver, Corpus corpus, Consumer<String> progress) {
        clear(driver);
        return measure("bare driver UNWIND/MERGE", driver, () -> bareLoad(driver, corpus, progress));
    }

    private static void bareLoad(Driver driver, Corpus corpus, Consumer<String> progress) {
        var functions = SupportFunctionTaxonomy.bundled();
        var mapper = new DatasetMapper(functions, new OrganizationResolver());
        var reader = new DatasetReader();
        List<SourceDocument> documents = corpus.documents().stream()
                .sorted(Comparator.comparing(SourceDocument::published).thenComparing(SourceDocument::id))
                .toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                            "UNWIND $codes AS code MERGE (:SupportFunction {code: code})",
                            Map.of(
                                    "codes",
                                    functions.functions().stream()
                                            .map(f -> f.code())
                                            .toList()))
                    .consume());
            for (int i = 0; i < documents.size(); i++) {
                SourceDocument document = documents.get(i);
                progress.accept("[%d/%d] %s".formatted(i + 1, documents.size(), document.id()));
                var file = corpus.dataset(document).orElseThrow();
                GraphBatch batch;
                try (InputStream in = file.open()) {
                    batch = mapper.map(reader.read(file.name(), in), new DocumentText(corpus.text(document)))
                            .batch();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                session.executeWriteWithoutResult(tx -> {
                    tx.run("MERGE (:Document {id: $id})", Map.of("id", document.id()))
                            .consume();
                    batch.nodesByLabel().forEach((label, nodes) -> {
                        List<Map<String, Object>> rows = new ArrayList<>();
                        nodes.forEach(node -> {
                            Map<String, Object> properties = new HashMap<>();
                            node.properties().forEach((k, v) -> {
                                if (v != null) {
                                    properties.put(k, v);
                                }
                            });
                            properties.put("kinds", List.copyOf(node.kinds()));
                            rows.add(Map.of("id", node.id(), "properties", properties));
                        });
                        tx.run(
                                        ("UNWIND $rows AS row MERGE (n:%s {id: row.id}) SET n += row.properties"
                                                        // Provenance at its barest: a link to the document.
                                                        + " WITH n MATCH (d:Document {id: $document})"
                                                        + " MERGE (n)-[:SOURCED_FROM]->(d)")
                                                .formatted(label.cypher()),
                                        Map.of("rows", rows, "document", document.id()))
                                .consume();
                    });
                    batch.edgesByTypeAndEnds().forEach(edges -> {
                        var first = edges.get(0);
                        List<Map<String, Object>> rows = edges.stream()
                                .map(edge -> Map.<String, Object>of("from", edge.from(), "to", edge.to()))
                                .toList();
                        tx.run(
                                        "UNWIND $rows AS row MATCH (a:%s {%s: row.from}) MATCH (b:%s {%s: row.to})"
                                                        .formatted(
                                                                first.fromLabel()
                                                                        .cypher(),
                                                                first.fromLabel()
                                                                        .key(),
                                                                first.toLabel().cypher(),
                                                                first.toLabel().key())
                                                + " MERGE (a)-[:%s]->(b)"
                                                        .formatted(first.type().name()),
                                        Map.of("rows", rows))
                                .consume();
                    });
                });
            }
        }
    }

    private static Load measure(String loader, Driver driver, Runnable load) {
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        load.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        long nodes = count(driver, "MATCH (n) RETURN count(n)");
        long relationships = count(driver, "MATCH ()-[r]->() RETURN count(r)");
        return new Load(loader, seconds, nodes, relationships, peak.get() / (1024 * 1024));
    }

    private static long count(Driver driver, String cypher) {
        return driver.executableQuery(cypher).execute().records().get(0).get(0).asLong();
    }

    private static void clear(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
    }
}
