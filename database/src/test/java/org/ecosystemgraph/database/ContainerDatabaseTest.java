package org.ecosystemgraph.database;

import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The same contract against a Neo4j server in Docker; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerDatabaseTest extends DatabaseContract {

    @Container
    static final Neo4jContainer<?> NEO4J = ContainerNeo4jFixture.newContainer();

    private static final ContainerNeo4jFixture FIXTURE = new ContainerNeo4jFixture(NEO4J);

    @Override
    Neo4jFixture fixture() {
        return FIXTURE;
    }
}
