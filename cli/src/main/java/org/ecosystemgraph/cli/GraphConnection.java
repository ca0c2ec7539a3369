package org.ecosystemgraph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ecosystemgraph.database.BoltLogin;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;
import org.ecosystemgraph.database.GraphSchema;
import org.ecosystemgraph.database.StoreInUse;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The graph a command works on, opened as a command-line tool opens it: a driver to the server named, or the embedded
 * store started in this process, with no web application around it. A command that writes brings the schema up to
 * date first; one that reads never creates a store that is not there.
 */
final class GraphConnection implements AutoCloseable {

    /** What a command does to the graph. */
    enum Access {
        READ,
        WRITE
    }

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final Thread onInterrupt;

    private GraphConnection(EmbeddedNeo4j embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
        // Ctrl+C during an import: the embedded store shuts down cleanly, rolling back the document being written.
        this.onInterrupt = new Thread(this::closeQuietly, "kg-store-shutdown");
        if (embedded != null) {
            Runtime.getRuntime().addShutdownHook(onInterrupt);
        }
    }

    static GraphConnection open(DatabaseOptions options, Access access) {
        GraphConnection connection = options.external() ? server(options) : embedded(options, access);
        if (access == Access.WRITE) {
            try {
                GraphSchema.applyTo(connection.driver);
            } catch (RuntimeException e) {
                connection.close();
                throw new CommandException(
                        "Cannot bring the schema of " + options.where() + " up to date: " + e.getMessage());
            }
        }
        return connection;
    }

    private static GraphConnection server(DatabaseOptions options) {
        var driver = GraphDatabase.driver(
                options.uri,
                serverLogin(options),
                Config.builder().withConnectionTimeout(5, TimeUnit.SECONDS).build());
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new CommandException("The Neo4j server at " + options.uri + " refused the login: set NEO4J_PASSWORD"
                    + " (and NEO4J_USERNAME, default neo4j). For ./kg serve on this machine, give the --data-dir of"
                    + " its store instead (default " + EmbeddedNeo4jSettings.DEFAULT_DATA_DIR + "): ./kg reads the"
                    + " password kept there.");
        } catch (Neo4jException | IllegalArgumentException e) {
            driver.close();
            throw new CommandException("Cannot reach the Neo4j server at " + options.uri + ": " + e.getMessage());
        }
        return new GraphConnection(null, driver);
    }

    private static AuthToken serverLogin(DatabaseOptions options) {
        String password = System.getenv("NEO4J_PASSWORD");
        if (password != null && !password.isEmpty()) {
            return AuthTokens.basic(options.username, password);
        }
        return storeLogin(options).orElse(AuthTokens.none());
    }

    /** ./kg serve running the store of {@code --data-dir} on this machine: its Bolt takes the login kept there. */
    private static Optional<AuthToken> storeLogin(DatabaseOptions options) {
        URI uri;
        try {
            uri = URI.create(options.uri);
        } catch (IllegalArgumentException notAUri) {
            return Optional.empty();
        }
        int port = uri.getPort() < 0 ? EmbeddedNeo4jSettings.DEFAULT_BOLT_PORT : uri.getPort();
        boolean loopback = List.of("localhost", "127.0.0.1", "[::1]", "::1").contains(String.valueOf(uri.getHost()));
        return StoreInUse.of(options.dataDir.toAbsolutePath())
                .filter(holder -> loopback && holder.boltUri().getPort() == port)
                .flatMap(holder -> BoltLogin.kept(holder.dataDir()))
                .map(BoltLogin::authToken);
    }

    private static GraphConnection embedded(DatabaseOptions options, Access access) {
        if (access == Access.READ && !Files.isDirectory(options.dataDir.resolve("data/databases/neo4j"))) {
            throw new CommandException("There is no graph in " + options.dataDir + " yet: ./kg import bundled (or ./kg"
                    + " serve) loads the bundled corpus into it. Give --data-dir for another store, or --uri (NEO4J_URI)"
                    + " for a server.");
        }
        EmbeddedNeo4j neo4j;
        try {
            neo4j = EmbeddedNeo4j.start(options.embedded());
        } catch (StoreInUse held) {
            throw new CommandException("The store in " + held.dataDir() + " is in use by a running server (process "
                    + held.pid() + ", most likely ./kg serve): give --uri " + held.boltUri() + " (or set NEO4J_URI="
                    + held.boltUri() + ") to work on it there, or stop that server first.");
        } catch (RuntimeException e) {
            throw new CommandException(explain(options, e));
        }
        return new GraphConnection(
                neo4j, GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken()));
    }

    Driver driver() {
        return driver;
    }

    /** Whether the graph holds no document at all, which for a query is worth a warning. */
    boolean isEmpty() {
        return driver.executableQuery("RETURN EXISTS { MATCH (:Document) } AS any")
                .execute()
                .records()
                .get(0)
                .get("any")
                .isFalse();
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs, or has run, already.
            }
        }
        closeQuietly();
    }

    private synchronized void closeQuietly() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }

    /** Says in a sentence why the embedded store could not be opened; the commonest case is another Neo4j on it. */
    private static String explain(DatabaseOptions options, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Lock file has been locked") || message.contains("FileLockException")) {
                return "The store in " + options.dataDir + " is in use by another process; stop it, or work on it"
                        + " over Bolt with --uri (NEO4J_URI).";
            }
            if (cause.getCause() == null) {
                return "Cannot open the store in " + options.dataDir + ": " + message;
            }
        }
        return "Cannot open the store in " + options.dataDir + ": " + e.getMessage();
    }
}
