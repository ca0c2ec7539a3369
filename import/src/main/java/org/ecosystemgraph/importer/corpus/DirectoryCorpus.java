package org.ecosystemgraph.importer.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.model.SourceDocument;

/**
 * A corpus in a folder, laid out like the bundled one: the way users add their own documents. It reads only files in
 * its own {@code documents/} and {@code datasets/}: a document whose file lies elsewhere, through {@code ..}, an
 * absolute path or a link, is refused when the corpus is opened, before anything is imported.
 */
public final class DirectoryCorpus implements Corpus {

    private static final String DOCUMENTS = "documents";

    private final Path root;
    private final List<SourceDocument> documents;
    private final Map<String, Path> files;

    private DirectoryCorpus(Path root, List<SourceDocument> documents, Map<String, Path> files) {
        this.root = root;
        this.documents = List.copyOf(documents);
        this.files = Map.copyOf(files);
    }

    /** Opens the corpus folder that holds {@code documents.yaml}. */
    public static DirectoryCorpus open(Path root) {
        Path catalogue = root.resolve(Catalogue.FILE);
        if (!Files.isRegularFile(catalogue)) {
            throw new DatasetException(root.toString(), List.of("has no " + Catalogue.FILE + " listing its documents"));
        }
        List<SourceDocument> documents;
        try (InputStream in = Files.newInputStream(catalogue)) {
            documents = Catalogue.read(catalogue.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + catalogue + ": " + e.getMessage(), e);
        }
        Map<String, Path> files = new HashMap<>();
        List<String> outside = new ArrayList<>();
        Path folder = root.resolve(DOCUMENTS).toAbsolutePath().normalize();
        for (SourceDocument document : documents) {
            inside(folder, document.file())
                    .ifPresentOrElse(
                            file -> files.put(document.id(), file),
                            () -> outside.add("documents: "
                                    + document.id() + ": file " + document.file() + " lies outside " + folder
                                    + "; a corpus reads only the files in its own documents folder"));
        }
        if (!outside.isEmpty()) {
            throw new DatasetException(catalogue.toString(), outside);
        }
        return new DirectoryCorpus(root, documents, files);
    }

    /** The file of that name in the folder, unless it resolves elsewhere, by its name or, existing, by links. */
    private static Optional<Path> inside(Path folder, String name) {
        Path file;
        try {
            file = folder.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!file.startsWith(folder) || file.equals(folder)) {
            return Optional.empty();
        }
        if (Files.exists(file)) {
            try {
                if (!file.toRealPath().startsWith(folder.toRealPath())) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(file);
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
        Path file = files.get(document.id());
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
