package org.ecosystemgraph.api.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.importer.corpus.CorpusFolder;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.ecosystemgraph.importer.corpus.DirectoryCorpus;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.ecosystemgraph.importer.extract.Extraction;
import org.ecosystemgraph.importer.extract.Gazetteer;
import org.ecosystemgraph.importer.extract.JapaneseDates;
import org.ecosystemgraph.importer.read.DocumentReader;
import org.ecosystemgraph.model.SourceDocument;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * The documents under review, kept as a corpus folder of their own: each one's text, its candidate (then reviewed)
 * dataset and its catalogue entry, as {@code ./kg extract --corpus} writes them, so that the folder can also be
 * reviewed by hand and loaded with {@code ./kg import}. Names resolve against the organizations of the graph.
 */
@Service
@ConditionalOnProperty(name = "kg.review.enabled", matchIfMissing = true)
class Drafts {

    /** No document under review has that id. */
    static final class NoSuchDraft extends RuntimeException {
        NoSuchDraft(String id) {
            super("No document under review is called '" + id + "'");
        }
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String REVIEWED = "# Reviewed on the review page: ./kg import loads it as it stands.\n";

    private final Driver driver;
    private final CorpusFolder folder;
    private final SupportFunctionTaxonomy taxonomy = SupportFunctionTaxonomy.bundled();
    private final DocumentReader reader = new DocumentReader();

    Drafts(Driver driver, ReviewProperties properties, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        Path root = properties.folder() != null
                ? properties.folder()
                : embedded.getIfAvailable() != null
                        ? embedded.getIfAvailable()
                                .dataDir()
                                .toAbsolutePath()
                                .getParent()
                                .resolve("review")
                        : Path.of("data", "review");
        this.folder = new CorpusFolder(root);
    }

    /** Reads and extracts an uploaded document into the review folder; nothing is written to the graph. */
    synchronized Draft add(String fileName, byte[] bytes, String requestedId) {
        String id = requestedId == null || requestedId.isBlank() ? CorpusFolder.idOf(fileName) : requestedId.strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be lower-case words joined by hyphens");
        }
        var read = reader.read(fileName, bytes);
        String published = JapaneseDates.publishedIn(read.text());
        var result = new Extraction(taxonomy, Gazetteer.of(driver)).extract(id, read.text(), published);
        var document = new SourceDocument(
                id, id + ".txt", read.title() == null ? fileName : read.title(), result.publisher(), published, null);
        folder.add(document, read.text(), Extraction.toYaml(result.dataset()));
        write(resolutionsFile(id), String.join("\n", result.resolutions()));
        return draft(id);
    }

    /** The documents under review: id, title and whether a reviewed dataset was saved. */
    List<Map<String, Object>> list() {
        List<Map<String, Object>> listed = new ArrayList<>();
        for (SourceDocument document : folder.documents()) {
            listed.add(Map.of("id", document.id(), "title", document.title(), "saved", isSaved(document.id())));
        }
        return listed;
    }

    Draft draft(String id) {
        var document = folder.documents().stream()
                .filter(listed -> listed.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NoSuchDraft(id));
        List<String> lines = read(folder.root().resolve("documents").resolve(document.file()))
                .lines()
                .toList();
        Dataset dataset = datasetOf(id);
        var gazetteer = Gazetteer.of(driver);
        Map<String, List<Draft.Suggestion>> suggestions = new LinkedHashMap<>();
        for (var organization : dataset.organizations()) {
            if (organization.name() == null || gazetteer.knows(organization.name())) {
                continue;
            }
            var near = gazetteer.near(organization.name()).stream()
                    .map(n -> new Draft.Suggestion(
                            n.known().id(),
                            n.known().name(),
                            String.valueOf(n.known().sector()),
                            n.known().kinds().stream().map(Enum::name).toList(),
                            n.reason()))
                    .toList();
            if (!near.isEmpty()) {
                suggestions.put(organization.name(), near);
            }
        }
        Path resolutions = resolutionsFile(id);
        return new Draft(
                id,
                document.title(),
                lines,
                dataset,
                Files.exists(resolutions) ? read(resolutions).lines().toList() : List.of(),
                suggestions,
                isSaved(id));
    }

    /** Saves the reviewed dataset, once it reads as a dataset file does; the import checks the rest. */
    synchronized Draft save(String id, Dataset reviewed) {
        draft(id);
        if (reviewed.document() != null && !reviewed.document().equals(id)) {
            throw new IllegalArgumentException(
                    "document: '" + reviewed.document() + "' but the dataset is saved for " + id);
        }
        String yaml = REVIEWED
                + Extraction.toYaml(withDocument(reviewed, id)).lines().skip(1).reduce("", (a, b) -> a + b + "\n");
        new DatasetReader().read(id + ".yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        write(folder.dataset(id), yaml);
        return draft(id);
    }

    /** Imports the document and its reviewed dataset; a dataset with problems loads nothing. */
    synchronized Map<String, Object> importDocument(String id) {
        draft(id);
        var report = new CorpusImporter(driver)
                .load(
                        DirectoryCorpus.open(folder.root()),
                        document -> document.id().equals(id),
                        line -> {});
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("documents", report.documents());
        summary.put(
                "resolutions",
                report.resolutions().stream()
                        .map(d -> d.spelling() + " -> " + d.organization() + " (" + d.reason() + ")")
                        .toList());
        summary.put("nodesInGraph", report.nodesInGraph());
        summary.put("relationshipsInGraph", report.relationshipsInGraph());
        return summary;
    }

    private Dataset datasetOf(String id) {
        try (InputStream in = Files.newInputStream(folder.dataset(id))) {
            return new DatasetReader().read(folder.dataset(id).toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dataset of " + id + ": " + e.getMessage(), e);
        }
    }

    private boolean isSaved(String id) {
        Path dataset = folder.dataset(id);
        return Files.exists(dataset) && read(dataset).startsWith(REVIEWED);
    }

    private Path resolutionsFile(String id) {
        return folder.root().resolve("resolutions").resolve(id + ".txt");
    }

    private static Dataset withDocument(Dataset d, String id) {
        return new Dataset(
                id,
                d.organizations(),
                d.memberships(),
                d.provides(),
                d.relations(),
                d.agreements(),
                d.programmes(),
                d.facilities(),
                d.plans(),
                d.fields(),
                d.places());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
