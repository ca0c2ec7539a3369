package org.ecosystemgraph.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as {@code ./kg serve} runs it, on a fresh embedded database with the bundled corpus, over real
 * HTTP on a random port. Test classes that extend it share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("api-test-neo4j");
        registry.add("kg.embedded.data-dir", dataDir::toString);
        registry.add("kg.embedded.bolt-port", () -> "0");
        registry.add("kg.bench.count-statements", () -> "true");
    }

    @Autowired
    @Qualifier("graph")
    HealthIndicator graph;

    @BeforeEach
    void waitForTheBundledCorpus() {
        Eventually.await(
                "the bundled corpus to be loaded",
                Duration.ofSeconds(120),
                () -> graph.health().getStatus().equals(Status.UP));
    }
}
