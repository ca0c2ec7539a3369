package org.ecosystemgraph.database;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.testcontainers.containers.Neo4jContainer;

/** The same fixture backed by the official Neo4j 5.26 image, for machines with a Docker engine. */
public final class ContainerNeo4jFixture implements Neo4jFixture {

    public static final String IMAGE = "neo4j:5.26.30-community";

    private final Neo4jContainer<?> container;
    private Driver driver;

    public ContainerNeo4jFixture(Neo4jContainer<?> container) {
        this.container = container;
    }

    public static Neo4jContainer<?> newContainer() {
        return new Neo4jContainer<>(IMAGE).withoutAuthentication();
    }

    @Override
    public URI boltUri() {
        return URI.create(container.getBoltUrl());
    }

    @Override
    public AuthToken authToken() {
        return AuthTokens.none();
    }

    @Override
    public synchronized Driver driver() {
        if (driver == null) {
            driver = GraphDatabase.driver(boltUri(), authToken());
            GraphSchema.applyTo(driver);
        }
        return driver;
    }
}
