package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;
import org.ecosystemgraph.database.GraphSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/** How {@code ./kg} treats what a user types wrong, and the store it is pointed at, before any work is done. */
class CommandLineTest {

    @TempDir
    Path work;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        return Kg.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void an_unknown_option_is_named_with_the_option_meant_and_nothing_is_written() {
        Path file = work.resolve("x.graphml");
        int exitCode = kg("export", "--format", "graphml", "--output", file.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--output'", "Possible solutions: --out");
        assertThat(out.toString()).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void serve_takes_application_settings_but_not_a_misspelt_option() {
        int exitCode = kg("serve", "--prot", "8081");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown options: '--prot'", "--port=<port>");
    }

    @Test
    void the_version_is_the_builds() {
        assertThat(kg("--version")).isZero();
        assertThat(out.toString().strip()).matches("ecosystem-graph \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void a_query_on_a_store_that_does_not_exist_creates_none() {
        Path dataDir = work.resolve("nowhere");
        int exitCode = kg("cypher", "MATCH (o:Organization) RETURN count(o)", "--data-dir", dataDir.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).contains("There is no graph in " + dataDir, "./kg import bundled");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void a_query_on_an_empty_graph_is_answered_with_a_warning() {
        Path dataDir = work.resolve("empty");
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
                var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
            GraphSchema.applyTo(driver);
        }
        int exitCode = kg("cypher", "MATCH (o:Organization) RETURN count(o) AS n", "--data-dir", dataDir.toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString()).contains("n", "0", "(1 row)");
        assertThat(err.toString()).contains("Warning: the store in " + dataDir + " holds no document");
    }

    @Test
    void a_port_another_program_holds_is_named_with_what_to_do() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThat(kg(
                            "serve",
                            "--data-dir",
                            work.resolve("bolt-taken").toString(),
                            "--port",
                            "0",
                            "--bolt-port",
                            Integer.toString(port)))
                    .isEqualTo(1);
            assertThat(err.toString())
                    .contains("The Bolt port " + port + " is in use by another program: give --bolt-port")
                    .doesNotContain("Exception", "org.springframework");
            err.getBuffer().setLength(0);
            assertThat(kg(
                            "serve",
                            "--data-dir",
                            work.resolve("http-taken").toString(),
                            "--port",
                            Integer.toString(port),
                            "--bolt-port",
                            "0",
                            "--kg.corpus.import-on-start=false"))
                    .isEqualTo(1);
            assertThat(err.toString())
                    .contains("The HTTP port " + port + " is in use by another program: give --port")
                    .doesNotContain("Exception", "org.springframework");
        }
    }

    @Test
    void a_store_held_by_a_running_server_is_refused_with_where_to_reach_it() throws Exception {
        Path dataDir = work.resolve("held");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(
                        java,
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StoreHolder.class.getName(),
                        dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (var lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.startsWith("holding "));
            assertThat(line).as("the holder's output").isNotNull();
            String bolt = line.substring("holding ".length());

            int exitCode = kg("cypher", "RETURN 1", "--data-dir", dataDir.toString());

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .contains(
                            "The store in " + dataDir.toAbsolutePath() + " is in use by a running server (process "
                                    + holder.pid(),
                            "--uri " + bolt);

            // There, the query runs with the login kept beside the store; a store elsewhere has none to give.
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(kg("cypher", "RETURN 40 + 2 AS answer", "--uri", bolt, "--data-dir", dataDir.toString()))
                    .as(err.toString())
                    .isZero();
            assertThat(out.toString()).contains("42");
            err.getBuffer().setLength(0);
            Path elsewhere = work.resolve("elsewhere");
            assertThat(kg("cypher", "RETURN 1", "--uri", bolt, "--data-dir", elsewhere.toString()))
                    .isEqualTo(1);
            assertThat(err.toString()).contains("refused the login", "NEO4J_PASSWORD");

            // Serving it a second time says who serves it, and where.
            err.getBuffer().setLength(0);
            assertThat(kg("serve", "--data-dir", dataDir.toString(), "--port", "0", "--bolt-port", "0"))
                    .isEqualTo(1);
            assertThat(err.toString())
                    .contains("is in use by another ./kg serve (process " + holder.pid() + "), serving it at " + bolt)
                    .doesNotContain("Exception", "org.springframework");
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(Files.exists(dataDir.resolve("in-use.properties"))).isFalse();
    }
}
