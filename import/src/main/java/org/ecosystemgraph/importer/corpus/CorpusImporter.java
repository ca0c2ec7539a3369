package org.ecosystemgraph.importer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ecosystemgraph.database.CausalSessions;
import org.ecosystemgraph.database.GraphSchema;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.importer.graph.DatasetMapper;
import org.ecosystemgraph.importer.graph.GraphBatch;
import org.ecosystemgraph.importer.graph.GraphWriter;
import org.ecosystemgraph.importer.graph.OrganizationResolver;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.SourceDocument;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * Loads a corpus into the graph. Every dataset is read and checked first (names, codes, quotes, references), and
 * nothing is written unless all of them are sound; then each document is written in its own transaction, replacing
 * what it stated before, so loading the same corpus again changes nothing.
 */
public final class CorpusImporter {

    // A document's node is written in the transaction that writes its statements, with the hashes of its text and
    // dataset: a node with the corpus's hashes is a document completely and currently loaded.
    private static final String MERGE_DOCUMENT = """
            MERGE (d:Document {id: $id})
            SET d.title = $title, d.publisher = $publisher, d.published = $published,
                d.publishedYear = $publishedYear, d.summary = $summary, d.file = $file,
                d.sha256 = $sha256, d.datasetSha256 = $datasetSha256, d.lineCount = $lineCount
            """;

    /** How long one document's transaction may take: an import is not bound by the API's short read timeout. */
    public static final Duration DEFAULT_TRANSACTION_TIMEOUT = Duration.ofMinutes(30);

    private static final String MERGE_FUNCTIONS = """
            UNWIND $functions AS f
            MERGE (s:SupportFunction {code: f.code})
            SET s.label = f.label, s.labelEn = f.labelEn, s.aliases = f.aliases
            WITH s, f
            OPTIONAL MATCH (s)-[old:BROADER]->()
            DELETE old
            WITH DISTINCT s, f
            CALL (s, f) {
              MATCH (b:SupportFunction {code: f.broader})
              MERGE (s)-[:BROADER]->(b)
            }
            """;

    /** What an import did, for the summary the user sees. */
    public record Report(
            List<String> documents,
            Map<String, GraphWriter.Written> written,
            List<OrganizationResolver.Decision> resolutions,
            Map<String, Long> nodesInGraph,
            Map<String, Long> relationshipsInGraph) {}

    private final Driver driver;
    private final TransactionConfig transactions;
    private final SupportFunctionTaxonomy functions = SupportFunctionTaxonomy.bundled();
    private final DatasetReader reader = new DatasetReader();

    public CorpusImporter(Driver driver) {
        this(driver, DEFAULT_TRANSACTION_TIMEOUT);
    }

    /** An importer whose document transactions may each take up to {@code transactionTimeout}. */
    public CorpusImporter(Driver driver, Duration transactionTimeout) {
        this.driver = driver;
        this.transactions =
                TransactionConfig.builder().withTimeout(transactionTimeout).build();
    }

    /**
     * The documents of a corpus that the graph does not hold as the corpus has them now: never written, written from
     * another text or dataset, or begun and not committed (a document is written in one transaction). Oldest first,
     * as they load.
     */
    public List<SourceDocument> pending(Corpus corpus) {
        Map<String, List<String>> held = new LinkedHashMap<>();
        try (var session = CausalSessions.open(driver)) {
            session.executeRead(tx -> {
                tx.run(
                                "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, [d.sha256, d.datasetSha256] AS hashes",
                                Map.of(
                                        "ids",
                                        corpus.documents().stream()
                                                .map(SourceDocument::id)
                                                .toList()))
                        .forEachRemaining(record -> held.put(
                                record.get("id").asString(),
                                record.get("hashes").asList(value -> value.isNull() ? null : value.asString())));
                return null;
            });
        }
        return oldestFirst(corpus.documents().stream()
                .filter(document -> !Arrays.asList(sha256(corpus.text(document)), datasetSha256(corpus, document))
                        .equals(held.get(document.id())))
                .toList());
    }

    private static List<SourceDocument> oldestFirst(List<SourceDocument> documents) {
        return documents.stream()
                .sorted(Comparator.comparing(SourceDocument::published).thenComparing(SourceDocument::id))
                .toList();
    }

    private static String datasetSha256(Corpus corpus, SourceDocument document) {
        var file = corpus.dataset(document);
        if (file.isEmpty()) {
            return null;
        }
        try (InputStream in = file.get().open()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new DatasetException(file.get().name(), List.of("cannot be read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** True when the graph holds no document yet, which is when {@code ./kg serve} loads the bundled corpus. */
    public boolean graphIsEmpty() {
        try (var session = CausalSessions.open(driver)) {
            return session.executeRead(tx -> tx.run("MATCH (d:Document) RETURN count(d) = 0 AS empty")
                    .single()
                    .get("empty")
                    .asBoolean());
        }
    }

    public Report load(Corpus corpus) {
        return load(corpus, document -> true, message -> {});
    }

    // Each place keeps its count of organizations located in or below it (organizationCount), so that a region
    // picker reads it instead of walking the whole graph per request; every load ends with it.
    // Distinct organizations, so one located in both 仙台市 and 仙台市青葉区 counts once for 宮城県. The data migration
    // V0005 counts the same way on graphs written before the counts were kept.
    private static final String COUNT_PLACES = """
            MATCH (p:Place)
            CALL (p) {
              OPTIONAL MATCH (o:Organization)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(p)
              RETURN count(DISTINCT o) AS organizations
            }
            SET p.organizationCount = organizations
            """;

    /**
     * Loads the chosen documents of a corpus, oldest first, reporting progress line by line.
     *
     * @throws DatasetException when any dataset has problems; the graph is then left as it was
     */
    public Report load(Corpus corpus, Predicate<SourceDocument> chosen, Consumer<String> progress) {
        List<SourceDocument> documents =
                oldestFirst(corpus.documents().stream().filter(chosen).toList());
        OrganizationResolver resolver = knownOrganizations();
        DatasetMapper mapper = new DatasetMapper(functions, resolver);

        Map<SourceDocument, String> texts = new LinkedHashMap<>();
        Map<SourceDocument, String> datasetHashes = new LinkedHashMap<>();
        Map<SourceDocument, GraphBatch> batches = new LinkedHashMap<>();
        List<DatasetMapper.Reference> references = new ArrayList<>();
        for (SourceDocument document : documents) {
            String text = corpus.text(document);
            texts.put(document, text);
            var file = corpus.dataset(document);
            if (file.isEmpty()) {
                progress.accept("  " + document.id() + ": no dataset yet, document only");
                continue;
            }
            datasetHashes.put(document, datasetSha256(corpus, document));
            var located = read(file.get());
            Dataset dataset = located.dataset();
            if (!dataset.document().equals(document.id())) {
                throw new DatasetException(
                        file.get().name(),
                        List.of("document: '" + dataset.document() + "' but the file belongs to " + document.id()));
            }
            var result = mapper.map(dataset, new DocumentText(text));
            if (!result.ok()) {
                throw new DatasetException(file.get().name(), located.lines().locate(result.problems()));
            }
            batches.put(document, result.batch());
            references.addAll(result.references());
        }
        checkReferences(references, batches);

        Map<String, GraphWriter.Written> written = new LinkedHashMap<>();
        try (var session = CausalSessions.open(driver)) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(MERGE_FUNCTIONS, Map.of("functions", functionRows()))
                            .consume(),
                    transactions);
            int done = 0;
            for (var entry : texts.entrySet()) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("the import was stopped after " + done + " of " + texts.size()
                            + " documents; the next import loads the others");
                }
                SourceDocument document = entry.getKey();
                GraphBatch batch = batches.get(document);
                var row = documentRow(document, entry.getValue(), datasetHashes.get(document));
                boolean last = done == texts.size() - 1;
                var result = session.executeWrite(
                        tx -> {
                            tx.run(MERGE_DOCUMENT, row).consume();
                            var wrote = batch == null ? null : new GraphWriter().write(tx, batch);
                            if (last) {
                                // With the last document, so that an import stopped before it counts again.
                                tx.run(COUNT_PLACES).consume();
                            }
                            return wrote;
                        },
                        transactions);
                done++;
                if (result != null) {
                    written.put(document.id(), result);
                    progress.accept("  [%d/%d] %s: %d nodes, %d relationships"
                            .formatted(
                                    done,
                                    texts.size(),
                                    document.id(),
                                    result.nodes().values().stream()
                                            .mapToInt(Integer::intValue)
                                            .sum(),
                                    result.relationships().values().stream()
                                            .mapToInt(Integer::intValue)
                                            .sum()));
                }
            }
        }
        return new Report(
                documents.stream().map(SourceDocument::id).toList(),
                written,
                resolver.decisions(),
                countNodes(),
                countRelationships());
    }

    private DatasetReader.Located read(Corpus.DatasetFile file) {
        try (InputStream in = file.open()) {
            return reader.readLocated(file.name(), in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OrganizationResolver knownOrganizations() {
        var resolver = new OrganizationResolver();
        try (var session = CausalSessions.open(driver)) {
            session.executeRead(tx -> {
                tx.run("MATCH (o:Organization) RETURN o.id AS id, o.name AS name, coalesce(o.nameKeys, []) AS keys")
                        .forEachRemaining(record -> resolver.know(
                                record.get("id").asString(),
                                record.get("name").asString(record.get("id").asString()),
                                record.get("keys").asList(v -> v.asString())));
                return null;
            });
        }
        return resolver;
    }

    /** References to nodes of documents not in this import must find those nodes in the graph. */
    private void checkReferences(List<DatasetMapper.Reference> references, Map<SourceDocument, GraphBatch> batches) {
        var open = references.stream()
                .filter(reference ->
                        batches.values().stream().noneMatch(batch -> batch.hasNode(reference.label(), reference.id())))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Map<NodeLabel, List<String>> byLabel = open.stream()
                .collect(Collectors.groupingBy(
                        DatasetMapper.Reference::label,
                        Collectors.mapping(DatasetMapper.Reference::id, Collectors.toList())));
        List<String> found = new ArrayList<>();
        try (var session = CausalSessions.open(driver)) {
            byLabel.forEach((label, ids) -> session.executeRead(tx -> tx.run(
                                    "MATCH (n:" + label.cypher() + ") WHERE n.id IN $ids RETURN collect(n.id)",
                                    Map.of("ids", ids))
                            .single()
                            .get(0)
                            .asList(v -> v.asString()))
                    .forEach(id -> found.add(label.name() + ":" + id)));
        }
        var problems = open.stream()
                .filter(reference -> !found.contains(reference.label().name() + ":" + reference.id()))
                .map(reference ->
                        reference.where() + ": no " + reference.label().cypher() + " with id '" + reference.id()
                                + "' in this corpus or in the graph")
                .distinct()
                .toList();
        if (!problems.isEmpty()) {
            throw new DatasetException("datasets", problems);
        }
    }

    private List<Map<String, Object>> functionRows() {
        return functions.functions().stream()
                .map(f -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("code", f.code());
                    row.put("label", f.label());
                    row.put("labelEn", f.labelEn());
                    row.put("broader", f.broader());
                    row.put("aliases", f.aliases());
                    return row;
                })
                .toList();
    }

    private static Map<String, Object> documentRow(SourceDocument document, String text, String datasetSha256) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", document.id());
        row.put("title", document.title());
        row.put("publisher", document.publisher());
        row.put("published", document.published());
        row.put("publishedYear", document.publishedYear());
        row.put("summary", document.summary() == null ? "" : document.summary());
        row.put("file", document.file());
        row.put("sha256", sha256(text));
        row.put("datasetSha256", datasetSha256);
        row.put("lineCount", text.lines().count());
        return row;
    }

    private Map<String, Long> countNodes() {
        return counts(
                "MATCH (n) WHERE NOT n:%s UNWIND labels(n) AS label RETURN label AS key, count(*) AS n ORDER BY key"
                        .formatted(GraphSchema.BOOKKEEPING_LABEL));
    }

    private Map<String, Long> countRelationships() {
        return counts("MATCH (n)-[r]->() WHERE NOT n:%s RETURN type(r) AS key, count(*) AS n ORDER BY key"
                .formatted(GraphSchema.BOOKKEEPING_LABEL));
    }

    private Map<String, Long> counts(String cypher) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var session = CausalSessions.open(driver)) {
            session.executeRead(tx -> {
                tx.run(cypher)
                        .forEachRemaining(record -> counts.put(
                                record.get("key").asString(), record.get("n").asLong()));
                return null;
            });
        }
        return counts;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
