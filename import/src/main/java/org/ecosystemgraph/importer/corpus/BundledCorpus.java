package org.ecosystemgraph.importer.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecosystemgraph.model.SourceDocument;

/**
 * The documents this project ships: their texts under {@code corpus/documents/} and their catalogue in
 * {@code corpus/documents.yaml}, both on the classpath of the import module.
 */
public final class BundledCorpus {

    static final String CATALOGUE = "corpus/documents.yaml";
    static final String TEXTS = "corpus/documents/";

    private record Catalogue(List<SourceDocument> documents) {}

    private final List<SourceDocument> documents;

    private BundledCorpus(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public static BundledCorpus load() {
        var yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
        try (InputStream in = resource(CATALOGUE)) {
            List<SourceDocument> documents = yaml.readValue(in, Catalogue.class).documents();
            for (SourceDocument document : documents) {
                resource(TEXTS + document.file()).close();
            }
            return new BundledCorpus(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled corpus " + CATALOGUE + ": " + e.getMessage(), e);
        }
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    /** The full text of a document, as extracted from its PDF. */
    public String text(SourceDocument document) {
        try (InputStream in = resource(TEXTS + document.file())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledCorpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }
}
