package org.ecosystemgraph.database;

import java.net.URI;
import org.neo4j.driver.Driver;

/**
 * The Neo4j a test talks to, whatever runs it. Tests of every module use this one fixture, embedded by default and a
 * Testcontainers server where a Docker engine is available.
 */
public interface Neo4jFixture {

    URI boltUri();

    /** A driver for the fixture's database, with the bundled schema applied. */
    Driver driver();

    /** Removes every node and relationship; the schema stays. */
    default void clear() {
        try (var session = driver().session()) {
            // Batched deletes run only in an auto-commit transaction.
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }
}
