package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;
import org.ecosystemgraph.database.GraphDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code ./kg import} killed with SIGKILL at random points, then run again, ends in exactly the graph of a clean run:
 * the same node and relationship counts and the same content hash. Each run is a separate JVM, as a user's would be.
 */
class CrashSafetyTest {

    // Two trials: ServeLifecycleTest kills the same importer at three more points of ./kg serve's first start.
    private static final int TRIALS = 2;

    @TempDir
    Path work;

    @Test
    void an_import_killed_at_a_random_point_and_run_again_gives_the_clean_graph() throws Exception {
        Path cleanDir = work.resolve("clean");
        assertThat(runImport(cleanDir).waitFor()).isZero();
        GraphDump clean = dump(cleanDir);
        assertThat(clean.nodes()).isGreaterThan(800);

        // Points chosen anew each run, so that runs try different ones; a failure names the seed that repeats it.
        long seed = Long.getLong("kg.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> trials = new ArrayList<>();
        for (int trial = 1; trial <= TRIALS; trial++) {
            Path dataDir = work.resolve("trial-" + trial);
            // Kill once the import has written a random number of its six documents (none, while the first is
            // being written, up to four), a random moment later: in the middle of a document's transaction or
            // between two.
            int written = random.nextInt(0, 5);
            long later = random.nextLong(0, 400);
            Process killed = runImport(dataDir);
            while (killed.isAlive() && documentsWritten(dataDir) < written) {
                Thread.sleep(10);
            }
            Thread.sleep(later);
            boolean finishedFirst = !killed.isAlive();
            killed.destroyForcibly().waitFor();
            String what = (finishedFirst
                            ? "finished before the kill"
                            : "SIGKILL %d ms after document %d of 6 was written"
                                    .formatted(later, documentsWritten(dataDir)))
                    + " (seed " + seed + ")";
            assertThat(runImport(dataDir).waitFor())
                    .as("the import after the kill")
                    .isZero();
            GraphDump after = dump(dataDir);
            trials.add(what);
            assertThat(after.nodes()).as(what).isEqualTo(clean.nodes());
            assertThat(after.relationships()).as(what).isEqualTo(clean.relationships());
            assertThat(after.sha256()).as(what).isEqualTo(clean.sha256());
        }
        System.out.println("crash safety: " + String.join("; ", trials));
    }

    /** {@code kg import bundled} in a JVM of its own, its output kept beside the data directory. */
    private static Process runImport(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Kg.class.getName(),
                        "import",
                        "bundled",
                        "--data-dir=" + dataDir.resolve("neo4j"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("import.log").toFile()))
                .start();
    }

    /** How many documents the import has reported written so far. */
    private static int documentsWritten(Path dataDir) throws IOException {
        Path log = dataDir.resolve("import.log");
        if (!Files.exists(log)) {
            return 0;
        }
        // Read as bytes: the last line may be cut in the middle of a character while the import writes it.
        return (int) new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.strip().matches("\\[\\d+/\\d+\\] .*"))
                .count();
    }

    private static GraphDump dump(Path dataDir) {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir.resolve("neo4j")));
                var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
            return GraphDump.of(driver);
        }
    }
}
