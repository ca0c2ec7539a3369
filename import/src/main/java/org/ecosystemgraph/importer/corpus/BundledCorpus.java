package org.ecosystemgraph.importer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.model.SourceDocument;

/**
 * The documents this project ships: their texts under {@code corpus/documents/}, their catalogue in
 * {@code corpus/documents.yaml} and their reviewed datasets under {@code corpus/datasets/}, on the classpath of the
 * import module.
 */
public final class BundledCorpus implements Corpus {

    static final String ROOT = "corpus/";

    private final List<SourceDocument> documents;

    private BundledCorpus(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
    }

    public static BundledCorpus load() {
        try (InputStream in = resource(ROOT + Catalogue.FILE)) {
            List<SourceDocument> documents = Catalogue.read(ROOT + Catalogue.FILE, in);
            for (SourceDocument document : documents) {
                resource(ROOT + "documents/" + document.file()).close();
            }
            return new BundledCorpus(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled corpus: " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return "bundled corpus";
    }

    @Override
    public List<SourceDocument> documents() {
        return documents;
    }

    @Override
    public String text(SourceDocument document) {
        try (InputStream in = resource(ROOT + "documents/" + document.file())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<DatasetFile> dataset(SourceDocument document) {
        String name = ROOT + "datasets/" + document.id() + ".yaml";
        if (BundledCorpus.class.getClassLoader().getResource(name) == null) {
            return Optional.empty();
        }
        return Optional.of(new DatasetFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                try {
                    return resource(name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BundledCorpus.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }
}
