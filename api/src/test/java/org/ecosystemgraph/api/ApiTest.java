package org.ecosystemgraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemgraph.database.StatementRecorder;
import org.ecosystemgraph.database.spring.StatementRecording;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as {@code ./kg serve} runs it, on a fresh embedded database with the bundled corpus, over real
 * HTTP on a random port, with the statements it sends to Neo4j counted. Test classes that extend it share one running
 * application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTest.CountedStatements.class)
public abstract class ApiTest {

    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("api-test-neo4j");
        registry.add("kg.embedded.data-dir", dataDir::toString);
        registry.add("kg.embedded.bolt-port", () -> "0");
        registry.add("kg.http.allowed-hosts", () -> "graph.example.org");
        registry.add("kg.cors.allowed-origins", () -> "http://localhost:3000");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class CountedStatements {

        @Bean
        static StatementRecorder statementRecorder() {
            return new StatementRecorder();
        }

        @Bean
        static StatementRecording statementRecording(StatementRecorder statements) {
            return new StatementRecording(statements);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    protected StatementRecorder statements;

    protected TestClient client;

    @BeforeEach
    void waitForTheBundledCorpus() {
        client = new TestClient(port).awaitHealthy();
    }
}
