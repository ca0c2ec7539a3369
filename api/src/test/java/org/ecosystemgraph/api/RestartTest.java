package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stopping {@code ./kg serve} and starting it again on the same data directory keeps the graph. */
class RestartTest {

    @Test
    void keeps_the_graph_across_a_restart_and_does_not_import_it_twice(@TempDir Path dataDir) {
        try (var first = start(dataDir)) {
            assertThat(detail(first)).isEqualTo("bundled corpus imported: 6 documents");
            first.getBean(Driver.class)
                    .executableQuery("MATCH (d:Document {id: 'sendai-tohoku-agreement-2021'}) SET d.reviewed = true")
                    .execute();
        }
        try (var second = start(dataDir)) {
            assertThat(detail(second)).isEqualTo("bundled corpus already loaded: 6 documents");
            var record = second.getBean(Driver.class)
                    .executableQuery("MATCH (d:Document) RETURN count(d) AS documents,"
                            + " count(CASE WHEN d.reviewed THEN 1 END) AS reviewed")
                    .execute()
                    .records()
                    .get(0);
            assertThat(record.get("documents").asLong()).isEqualTo(6);
            assertThat(record.get("reviewed").asLong()).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(EcosystemGraphApplication.class)
                .run("--server.port=0", "--kg.embedded.bolt-port=0", "--kg.embedded.data-dir=" + dataDir);
    }

    /** What the graph's health says once it is UP. */
    private static String detail(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new TestClient(port)
                .awaitHealthy()
                .health()
                .path("components")
                .path("graph")
                .path("details")
                .path("detail")
                .asText();
    }
}
