package org.ecosystemgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.api.EcosystemGraphApplication;
import org.ecosystemgraph.database.StoreInUse;
import org.neo4j.configuration.helpers.PortBindException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Starts the database (embedded unless a server is named), loads the bundled corpus into it when empty, and serves. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the graph and serve it: the explorer, the GraphQL API, Neo4j Browser and Bolt.",
            "Uses the embedded Neo4j unless --uri or NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) names a server.",
            "Settings of the application (--server.*, --spring.*, --kg.*, --management.*, --logging.*, see the",
            "README's Configuration) are passed to it as they are."
        })
class ServeCommand implements Runnable {

    /** Spring Boot's own property options, which the application takes as they are. */
    private static final Pattern APPLICATION_SETTING =
            Pattern.compile("--(server|spring|kg|management|logging)\\.[\\w.\\-\\[\\]]+=.*");

    @Option(names = "--port", description = "HTTP port (default: 8080)")
    Integer port;

    @Option(names = "--bolt-port", description = "Bolt port of the embedded Neo4j (default: 7687)")
    Integer boltPort;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> applicationSettings = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        List<String> unknown = applicationSettings.stream()
                .filter(setting -> !APPLICATION_SETTING.matcher(setting).matches())
                .toList();
        if (!unknown.isEmpty()) {
            throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), unknown);
        }
        List<String> arguments = new ArrayList<>();
        arguments.add("--kg.embedded.data-dir=" + database.dataDir);
        if (database.external()) {
            arguments.add("--spring.neo4j.uri=" + database.uri);
        }
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        if (boltPort != null) {
            arguments.add("--kg.embedded.bolt-port=" + boltPort);
        }
        // Settings given as they are come last, so that they win.
        arguments.addAll(applicationSettings);
        try {
            SpringApplication.run(EcosystemGraphApplication.class, arguments.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new CommandException(explain(e));
        }
    }

    private static final Pattern BOUND_PORT = Pattern.compile(":(\\d+)\\s*$");

    /**
     * Why the application could not start, in a sentence that says what to do, found in the chain of causes that
     * Spring wraps a failure in.
     */
    static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreInUse held) {
                return "The store in " + held.dataDir() + " is in use by another ./kg serve (process " + held.pid()
                        + "), serving it at " + held.boltUri() + ": stop that one first, or give --data-dir for"
                        + " another store.";
            }
            if (cause instanceof PortBindException bind) {
                Matcher port = BOUND_PORT.matcher(String.valueOf(bind.getMessage()));
                return "The Bolt port" + (port.find() ? " " + port.group(1) : "") + " is in use by another program:"
                        + " give --bolt-port a free one (0 picks one).";
            }
            if (cause instanceof PortInUseException http) {
                return "The HTTP port " + http.getPort() + " is in use by another program: give --port a free one.";
            }
        }
        return "Cannot start: " + Kg.deepestMessage(failure);
    }
}
