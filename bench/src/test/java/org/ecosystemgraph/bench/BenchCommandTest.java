package org.ecosystemgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code ./kg bench} end to end, small: the bundled corpus, then a synthetic graph of about a thousand organizations,
 * a few requests each. It checks that every part of the report is there with figures in it, not what the figures are.
 */
class BenchCommandTest {

    @Test
    void measures_every_root_field_on_the_bundled_corpus_and_a_synthetic_graph(@TempDir Path work) throws Exception {
        Path report = work.resolve("BENCHMARKS.md");
        var out = new StringWriter();
        int exitCode = new CommandLine(new BenchCommand())
                .setOut(new PrintWriter(out))
                .execute(
                        "--requests",
                        "3",
                        "--warmup",
                        "1",
                        "--orgs",
                        "1000",
                        "--load",
                        "3s",
                        "--write",
                        report.toString());

        assertThat(exitCode).as(out.toString()).isZero();
        String markdown = Files.readString(report);
        assertThat(markdown).containsPattern("embedded Neo4j 5\\.26, page cache \\w+, transaction memory \\d+m\\.");
        // Each load tells the console of every document it writes; the report keeps to the figures.
        assertThat(out.toString()).contains("  bare driver loop: [1/", "  importer: [1/");
        assertThat(markdown).doesNotContain("importer: [1/");
        assertThat(markdown)
                .contains(
                        "## GraphQL root fields on the bundled corpus",
                        "The floor, `{ __typename }`",
                        "## A synthetic graph of",
                        "| importer |",
                        "| bare driver UNWIND/MERGE |",
                        "### Concurrent load",
                        "## Against the targets");
        // Every root field has a row of figures on both graphs, with the same field's bare Cypher beside it.
        for (String field : BenchCommand.ROOT_FIELDS.keySet()) {
            var row = Pattern.compile("(?m)^\\| " + field + " \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\| [0-9.]+ \\|");
            assertThat(row.matcher(markdown).results().count()).as(field).isEqualTo(2);
        }
        assertThat(markdown).containsPattern("\\| connections, [234] hops \\(\\d+ pairs\\) \\| [0-9.]+");
        assertThat(markdown).containsPattern("\\d[\\d,]* requests, \\*\\*\\d+/s\\*\\* \\(target ≥ 500/s\\), 0 errors");
        // ./kg extract on a 20-page PDF, where the font to write one is installed.
        assertThat(markdown)
                .containsPattern(
                        "## Extraction\\n\\n(A 20-page PDF \\(800 lines .* organizations found\\): [0-9.]+, [0-9.]+, [0-9.]+ s|Skipped: )");
    }

    @Test
    void takes_short_durations_and_refuses_others() {
        var duration = new BenchCommand.ShortDuration();
        assertThat(duration.convert("90s")).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(duration.convert("5m")).isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(duration.convert("PT2H")).isEqualTo(java.time.Duration.ofHours(2));
        var err = new StringWriter();
        int exitCode =
                new CommandLine(new BenchCommand()).setErr(new PrintWriter(err)).execute("--soak", "soon");
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration such as 90s, 5m or 1h");
    }
}
