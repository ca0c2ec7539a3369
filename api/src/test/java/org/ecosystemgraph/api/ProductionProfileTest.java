package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile: no GraphiQL, no introspection, no printed schema, and no way to write through the API; the
 * queries themselves answer as always.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("production")
class ProductionProfileTest {

    @DynamicPropertySource
    static void freshEmbeddedDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("production-test-neo4j");
        registry.add("kg.embedded.data-dir", dataDir::toString);
        registry.add("kg.embedded.bolt-port", () -> "0");
    }

    @LocalServerPort
    int port;

    private TestClient client;

    @BeforeEach
    void waitUntilHealthy() {
        client = new TestClient(port).awaitHealthy();
    }

    @Test
    void introspection_is_refused() throws Exception {
        var response = post("{\"query\":\"{ __schema { types { name } } }\"}");
        assertThat(response.body()).contains("errors").doesNotContain("\"types\"");
        var typename = post("{\"query\":\"{ __type(name: \\\"Organization\\\") { fields { name } } }\"}");
        assertThat(typename.body()).contains("errors").doesNotContain("supportFunctions");
    }

    @Test
    void graphiql_and_the_schema_are_not_served() throws Exception {
        assertThat(get("/graphiql").statusCode()).isEqualTo(404);
        assertThat(get("/graphql/schema").statusCode()).isIn(404, 405);
    }

    @Test
    void the_api_has_no_mutations() throws Exception {
        var response = post("{\"query\":\"mutation { deleteOrganization(id: \\\"tohoku-university\\\") }\"}");
        assertThat(response.body()).contains("errors").containsIgnoringCase("mutation");
    }

    @Test
    void queries_still_answer() throws Exception {
        var response = post("{\"query\":\"{ supportFunctions { code } }\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("TECHNOLOGY_TRANSFER");
    }

    private HttpResponse<String> post(String body) {
        return client.post("/graphql", "application/json", body);
    }

    private HttpResponse<String> get(String path) {
        return client.get(path);
    }
}
