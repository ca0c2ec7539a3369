package org.ecosystemgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One embedded Neo4j for the whole test JVM, started on first use from the same {@link EmbeddedNeo4j} that
 * {@code ./kg serve} runs, in a temporary directory, on a free Bolt port.
 */
public final class EmbeddedNeo4jFixture implements Neo4jFixture {

    private static EmbeddedNeo4jFixture shared;

    private final EmbeddedNeo4j neo4j;
    private final Driver driver;

    private EmbeddedNeo4jFixture(EmbeddedNeo4j neo4j) {
        this.neo4j = neo4j;
        this.driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken());
        GraphSchema.applyTo(driver);
    }

    public static synchronized EmbeddedNeo4jFixture shared() {
        if (shared == null) {
            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(temporaryDirectory()));
            shared = new EmbeddedNeo4jFixture(neo4j);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-neo4j-fixture-stop"));
        }
        return shared;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("ecosystem-graph-test-neo4j");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI boltUri() {
        return neo4j.boltUri();
    }

    public BoltLogin login() {
        return neo4j.login();
    }

    @Override
    public AuthToken authToken() {
        return neo4j.login().authToken();
    }

    @Override
    public Driver driver() {
        return driver;
    }

    private void stop() {
        driver.close();
        neo4j.close();
    }
}
