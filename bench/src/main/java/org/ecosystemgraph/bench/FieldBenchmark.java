package org.ecosystemgraph.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.database.StatementRecorder;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.SessionConfig;

/**
 * GraphQL requests over HTTP beside the same Cypher over a bare driver. Each measured request records the statements
 * the application sent for it ({@link StatementRecorder}); those statements are then sent again, unchanged, in one
 * read transaction of a driver that bypasses the application. The ratio of the two medians is what HTTP, GraphQL,
 * Spring and the mapping add to the database's own work.
 */
public final class FieldBenchmark {

    /** The figures of one root field; latencies in milliseconds. */
    public record Figures(
            String field, int requests, double p50, double p99, double bareP50, double bareP99, double statements) {

        /** GraphQL over HTTP against bare Cypher over Bolt, at the median. */
        public double overhead() {
            return p50 / bareP50;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final Driver bare;
    private final StatementRecorder statements;

    /**
     * @param port the application's HTTP port
     * @param bare a driver of the benchmark's own to the same database, not the application's
     * @param statements the recorder that wraps the application's driver
     */
    public FieldBenchmark(int port, Driver bare, StatementRecorder statements) {
        this.port = port;
        this.bare = bare;
        this.statements = statements;
    }

    /**
     * Sends every field's queries {@code rounds} times, unmeasured, each beside its bare replay, so that the
     * just-in-time compiler has seen all the code paths before any field is measured.
     */
    public void warmUp(Map<String, List<GraphQlRequest>> queriesByField, int rounds) {
        for (int i = 0; i < rounds; i++) {
            for (var field : queriesByField.entrySet()) {
                List<GraphQlRequest> queries = field.getValue();
                replay(send(field.getKey(), queries.get(i % queries.size())));
            }
        }
    }

    /** Sends the queries in turn, {@code requests} times, each beside its bare replay, and times both. */
    public Figures measure(String field, List<GraphQlRequest> queries, int requests) {
        long[] graphQl = new long[requests];
        long[] cypher = new long[requests];
        long statements = 0;
        for (int i = 0; i < requests; i++) {
            long started = System.nanoTime();
            List<Query> sent = send(field, queries.get(i % queries.size()));
            graphQl[i] = System.nanoTime() - started;
            statements += sent.size();
            started = System.nanoTime();
            replay(sent);
            cypher[i] = System.nanoTime() - started;
        }
        Arrays.sort(graphQl);
        Arrays.sort(cypher);
        return new Figures(
                field,
                requests,
                millis(graphQl, 0.50),
                millis(graphQl, 0.99),
                millis(cypher, 0.50),
                millis(cypher, 0.99),
                (double) statements / requests);
    }

    /** Sends one request and gives back the statements the application ran for it. */
    private List<Query> send(String field, GraphQlRequest query) {
        HttpRequest request = Soak.graphQlPost(port, query).build();
        statements.startRecording();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            statements.stopRecording();
            throw new IllegalStateException(field + " failed: " + e, e);
        }
        List<Query> sent = statements.stopRecording();
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(field + " failed: " + response.statusCode() + " " + response.body()
                    + "\n  request: " + query.query() + " " + query.variables());
        }
        return sent;
    }

    private void replay(List<Query> statements) {
        try (var session = bare.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> {
                statements.forEach(statement -> tx.run(statement).list());
                return null;
            });
        }
    }

    /** The quantile of sorted nanoseconds, in milliseconds (nearest rank). */
    static double millis(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
