package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code spring.neo4j.uri} set (what {@code NEO4J_URI} sets), the application uses that server through a
 * {@code neo4j://} routing URI and starts no database of its own, and its reads follow its writes by bookmarks. The
 * shared test Neo4j plays the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalDatabaseTest {

    @DynamicPropertySource
    static void externalServer(DynamicPropertyRegistry registry) {
        var server = EmbeddedNeo4jFixture.shared();
        server.clear();
        registry.add(
                "spring.neo4j.uri",
                () -> "neo4j://127.0.0.1:" + server.boltUri().getPort());
        registry.add("spring.neo4j.authentication.password", server.login()::password);
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DatabaseEndpoint database;

    @Autowired
    Driver driver;

    @Autowired
    GraphReads reads;

    @LocalServerPort
    int port;

    @Test
    void loads_the_bundled_corpus_into_the_configured_server_instead_of_starting_one() {
        new TestClient(port).awaitHealthy();

        assertThat(context.getBeanNamesForType(EmbeddedNeo4j.class)).isEmpty();
        assertThat(database.embedded()).isFalse();
        assertThat(database.boltUri().getScheme()).isEqualTo("neo4j");
        long documents = EmbeddedNeo4jFixture.shared()
                .driver()
                .executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
        assertThat(documents).isEqualTo(6);

        // The import's commits left bookmarks in the driver's causal chain, which the API's reads start from: on a
        // cluster, the first read after the import waits for a reader that has them. The reads go to the readers
        // the routing table names, here the one server.
        assertThat(driver.executableQueryBookmarkManager().getBookmarks()).isNotEmpty();
        assertThat(reads.one(
                        "MATCH (d:Document) RETURN count(d) AS n",
                        Map.of(),
                        record -> record.get("n").asLong()))
                .contains(6L);
    }
}
