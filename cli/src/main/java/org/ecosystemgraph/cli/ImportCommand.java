package org.ecosystemgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.corpus.Corpus;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.ecosystemgraph.importer.corpus.DirectoryCorpus;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates datasets and loads them into the graph: all of them or nothing, each document in one transaction. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Validate reviewed datasets and load them into the graph.",
            "PATH is 'bundled' (the corpus that ships with the tool), a corpus folder holding documents.yaml,",
            "documents/ and datasets/, or one dataset file in such a folder's datasets/.",
            "A dataset with a problem loads nothing; the message names the file, the record and the field."
        })
class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "bundled | corpus folder | datasets/<document-id>.yaml")
    String path;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Corpus corpus;
        Predicate<SourceDocument> chosen = document -> true;
        try {
            if (path.equals("bundled")) {
                corpus = BundledCorpus.load();
            } else {
                Path target = Path.of(path);
                if (Files.isDirectory(target)) {
                    corpus = DirectoryCorpus.open(target);
                } else if (Files.isRegularFile(target) && target.getParent() != null) {
                    corpus = DirectoryCorpus.open(
                            target.toAbsolutePath().getParent().getParent());
                    String id = target.getFileName().toString().replaceFirst("\\.ya?ml$", "");
                    if (corpus.documents().stream().noneMatch(d -> d.id().equals(id))) {
                        throw new CommandException(target + ": no document '" + id + "' in " + corpus.location()
                                + "/documents.yaml (a dataset file is named after its document's id)");
                    }
                    chosen = document -> document.id().equals(id);
                } else {
                    throw new CommandException(path + ": no such file or folder");
                }
            }
        } catch (DatasetException e) {
            throw new CommandException("Nothing was imported. " + e.getMessage());
        }
        try (var graph = GraphConnection.open(database, GraphConnection.Access.WRITE)) {
            out.println("Importing " + corpus.location() + " into " + database.where() + " ...");
            out.flush();
            var report = new CorpusImporter(graph.driver()).load(corpus, chosen, line -> {
                out.println(line);
                out.flush();
            });
            if (!report.resolutions().isEmpty()) {
                out.println("Names resolved to one organization:");
                report.resolutions()
                        .forEach(decision -> out.println("  " + decision.spelling() + " -> " + decision.organization()
                                + " (" + decision.reason() + ")"));
            }
            out.println("The graph now holds:");
            out.println("  nodes          " + format(report.nodesInGraph()));
            out.println("  relationships  " + format(report.relationshipsInGraph()));
            return 0;
        } catch (DatasetException e) {
            throw new CommandException("Nothing was imported. " + e.getMessage());
        }
    }

    private static String format(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue())
                .reduce((a, b) -> a + ", " + b)
                .orElse("none");
    }
}
