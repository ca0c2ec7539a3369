package org.ecosystemgraph.database;

class EmbeddedDatabaseTest extends DatabaseContract {

    @Override
    Neo4jFixture fixture() {
        return EmbeddedNeo4jFixture.shared();
    }
}
