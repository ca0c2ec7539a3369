package org.ecosystemgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.ecosystemgraph.bench.BenchCommand;
import org.ecosystemgraph.bench.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./kg} command line: one entry point for every job the tool does. */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = Kg.Version.class,
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

    /**
     * The command line with its error handling: a failure is printed as a sentence, without a stack trace, and exits
     * 1; a wrong option is named with picocli's suggestion, and exits 2.
     */
    static CommandLine commandLine() {
        var commandLine = new CommandLine(new Kg());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CommandLine.ParameterException wrong) {
                line.getErr().println(wrong.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(wrong, line.getErr());
                line.getErr().flush();
                return 2;
            }
            line.getErr().println(e instanceof CommandException ? e.getMessage() : "Failed: " + deepestMessage(e));
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
        CommandLogging.configure(args);
        int exitCode = commandLine().execute(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The version the build wrote into this module's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            var properties = new Properties();
            try (InputStream in = Kg.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"ecosystem-graph " + properties.getProperty("version", "(unknown version)")};
        }
    }

    /** What the innermost cause says, which is what went wrong; the layers around it say only where. */
    static String deepestMessage(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        return message != null ? message : "an unexpected error";
    }
}
