package org.ecosystemgraph.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecosystemgraph.cli.GraphConnection.Access;
import org.ecosystemgraph.cli.research.export.ExportedGraph;
import org.ecosystemgraph.cli.research.export.GraphFormats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the graph, or the part of it around some organizations, for Gephi, NetworkX, R or another Neo4j. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export the graph (all nodes but the documents, every relationship but provenance links) with sector,",
            "kind and source attributes. Filters keep the organizations of a sector, kind or consortium and the",
            "nodes tied to them. csv writes nodes.csv and edges.csv into --out (a folder)."
        })
class ExportCommand implements Callable<Integer> {

    enum Format {
        graphml,
        gexf,
        csv,
        cypher
    }

    @Option(names = "--format", required = true, description = "graphml, gexf, csv or cypher")
    Format format;

    @Option(names = "--out", description = "file to write (a folder for csv); standard output if not given")
    Path out;

    @Option(names = "--sector", description = "keep organizations of this sector (ACADEMIA, FINANCE, ...)")
    String sector;

    @Option(names = "--kind", description = "keep organizations of this kind (UNIVERSITY, VENTURE_CAPITAL, ...)")
    String kind;

    @Option(names = "--consortium", description = "keep this consortium and its members (any of its names)")
    String consortium;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (format == Format.csv && out == null) {
            throw new CommandException("csv writes two files: give a folder with --out");
        }
        try (var graph = GraphConnection.open(database, Access.READ)) {
            String consortiumId = null;
            if (consortium != null) {
                consortiumId = ExportedGraph.organizationId(graph.driver(), consortium)
                        .orElseThrow(() -> new CommandException("No consortium is known as '" + consortium + "'"));
            }
            var exported = ExportedGraph.read(graph.driver(), new ExportedGraph.Filter(sector, kind, consortiumId))
                    .graph();
            switch (format) {
                case graphml -> write(w -> GraphFormats.graphml(exported, w));
                case gexf -> write(w -> GraphFormats.gexf(exported, w));
                case cypher -> write(w -> GraphFormats.cypher(exported, w));
                case csv -> {
                    Files.createDirectories(out);
                    try (Writer nodes = Files.newBufferedWriter(out.resolve("nodes.csv"), StandardCharsets.UTF_8);
                            Writer edges = Files.newBufferedWriter(out.resolve("edges.csv"), StandardCharsets.UTF_8)) {
                        GraphFormats.csv(exported, nodes, edges);
                    }
                }
            }
            err.printf(
                    "Exported %d nodes and %d relationships as %s%s%n",
                    exported.vertexSet().size(), exported.edgeSet().size(), format, out == null ? "" : " to " + out);
            err.flush();
        }
        return 0;
    }

    private interface Export {
        void to(Writer writer) throws IOException;
    }

    private void write(Export export) throws IOException {
        if (out == null) {
            Writer stdout = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            export.to(stdout);
            stdout.flush();
        } else {
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                export.to(writer);
            }
        }
    }
}
