package org.ecosystemgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.ApiTest;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Over real HTTP: the server answers only to its own names, every answer carries the headers that keep other pages
 * out, Tomcat's own error pages name no software, and the Browser's login goes to same-origin requests only.
 */
class HttpSecurityTest extends ApiTest {

    private static final String QUERY = "{\"query\":\"{ organization(name: \\\"東北大学\\\") { name } }\"}";

    @Autowired
    EmbeddedNeo4j neo4j;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answers_only_to_its_own_names() {
        int port = client.port();
        Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
        for (String host : List.of(
                "evil.example",
                "evil.example:" + port,
                "127.0.0.1.nip.io:" + port,
                "localhost.evil.example",
                "graph.example.org.evil.example",
                "localhost:" + port,
                "127.0.0.1:" + port,
                "[::1]:" + port,
                "LOCALHOST",
                "graph.example.org")) {
            statuses.put(host, status(graphQl(host)));
        }
        assertThat(statuses)
                .containsEntry("evil.example", 403)
                .containsEntry("evil.example:" + port, 403)
                .containsEntry("127.0.0.1.nip.io:" + port, 403)
                .containsEntry("localhost.evil.example", 403)
                .containsEntry("graph.example.org.evil.example", 403)
                .containsEntry("localhost:" + port, 200)
                .containsEntry("127.0.0.1:" + port, 200)
                .containsEntry("[::1]:" + port, 200)
                .containsEntry("LOCALHOST", 200)
                .containsEntry("graph.example.org", 200);

        String refused = graphQl("evil.example");
        assertThat(refused)
                .contains("not to 'evil.example'", "KG_HTTP_ALLOWED_HOSTS")
                .doesNotContain("東北大学\"}");
        assertThat(graphQl("localhost:" + port)).contains("\"name\":\"東北大学\"");
    }

    @Test
    void every_answer_carries_the_headers_that_keep_other_pages_out() {
        List<HttpResponse<String>> answers = List.of(
                client.get("/", "Accept", "text/html"),
                client.get("/explorer.js"),
                client.get("/actuator/health"),
                client.post("/graphql", "application/json", QUERY),
                client.get("/no-such-page"),
                client.get("/browser"),
                client.get("/browser/index.html"),
                client.get("/graphiql"));
        for (var answer : answers) {
            var headers = answer.headers();
            String what = answer.request().uri().getPath() + " " + answer.statusCode();
            assertThat(headers.firstValue("Content-Security-Policy")).as(what).isPresent();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(what).contains("DENY");
            assertThat(headers.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .as(what)
                    .contains("frame-ancestors 'none'", "object-src 'none'");
        }
        String own = csp(client.get("/", "Accept", "text/html"));
        assertThat(own)
                .contains("default-src 'self'", "script-src 'self';", "connect-src 'self';")
                .doesNotContain("unsafe-inline", "unsafe-eval", "https:");
        assertThat(csp(client.post("/graphql", "application/json", QUERY))).isEqualTo(own);
        assertThat(csp(client.get("/browser/index.html")))
                .contains("script-src 'self';", "connect-src 'self' ws: wss:")
                .doesNotContain("unsafe-eval");
        assertThat(csp(client.get("/graphiql")))
                .contains("script-src 'self';", "connect-src 'self';")
                .doesNotContain("esm.sh", "https:", "unsafe-eval");
        // A refusal carries them too.
        assertThat(graphQl("evil.example")).contains("X-Frame-Options: DENY", "Content-Security-Policy: ");
    }

    @Test
    void lets_the_origins_of_kg_cors_allowed_origins_call_the_api_and_no_others() {
        var allowed = preflight("http://localhost:3000");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
                .contains("POST");
        var answer = client.post("/graphql", "application/json", QUERY, "Origin", "http://localhost:3000");
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");
        assertThat(answer.body()).contains("東北大学");

        for (String origin : List.of("http://evil.example", "http://localhost:3001", "null")) {
            var refused = preflight(origin);
            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(origin)
                    .isEmpty();
        }
    }

    private HttpResponse<String> preflight(String origin) {
        return client.options(
                "/graphql",
                "Origin",
                origin,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type");
    }

    @Test
    void requests_tomcat_cannot_parse_get_a_bare_status_naming_no_software() {
        for (String request : List.of(
                "GET /a|b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n",
                "BREW /coffee HTCPCP/1.0\r\n\r\n")) {
            String answer = client.raw(request);
            assertThat(answer).as(request).startsWith("HTTP/1.1 400");
            assertThat(answer).as(request).doesNotContainIgnoringCase("tomcat").doesNotContain("Apache", "<h3>");
        }
    }

    @Test
    void hands_the_browser_login_to_same_origin_requests_only() throws Exception {
        JsonNode own = connection("Sec-Fetch-Site", "same-origin");
        assertThat(own.path("password").asText()).isEqualTo(neo4j.login().password());
        assertThat(own.path("bolt").asText()).isEqualTo(neo4j.boltUri().toString());
        assertThat(own.path("browser").asText())
                .startsWith("/browser/?dbms=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A"
                        + neo4j.boltUri().getPort())
                .contains("&preselectAuthMethod=NATIVE&cmd=play&arg=");
        // What the page was handed logs in to Bolt.
        try (var driver = GraphDatabase.driver(
                own.path("bolt").asText(),
                org.neo4j.driver.AuthTokens.basic(
                        own.path("username").asText(), own.path("password").asText()))) {
            driver.verifyConnectivity();
        }
        for (String site : List.of("cross-site", "same-site", "none")) {
            assertThat(connection("Sec-Fetch-Site", site).path("password").isNull())
                    .as(site)
                    .isTrue();
        }
        assertThat(json.readTree(client.get("/browser/connection").body())
                        .path("password")
                        .isNull())
                .isTrue();
        assertThat(client.get("/browser/connection", "Sec-Fetch-Site", "same-origin")
                        .headers()
                        .firstValue("Cache-Control"))
                .contains("no-store");
    }

    private JsonNode connection(String... headers) throws Exception {
        return json.readTree(client.get("/browser/connection", headers).body());
    }

    private String graphQl(String host) {
        byte[] body = QUERY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return client.raw("POST /graphql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + QUERY);
    }

    private static int status(String rawAnswer) {
        return Integer.parseInt(rawAnswer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    private static String csp(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Security-Policy").orElseThrow();
    }
}
