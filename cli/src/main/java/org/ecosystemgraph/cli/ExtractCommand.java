package org.ecosystemgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.ecosystemgraph.importer.extract.Extraction;
import org.ecosystemgraph.importer.extract.Recall;
import org.ecosystemgraph.model.SourceDocument;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Stage one of the import: candidate facts from a document's text, and how many reviewed facts they recall. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Run the extractors over a document and write its candidate facts as a dataset to review.",
            "DOCUMENT is the id of a bundled document, or a text file (UTF-8) of a new one.",
            "For a bundled document, the recall of the extractors against its reviewed dataset is reported;",
            "with --report, for every bundled document, and nothing else is written."
        })
class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOCUMENT", arity = "0..1", description = "bundled document id or text file")
    String document;

    @Option(names = "--out", description = "write the candidates to this file instead of standard output")
    Path out;

    @Option(names = "--report", description = "print the recall of the extractors on every bundled document")
    boolean report;

    @Option(names = "--missed", description = "with the recall, list the reviewed facts the extractors missed")
    boolean missed;

    @Spec
    CommandSpec spec;

    private final SupportFunctionTaxonomy taxonomy = SupportFunctionTaxonomy.bundled();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        var corpus = BundledCorpus.load();
        if (report) {
            stdout.println("Recall of the extractors on the bundled corpus (reviewed facts found unaided):");
            int reviewed = 0;
            int found = 0;
            for (SourceDocument source : corpus.documents()) {
                var recall = recall(corpus, source);
                if (recall != null) {
                    print(stdout, source.id(), recall);
                    reviewed += recall.reviewed();
                    found += recall.found();
                }
            }
            stdout.printf("  %-36s %4d / %4d  %5.1f%%%n", "all documents", found, reviewed, 100.0 * found / reviewed);
            stdout.flush();
            return 0;
        }
        if (document == null) {
            throw new CommandException("Name a document (a bundled id or a text file), or use --report");
        }
        var bundled =
                corpus.documents().stream().filter(d -> d.id().equals(document)).findFirst();
        String id;
        String text;
        if (bundled.isPresent()) {
            id = bundled.get().id();
            text = corpus.text(bundled.get());
        } else if (Files.isRegularFile(Path.of(document))) {
            id = Path.of(document).getFileName().toString().replaceFirst("\\.[^.]+$", "");
            text = Files.readString(Path.of(document), StandardCharsets.UTF_8);
        } else {
            throw new CommandException(document + ": not a bundled document id ("
                    + String.join(
                            ", ",
                            corpus.documents().stream().map(SourceDocument::id).toList())
                    + ") nor a text file");
        }
        String yaml = Extraction.toYaml(new Extraction(taxonomy).extract(id, text));
        if (out == null) {
            stdout.print(yaml);
            stdout.flush();
        } else {
            Files.writeString(out, yaml, StandardCharsets.UTF_8);
            stderr.println("Candidates written to " + out);
        }
        if (bundled.isPresent()) {
            var recall = recall(corpus, bundled.get());
            if (recall != null) {
                print(stderr, id, recall);
            }
        }
        stderr.flush();
        return 0;
    }

    private Recall recall(BundledCorpus corpus, SourceDocument source) {
        var reviewedFile = corpus.dataset(source);
        if (reviewedFile.isEmpty()) {
            return null;
        }
        try (InputStream in = reviewedFile.get().open()) {
            var reviewed = new DatasetReader().read(reviewedFile.get().name(), in);
            var extracted = new Extraction(taxonomy).extract(source.id(), corpus.text(source));
            return Recall.of(reviewed, extracted, taxonomy);
        } catch (IOException e) {
            throw new CommandException("Cannot read " + reviewedFile.get().name() + ": " + e.getMessage());
        }
    }

    private void print(PrintWriter out, String id, Recall recall) {
        out.printf("  %-36s %4d / %4d  %5.1f%%%n", id, recall.found(), recall.reviewed(), 100 * recall.recall());
        recall.kinds().forEach((kind, counts) -> {
            out.printf(
                    "      %-32s %4d / %4d  %5.1f%%%n", kind, counts.found(), counts.reviewed(), 100 * counts.recall());
            if (missed) {
                List<String> facts = counts.missed();
                facts.forEach(fact -> out.println("        missed: " + fact));
            }
        });
    }
}
