package org.ecosystemgraph.importer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.model.SourceDocument;

/** A corpus in a folder, laid out like the bundled one: the way users add their own documents. */
public final class DirectoryCorpus implements Corpus {

    private final Path root;
    private final List<SourceDocument> documents;

    private DirectoryCorpus(Path root, List<SourceDocument> documents) {
        this.root = root;
        this.documents = List.copyOf(documents);
    }

    /** Opens the corpus folder that holds {@code documents.yaml}. */
    public static DirectoryCorpus open(Path root) {
        Path catalogue = root.resolve(Catalogue.FILE);
        if (!Files.isRegularFile(catalogue)) {
            throw new DatasetException(root.toString(), List.of("has no " + Catalogue.FILE + " listing its documents"));
        }
        try (InputStream in = Files.newInputStream(catalogue)) {
            return new DirectoryCorpus(root, Catalogue.read(catalogue.toString(), in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + catalogue + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public List<SourceDocument> documents() {
        return documents;
    }

    @Override
    public String text(SourceDocument document) {
        Path file = root.resolve("documents").resolve(document.file());
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DatasetException(file.toString(), List.of("is not UTF-8 text (convert it, e.g. from Shift-JIS)"));
        } catch (IOException e) {
            throw new DatasetException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    @Override
    public Optional<DatasetFile> dataset(SourceDocument document) {
        Path file = root.resolve("datasets").resolve(document.id() + ".yaml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new DatasetFile() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public InputStream open() {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }
}
