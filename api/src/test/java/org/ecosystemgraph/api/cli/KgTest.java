package org.ecosystemgraph.api.cli;

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
}
