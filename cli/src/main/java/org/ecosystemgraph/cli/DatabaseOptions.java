package org.ecosystemgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;
import picocli.CommandLine.Option;

/**
 * Which graph a command works on, the same way for every command: the embedded store in {@code --data-dir}, or the
 * Neo4j server that {@code --uri} (or {@code NEO4J_URI}) names. Passwords come from the environment only, so that
 * they never show in a process list: {@code NEO4J_PASSWORD} for a server, {@code KG_EMBEDDED_PASSWORD} where the
 * operator chose the embedded store's; otherwise the one the store keeps beside it (see {@code BoltLogin}).
 */
final class DatabaseOptions {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            defaultValue = "${env:KG_EMBEDDED_DATA_DIR:-" + EmbeddedNeo4jSettings.DEFAULT_DATA_DIR + "}",
            description = "the embedded Neo4j's store (default: data/neo4j of the repository, or KG_EMBEDDED_DATA_DIR)")
    Path dataDir;

    @Option(
            names = "--uri",
            paramLabel = "URI",
            defaultValue = "${env:NEO4J_URI}",
            description = "a Neo4j server to work on instead (bolt://, neo4j://, neo4j+s://; or NEO4J_URI), with"
                    + " NEO4J_USERNAME and NEO4J_PASSWORD")
    String uri;

    @Option(names = "--username", hidden = true, defaultValue = "${env:NEO4J_USERNAME:-neo4j}")
    String username;

    @Option(names = "--embedded-password", hidden = true, defaultValue = "${env:KG_EMBEDDED_PASSWORD}")
    String embeddedPassword;

    @Option(
            names = "--page-cache",
            hidden = true,
            defaultValue = "${env:KG_EMBEDDED_PAGE_CACHE:-" + EmbeddedNeo4jSettings.DEFAULT_PAGE_CACHE + "}")
    String pageCache;

    @Option(
            names = "--transaction-memory",
            hidden = true,
            defaultValue =
                    "${env:KG_EMBEDDED_TRANSACTION_MEMORY:-" + EmbeddedNeo4jSettings.DEFAULT_TRANSACTION_MEMORY + "}")
    String transactionMemory;

    boolean external() {
        return uri != null && !uri.isBlank();
    }

    /** The embedded store as a command opens it: loopback, on a Bolt port of its own that no server uses. */
    EmbeddedNeo4jSettings embedded() {
        return new EmbeddedNeo4jSettings(
                dataDir,
                EmbeddedNeo4jSettings.LOOPBACK,
                0,
                pageCache,
                transactionMemory,
                Duration.parse("PT" + EmbeddedNeo4jSettings.DEFAULT_TRANSACTION_TIMEOUT),
                embeddedPassword);
    }

    /** Where the graph is, for messages. */
    String where() {
        return external() ? uri : "the store in " + dataDir;
    }
}
