package org.ecosystemgraph.database;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;

/**
 * The Neo4j a test talks to, whatever runs it. Tests of every module use this one fixture, embedded by default and a
 * Testcontainers server where a Docker engine is available.
 */
public interface Neo4jFixture {

    URI boltUri();

    /** The login that Bolt clients of this database need. */
    AuthToken authToken();

    /** A driver for the fixture's database, with the bundled schema applied. */
    Driver driver();

    /** Removes every node and relationship; the schema, and the record of its migrations, stay. */
    default void clear() {
        try (var session = driver().session()) {
            // Batched deletes run only in an auto-commit transaction.
            session.run("""
                            MATCH (n) WHERE NOT n:%s
                            CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS""".formatted(GraphSchema.BOOKKEEPING_LABEL)).consume();
        }
    }
}
