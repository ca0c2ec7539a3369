package org.ecosystemgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./kg} command line: one entry point for every job the tool does. */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        version = "ecosystem-graph 0.1.0",
        description = "A knowledge graph of the industry-academia-government-finance (産学官金) network of Tohoku.",
        subcommands = {
            ServeCommand.class,
            ExtractCommand.class,
            ImportCommand.class,
            CypherCommand.class,
            AnalyzeCommand.class,
            ExportCommand.class,
            BenchCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Kg {

    /** The command line with its error handling: failures are printed as a sentence, without a stack trace; exit 1. */
    static CommandLine commandLine() {
        var commandLine = new CommandLine(new Kg());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println(e instanceof CommandException ? e.getMessage() : "Failed: " + e);
            if (System.getenv("KG_DEBUG") != null) {
                e.printStackTrace(line.getErr());
            } else if (!(e instanceof CommandException)) {
                line.getErr().println("(set KG_DEBUG=1 to see where)");
            }
            line.getErr().flush();
            return 1;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
