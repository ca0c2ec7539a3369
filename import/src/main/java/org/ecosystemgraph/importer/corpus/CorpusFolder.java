package org.ecosystemgraph.importer.corpus;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.ecosystemgraph.model.SourceDocument;

/**
 * A corpus folder that new documents are added to: each one's extracted text under {@code documents/}, its candidate
 * dataset under {@code datasets/} and its entry in {@code documents.yaml}, so that {@code ./kg import} reads it once
 * people have reviewed the dataset. Entries are appended, so comments in the catalogue stay.
 */
public final class CorpusFolder {

    private final Path root;

    public CorpusFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The documents the folder lists already (none when it is new). */
    public List<SourceDocument> documents() {
        Path catalogue = root.resolve(Catalogue.FILE);
        if (!Files.isRegularFile(catalogue)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(catalogue)) {
            return Catalogue.read(catalogue.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + catalogue + ": " + e.getMessage(), e);
        }
    }

    /**
     * Adds a document: its text as {@code documents/<id>.txt} and its dataset as {@code datasets/<id>.yaml}, both
     * replaced if the document was added before, and its entry in the catalogue unless it has one.
     */
    public void add(SourceDocument document, String text, String datasetYaml) {
        try {
            Files.createDirectories(root.resolve("documents"));
            Files.createDirectories(root.resolve("datasets"));
            Files.writeString(root.resolve("documents").resolve(document.file()), text, StandardCharsets.UTF_8);
            Files.writeString(
                    root.resolve("datasets").resolve(document.id() + ".yaml"), datasetYaml, StandardCharsets.UTF_8);
            Path catalogue = root.resolve(Catalogue.FILE);
            if (!Files.exists(catalogue)) {
                Files.writeString(
                        catalogue,
                        "# Documents added by ./kg extract: review each dataset before ./kg import.\ndocuments:\n"
                                + entry(document),
                        StandardCharsets.UTF_8);
            } else if (documents().stream().noneMatch(listed -> listed.id().equals(document.id()))) {
                Files.writeString(catalogue, entry(document), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + root + ": " + e.getMessage(), e);
        }
    }

    /** The id a file's name gives: press-release.pdf is press-release; a name in Japanese gives document-<hash>. */
    public static String idOf(String fileName) {
        String base = Path.of(fileName)
                .getFileName()
                .toString()
                .replaceFirst("\\.[^.]+$", "")
                .toLowerCase(Locale.ROOT);
        String slug = base.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "document-" + Integer.toHexString(base.hashCode() & 0xfffffff) : slug;
    }

    /** The dataset file of a document in this folder. */
    public Path dataset(String id) {
        return root.resolve("datasets").resolve(id + ".yaml");
    }

    private static String entry(SourceDocument document) throws JsonProcessingException {
        var yaml = new ObjectMapper(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        return yaml.writeValueAsString(List.of(document)).indent(2);
    }
}
