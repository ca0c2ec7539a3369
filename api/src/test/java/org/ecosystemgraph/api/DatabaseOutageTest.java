package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;
import org.ecosystemgraph.database.GraphDump;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database going away under the application: a Neo4j server of its own (started in this JVM, on a fixed port, as
 * an external server would be) is stopped and started again. Meanwhile requests fail at once with a clear error,
 * health turns DOWN, and afterwards the application answers again by itself, with the graph as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTest {

    private static Path serverData;
    private static int serverPort;
    private static EmbeddedNeo4j server;

    private static final String QUERY = "{ organization(name: \"東北大学\") { name } }";

    @DynamicPropertySource
    static void anExternalServer(DynamicPropertyRegistry registry) throws IOException {
        serverData = Files.createTempDirectory("outage-server-neo4j");
        try (var socket = new ServerSocket(0)) {
            serverPort = socket.getLocalPort();
        }
        server = startServer();
        registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + serverPort);
        // The password the server generated at its first start stays the same across its restarts.
        registry.add("spring.neo4j.authentication.password", server.login()::password);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @LocalServerPort
    int port;

    @Test
    void requests_fail_fast_while_the_database_is_away_and_recover_when_it_is_back() throws Exception {
        var client = new TestClient(port).awaitHealthy();
        assertThat(client.query(QUERY).body()).contains("\"name\":\"東北大学\"");
        GraphDump before = dump();

        server.close();
        server = null;
        long started = System.nanoTime();
        HttpResponse<String> away = client.query(QUERY);
        long failedAfterMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(away.statusCode()).isEqualTo(200);
        assertThat(away.body())
                .contains("The graph database cannot be reached right now", "UNAVAILABLE")
                .doesNotContain("Exception", "org.neo4j", "\tat ");
        client.awaitStatus("DOWN", Duration.ofSeconds(30));

        server = startServer();
        client.awaitStatus("UP", Duration.ofSeconds(60));
        Eventually.await(
                "an answer again",
                Duration.ofSeconds(30),
                () -> client.query(QUERY).body().contains("\"name\":\"東北大学\""));
        assertThat(dump().lines()).isEqualTo(before.lines());
        System.out.printf("outage: a request with the database away failed after %d ms%n", failedAfterMillis);
    }

    private static EmbeddedNeo4j startServer() {
        var defaults = EmbeddedNeo4jSettings.ephemeral(serverData);
        return EmbeddedNeo4j.start(new EmbeddedNeo4jSettings(
                serverData,
                defaults.boltAddress(),
                serverPort,
                defaults.pageCache(),
                defaults.transactionMemory(),
                defaults.transactionTimeout(),
                null));
    }

    private static GraphDump dump() {
        try (var driver = GraphDatabase.driver(server.boltUri(), server.login().authToken())) {
            return GraphDump.of(driver);
        }
    }
}
