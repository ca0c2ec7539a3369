package org.ecosystemgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./kg} command line: one entry point for every job the tool does. */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        version = "ecosystem-graph 0.1.0",
        description = "A knowledge graph of the industry-academia-government-finance (産学官金) network of Tohoku.",
        subcommands = {ServeCommand.class, CommandLine.HelpCommand.class})
public final class Kg {

    public static void main(String[] args) {
        int exitCode = new CommandLine(new Kg()).execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
