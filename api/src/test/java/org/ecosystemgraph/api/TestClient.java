package org.ecosystemgraph.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application under test as a client on this machine sees it, over real HTTP on its port: GraphQL through Spring's
 * {@link HttpGraphQlTester}, plain requests for what GraphQL testers do not send (wrong content types, broken bodies,
 * pages), and health. One for every API test.
 */
public final class TestClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public TestClient(int port) {
        this.port = port;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** GraphQL documents by name from {@code graphql-test/}, or as text, with variables. */
    public HttpGraphQlTester graphQl() {
        return HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl(uri("/graphql").toString())
                .responseTimeout(TIMEOUT)
                .build());
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.GET().build());
    }

    /** An OPTIONS request with these headers: a browser's CORS preflight. */
    public HttpResponse<String> options(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(TIMEOUT)
                .headers(headers)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** A GraphQL request as JSON, {@code {"query": …}}, written by Jackson. */
    public HttpResponse<String> query(String query) {
        try {
            return post("/graphql", "application/json", json.writeValueAsString(Map.of("query", query)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A POST of exactly this body with this content type (none if null), for requests no tester would send. */
    public HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Exactly these bytes of a request over a socket, for what HTTP clients refuse to send (another {@code Host}, a
     * broken request line); the whole answer as text, once the server closes the connection.
     */
    public String raw(String request) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("raw request failed: " + e, e);
        }
    }

    /** {@code /actuator/health} as JSON, or a missing node while the application does not answer. */
    public JsonNode health() {
        try {
            return json.readTree(get("/actuator/health").body());
        } catch (IOException | IllegalStateException e) {
            return json.missingNode();
        }
    }

    public String status() {
        return health().path("status").asText("");
    }

    /** Waits until health is UP: the schema applied and the bundled corpus loaded. */
    public TestClient awaitHealthy() {
        return awaitStatus("UP", Duration.ofSeconds(180));
    }

    public TestClient awaitStatus(String status, Duration timeout) {
        Eventually.await("health " + status, timeout, () -> status().equals(status));
        return this;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
