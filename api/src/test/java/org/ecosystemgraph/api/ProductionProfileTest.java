package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile: no GraphiQL, no introspection, no printed schema, no Neo4j Browser, health without details,
 * no version strings, and no way to write through the API; the queries themselves answer as always.
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
    void neo4j_browser_and_its_login_are_not_served() throws Exception {
        for (String path : List.of(
                "/browser",
                "/browser/",
                "/browser/index.html",
                "/browser-login/index.html",
                "/browser-login/login.js")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
        var connection = client.get("/browser/connection", "Sec-Fetch-Site", "same-origin");
        assertThat(connection.statusCode()).isEqualTo(404);
        assertThat(connection.body()).doesNotContain("password");
    }

    @Test
    void health_says_up_and_nothing_more() throws Exception {
        assertThat(get("/actuator/health").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void no_answer_names_versions() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                get("/"),
                client.get("/", "Accept", "application/json"),
                get("/actuator/health"),
                get("/actuator/info"),
                get("/no-such-page"),
                post("{\"query\":\"{ __typename }\"}"),
                post("{ broken"));
        for (var answer : answers) {
            String shown = answer.headers().map() + answer.body();
            assertThat(shown)
                    .as(answer.request().uri().getPath())
                    .doesNotContainIgnoringCase("tomcat")
                    .doesNotContain("5.26", "neo4j_version", "Spring Boot", "0.1.0");
        }
        assertThat(client.raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400")
                .doesNotContainIgnoringCase("tomcat");
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
