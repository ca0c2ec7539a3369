package org.ecosystemgraph.api.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemgraph.api.EcosystemGraphApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Starts the database (embedded unless NEO4J_URI is set), loads the bundled corpus into it when empty, and serves. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the graph and serve it: Neo4j Browser, Bolt and the HTTP API.",
            "Uses the embedded Neo4j unless NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD) names a server.",
            "Other --spring.* or --kg.* options are passed to the application as they are."
        })
class ServeCommand implements Runnable {

    @Option(names = "--port", description = "HTTP port (default: 8080)")
    Integer port;

    @Option(names = "--bolt-port", description = "Bolt port of the embedded Neo4j (default: 7687)")
    Integer boltPort;

    @Option(names = "--data-dir", description = "Directory of the embedded Neo4j's data (default: ./data/neo4j)")
    Path dataDir;

    @Unmatched
    List<String> applicationArguments = new ArrayList<>();

    @Override
    public void run() {
        List<String> arguments = new ArrayList<>(applicationArguments);
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        if (boltPort != null) {
            arguments.add("--kg.embedded.bolt-port=" + boltPort);
        }
        if (dataDir != null) {
            arguments.add("--kg.embedded.data-dir=" + dataDir);
        }
        SpringApplication.run(EcosystemGraphApplication.class, arguments.toArray(String[]::new));
    }
}
