package org.ecosystemgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecosystemgraph.api.EcosystemGraphApplication;
import org.springframework.boot.SpringApplication;
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
        SpringApplication.run(EcosystemGraphApplication.class, arguments.toArray(String[]::new));
    }
}
