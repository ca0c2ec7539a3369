package org.ecosystemgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.corpus.Corpus;
import org.ecosystemgraph.importer.corpus.CorpusFolder;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.extract.Extraction;
import org.ecosystemgraph.importer.extract.ExtractionReport;
import org.ecosystemgraph.importer.extract.Gazetteer;
import org.ecosystemgraph.importer.extract.JapaneseDates;
import org.ecosystemgraph.importer.extract.Score;
import org.ecosystemgraph.importer.read.DocumentReader;
import org.ecosystemgraph.importer.read.ReadDocument;
import org.ecosystemgraph.importer.read.UnreadableDocument;
import org.ecosystemgraph.model.SourceDocument;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Stage one of the import: candidate facts from new documents, and how well the extractors do on reviewed ones. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read documents (PDF, web page or text) and write their candidate facts as datasets to review.",
            "DOCUMENT is a file, a folder of them, or the id of a bundled document.",
            "With --corpus, each document's text, dataset and catalogue entry go into that corpus folder,",
            "which ./kg import reads after review; with one document and no --corpus, the dataset is printed",
            "(or written to --out). Names the bundled datasets, the corpus or (with --graph) the graph know",
            "resolve to the organizations they name.",
            "--report prints recall and precision on the bundled documents and on the corpus folders given."
        })
class ExtractCommand implements Callable<Integer> {

    private static final List<String> READABLE = List.of(".pdf", ".html", ".htm", ".xhtml", ".txt", ".text");

    @Parameters(paramLabel = "DOCUMENT", arity = "0..*", description = "files, folders or bundled document ids")
    List<String> documents = new ArrayList<>();

    @Option(names = "--out", description = "write the candidates of the one document to this file")
    Path out;

    @Option(names = "--corpus", paramLabel = "DIR", description = "add each document to this corpus folder")
    Path corpus;

    @Option(names = "--id", description = "the document id (lower-case words joined by hyphens), for one document")
    String id;

    @Option(names = "--publisher", description = "who published the document (default: the first body it names)")
    String publisher;

    @Option(names = "--published", description = "its date, YYYY[-MM[-DD]] (default: the first date in it)")
    String published;

    @Option(
            names = "--graph",
            description = "also resolve names to the organizations of the graph: the embedded store, or --uri")
    boolean graph;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--report", description = "score the extractors on the bundled documents and DOCUMENT folders")
    boolean report;

    @Option(names = "--missed", description = "with --report, list the facts missed and the ones found wrongly")
    boolean missed;

    @Spec
    CommandSpec spec;

    private final SupportFunctionTaxonomy taxonomy = SupportFunctionTaxonomy.bundled();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        var bundled = BundledCorpus.load();
        if (report) {
            report(stdout, bundled);
            return 0;
        }
        if (documents.isEmpty()) {
            throw new CommandException("Name a document (a file, a folder or a bundled id), or use --report");
        }
        List<Path> files = new ArrayList<>();
        for (String document : documents) {
            var inBundle = bundled.documents().stream()
                    .filter(d -> d.id().equals(document))
                    .findFirst();
            if (inBundle.isPresent() && !Files.exists(Path.of(document))) {
                extractBundled(bundled, inBundle.get(), stdout, stderr);
                return 0;
            }
            files.addAll(filesOf(document));
        }
        if (files.size() > 1 && (out != null || id != null)) {
            throw new CommandException(files.size() + " documents given: --out and --id are for one document;"
                    + " use --corpus DIR to add several");
        }
        if (files.size() > 1 && corpus == null) {
            throw new CommandException(
                    files.size() + " documents given: add them to a corpus folder with --corpus DIR");
        }
        var known = Gazetteer.of(ExtractionReport.reviewed(bundled).values());
        if (graph || database.external()) {
            try (var connection = GraphConnection.open(database, GraphConnection.Access.READ)) {
                var inGraph = Gazetteer.of(connection.driver());
                stderr.println("Knowing the " + inGraph.size() + " organizations of " + database.where());
                known = inGraph.with(known);
            }
        }
        var folder = corpus == null ? null : new CorpusFolder(corpus);
        if (folder != null && Files.isRegularFile(corpus.resolve("documents.yaml"))) {
            known = Gazetteer.of(ExtractionReport.reviewed(Corpus.at(corpus.toString()))
                            .values())
                    .with(known);
        }
        var extraction = new Extraction(taxonomy, known);
        var reader = new DocumentReader();
        int done = 0;
        List<String> failed = new ArrayList<>();
        for (Path file : files) {
            done++;
            long started = System.nanoTime();
            ReadDocument read;
            try {
                read = reader.read(file);
            } catch (UnreadableDocument e) {
                stderr.printf("[%d/%d] %s%n", done, files.size(), e.getMessage());
                stderr.flush();
                failed.add(file.toString());
                continue;
            }
            String documentId = id != null ? id : CorpusFolder.idOf(file.toString());
            String date = published != null ? published : JapaneseDates.publishedIn(read.text());
            var result = extraction.extract(documentId, read.text(), date);
            Dataset dataset = result.dataset();
            String yaml = Extraction.toYaml(dataset);
            stderr.printf(
                    "[%d/%d] %s (%s): %d lines, %d organizations, %d relations, %d clauses, %d KPIs (%.1f s)%n",
                    done,
                    files.size(),
                    file,
                    read.format().name(),
                    read.text().lines().count(),
                    dataset.organizations().size(),
                    dataset.memberships().size()
                            + dataset.provides().size()
                            + dataset.relations().size()
                            + dataset.agreements().stream()
                                    .mapToInt(a -> a.parties().size())
                                    .sum(),
                    dataset.agreements().stream()
                            .mapToInt(a -> a.clauses().size())
                            .sum(),
                    dataset.plans().stream().mapToInt(p -> p.kpis().size()).sum(),
                    (System.nanoTime() - started) / 1e9);
            result.resolutions().forEach(line -> stderr.println("      " + line));
            stderr.flush();
            if (folder != null) {
                var source = new SourceDocument(
                        documentId,
                        documentId + ".txt",
                        Optional.ofNullable(read.title()).orElse(documentId),
                        publisher != null ? publisher : result.publisher(),
                        date,
                        null);
                folder.add(source, read.text(), yaml);
            } else if (out != null) {
                Files.writeString(out, yaml, StandardCharsets.UTF_8);
                stderr.println("Candidates written to " + out);
            } else {
                stdout.print(yaml);
                stdout.flush();
            }
        }
        if (folder != null && done > failed.size()) {
            stderr.println("Added to " + corpus + ": review datasets/*.yaml, then ./kg import " + corpus);
        }
        stderr.flush();
        if (!failed.isEmpty()) {
            throw new CommandException(failed.size() + " of " + files.size() + " documents could not be read: "
                    + String.join(", ", failed));
        }
        return 0;
    }

    private void extractBundled(BundledCorpus bundled, SourceDocument source, PrintWriter stdout, PrintWriter stderr)
            throws IOException {
        var others = new LinkedHashMap<>(ExtractionReport.reviewed(bundled));
        others.remove(source.id());
        var result = new Extraction(taxonomy, Gazetteer.of(others.values()))
                .extract(source.id(), bundled.text(source), source.published());
        String yaml = Extraction.toYaml(result.dataset());
        if (out == null) {
            stdout.print(yaml);
            stdout.flush();
        } else {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
            stderr.println("Candidates written to " + out);
        }
        var scores = new ExtractionReport(taxonomy).score(bundled, Gazetteer.empty());
        print(stderr, source.id(), scores.get(source.id()));
        stderr.flush();
    }

    private void report(PrintWriter stdout, BundledCorpus bundled) {
        var known = Gazetteer.of(ExtractionReport.reviewed(bundled).values());
        Map<String, Map<String, Score>> sets = new LinkedHashMap<>();
        sets.put("bundled corpus", new ExtractionReport(taxonomy).score(bundled, Gazetteer.empty()));
        for (String folder : documents) {
            sets.put(folder, new ExtractionReport(taxonomy).score(Corpus.at(folder), known));
        }
        stdout.println("Extractors against reviewed datasets: recall (expected facts found) and precision"
                + " (found facts expected); each document read as new, knowing the others' organizations.");
        sets.forEach((name, scores) -> {
            stdout.printf("%n%s%n", name);
            scores.forEach((document, score) -> print(stdout, document, score));
            print(stdout, "all documents", Score.sum(scores));
        });
        stdout.flush();
    }

    private void print(PrintWriter out, String document, Score score) {
        out.printf("  %-40s %16s %16s%n", document, "recall", "precision");
        score.kinds().forEach((kind, counts) -> line(out, kind, counts));
        line(out, "relations (parties … clauses)", score.relations());
        if (missed) {
            score.kinds().forEach((kind, counts) -> {
                counts.missed().forEach(fact -> out.println("        missed " + kind + ": " + fact));
                counts.wrong().forEach(fact -> out.println("        wrong  " + kind + ": " + fact));
            });
        }
    }

    private static void line(PrintWriter out, String kind, Score.Kind counts) {
        if (counts.expected().isEmpty() && counts.found().isEmpty()) {
            return;
        }
        out.printf(
                "    %-38s %4d/%-4d %5.1f%% %4d/%-4d %5.1f%%%n",
                kind,
                counts.hits().size(),
                counts.expected().size(),
                100 * counts.recall(),
                counts.hits().size(),
                counts.found().size(),
                100 * counts.precision());
    }

    /** A file, or the readable files of a folder (PDF, web pages, text), in name order. */
    private static List<Path> filesOf(String document) throws IOException {
        Path path = Path.of(document);
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new CommandException(document + ": no such file or folder, nor a bundled document id ("
                    + String.join(
                            ", ",
                            BundledCorpus.load().documents().stream()
                                    .map(SourceDocument::id)
                                    .toList())
                    + ")");
        }
        try (Stream<Path> listed = Files.list(path)) {
            List<Path> files = listed.filter(Files::isRegularFile)
                    .filter(file -> READABLE.stream()
                            .anyMatch(ending -> file.getFileName()
                                    .toString()
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(ending)))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new CommandException(document + ": the folder holds no PDF, web page or text file");
            }
            return files;
        }
    }
}
