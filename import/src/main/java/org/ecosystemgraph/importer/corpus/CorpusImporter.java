package org.ecosystemgraph.importer.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.model.SourceDocument;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the bundled corpus into the graph in one write transaction, so a failed load leaves nothing behind. */
public final class CorpusImporter {

    private static final Logger log = LoggerFactory.getLogger(CorpusImporter.class);

    private static final String MERGE_DOCUMENTS = """
            UNWIND $documents AS document
            MERGE (d:Document {id: document.id})
            SET d.title = document.title,
                d.publisher = document.publisher,
                d.published = document.published,
                d.publishedYear = document.publishedYear,
                d.summary = document.summary,
                d.file = document.file,
                d.sha256 = document.sha256,
                d.lineCount = document.lineCount
            """;

    /** What an import wrote. */
    public record Summary(int documents) {}

    private final Driver driver;

    public CorpusImporter(Driver driver) {
        this.driver = driver;
    }

    /** True when the graph holds no document yet, which is when {@code ./kg serve} loads the bundled corpus. */
    public boolean graphIsEmpty() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (d:Document) RETURN count(d) = 0 AS empty")
                    .single()
                    .get("empty")
                    .asBoolean());
        }
    }

    public Summary load(BundledCorpus corpus) {
        List<Map<String, Object>> rows = corpus.documents().stream()
                .map(document -> row(document, corpus.text(document)))
                .toList();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(MERGE_DOCUMENTS, Map.of("documents", rows)).consume());
        }
        log.info("Imported {} documents of the bundled corpus", rows.size());
        return new Summary(rows.size());
    }

    private static Map<String, Object> row(SourceDocument document, String text) {
        return Map.of(
                "id", document.id(),
                "title", document.title(),
                "publisher", document.publisher(),
                "published", document.published(),
                "publishedYear", document.publishedYear(),
                "summary", document.summary() == null ? "" : document.summary(),
                "file", document.file(),
                "sha256", sha256(text),
                "lineCount", text.lines().count());
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
