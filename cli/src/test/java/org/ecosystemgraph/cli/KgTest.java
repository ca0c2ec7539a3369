package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class KgTest {

    @Test
    void help_lists_every_command() {
        var out = new StringWriter();
        int exitCode = new CommandLine(new Kg()).setOut(new PrintWriter(out)).execute("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("Usage: kg", "serve", "Start the graph and serve it");
    }

    @Test
    void serve_help_names_its_options() {
        var out = new StringWriter();
        new CommandLine(new Kg()).setOut(new PrintWriter(out)).execute("serve", "--help");

        assertThat(out.toString()).contains("--port", "--bolt-port", "--data-dir", "NEO4J_URI");
    }

    @Test
    void an_unknown_command_fails_with_a_usage_message() {
        var err = new StringWriter();
        int exitCode = new CommandLine(new Kg()).setErr(new PrintWriter(err)).execute("serf");

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("serf");
    }

    @Test
    void generate_refuses_a_folder_that_is_not_empty(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Files.writeString(folder.resolve("keep.txt"), "mine");
        var err = new StringWriter();
        int exitCode = Kg.commandLine()
                .setErr(new PrintWriter(err))
                .execute("generate", "--orgs", "1000", "--out", folder.toString());
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("is not empty");
        assertThat(java.nio.file.Files.readString(folder.resolve("keep.txt"))).isEqualTo("mine");
    }
}
