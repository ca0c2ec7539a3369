package org.ecosystemgraph.importer.corpus;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.model.SourceDocument;

/**
 * Source documents with their texts and reviewed datasets: the bundled corpus on the classpath, or a folder laid out
 * the same way ({@code documents.yaml}, {@code documents/}, {@code datasets/<document-id>.yaml}).
 */
public interface Corpus {

    /** What {@link #at} takes for the corpus this project ships. */
    String BUNDLED = "bundled";

    /** The bundled corpus ({@value #BUNDLED}) or the corpus folder at this path. */
    static Corpus at(String location) {
        return location.equals(BUNDLED) ? BundledCorpus.load() : DirectoryCorpus.open(java.nio.file.Path.of(location));
    }

    /** Where the corpus is, for messages. */
    String location();

    List<SourceDocument> documents();

    String text(SourceDocument document);

    /** The dataset of a document, if it has one yet. */
    Optional<DatasetFile> dataset(SourceDocument document);

    /** A dataset file's name (for messages) and content. */
    interface DatasetFile {
        String name();

        InputStream open();
    }
}
