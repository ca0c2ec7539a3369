package org.ecosystemgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecosystemgraph.bench.synthetic.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A synthetic nationwide corpus for measuring, in the importer's own format. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write a synthetic nationwide ecosystem (47 prefectures, consortia of heavy-tailed size, support"
                    + " functions, spin-offs, investors, national hubs) as a corpus folder that ./kg import reads.",
            "The same --orgs and --seed give the same corpus."
        })
public class GenerateCommand implements Callable<Integer> {

    @Option(names = "--orgs", required = true, description = "about how many organizations")
    int organizations;

    @Option(names = "--seed", description = "random seed (default: 1)")
    long seed = 1;

    @Option(names = "--out", description = "the folder to write, new or empty (default: data/synthetic-ORGS-SEED)")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Path folder = out != null ? out : Path.of("data", "synthetic-" + organizations + "-" + seed);
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new ParameterException(
                            spec.commandLine(), folder + " is not empty; give another --out or remove it");
                }
            }
        }
        stdout.printf("Generating about %,d organizations (seed %d) into %s ...%n", organizations, seed, folder);
        stdout.flush();
        long started = System.nanoTime();
        SyntheticCorpus.Summary summary;
        try {
            summary = SyntheticCorpus.write(folder, organizations, seed, line -> {
                stdout.println(line);
                stdout.flush();
            });
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        stdout.printf(
                "Wrote %d documents: %,d organizations, %,d memberships, %,d support functions, %,d relations,"
                        + " %,d agreements (%,d lines, %.1f MB) in %.1f s.%nLoad it with: ./kg import %s%n",
                summary.documents(),
                summary.organizations(),
                summary.memberships(),
                summary.provides(),
                summary.relations(),
                summary.agreements(),
                summary.lines(),
                summary.bytes() / 1e6,
                (System.nanoTime() - started) / 1e9,
                folder);
        return 0;
    }
}
