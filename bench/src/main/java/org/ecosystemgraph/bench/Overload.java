package org.ecosystemgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * A bounded overload on loopback: many more clients than the machine has cores, asking a mix of ordinary requests,
 * requests heavy enough to take seconds, and requests that must be refused (too costly, inputs too long). It counts
 * every answer by HTTP status and error code, times them, and reads the process's resident memory before, at the
 * peak and after: the service should answer everything, refusing what it must with the right code, and stay within
 * its memory. Prints figures; asserts nothing.
 */
final class Overload {

    /** Requests that every service must refuse before they cost anything. */
    static final List<GraphQlRequest> REFUSED = Stream.of(
                    "{ organizations(first: 100) { edges { node { memberships { consortium { members { organization {"
                            + " memberships { consortium { members { organization { name } } } } } } } } } } } }",
                    "{ search(text: \"" + "東北".repeat(600) + "\") { name } }",
                    "{ organizations(first: 1000) { totalCount } }")
            .map(GraphQlRequest::of)
            .toList();

    /** Requests that are allowed and heavy: every nested list of a hundred organizations. */
    static final List<GraphQlRequest> HEAVY = Stream.of(
                    "{ organizations(first: 100) { edges { node { name supportFunctions { code providers { name } }"
                            + " memberships { consortium { name members { organization { name } } } }"
                            + " sources { document { title } excerpt } } } } }",
                    "{ connections(from: \"東北大学\", toSector: FINANCE, maxHops: 4, limit: 50) { length nodes { name } } }")
            .map(GraphQlRequest::of)
            .toList();

    record Result(
            long requests,
            Map<String, Long> answers,
            double p50,
            double p99,
            double max,
            long rssBeforeMb,
            long rssPeakMb,
            long rssAfterMb) {}

    private Overload() {}

    static Result run(int port, List<GraphQlRequest> ordinary, int clients, Duration duration, PrintWriter out)
            throws Exception {
        List<GraphQlRequest> mix = new ArrayList<>(ordinary);
        mix.addAll(HEAVY);
        mix.addAll(REFUSED);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var json = new ObjectMapper();
        List<HttpRequest> requests = mix.stream()
                .map(query -> Soak.graphQlPost(port, query)
                        .timeout(Duration.ofSeconds(60))
                        .build())
                .toList();
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long rssBefore = rssMb("VmRSS");
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int offset = client;
            workers.add(pool.submit(() -> {
                for (long i = offset; System.nanoTime() < end; i++) {
                    long started = System.nanoTime();
                    String outcome;
                    try {
                        var response = http.send(
                                requests.get((int) (i % requests.size())), HttpResponse.BodyHandlers.ofString());
                        var errors = json.readTree(response.body()).path("errors");
                        outcome = response.statusCode()
                                + (errors.isEmpty()
                                        ? ""
                                        : " "
                                                + errors.path(0)
                                                        .path("extensions")
                                                        .path("code")
                                                        .asText("no code"));
                    } catch (Exception e) {
                        outcome = "no answer (" + e.getClass().getSimpleName() + ")";
                    }
                    latencies.add(System.nanoTime() - started);
                    answers.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                }
                return null;
            }));
        }
        long rssPeak = rssBefore;
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            rssPeak = Math.max(rssPeak, rssMb("VmRSS"));
            out.printf("  %s%n", new TreeMap<>(answers));
            out.flush();
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Long> counted = new TreeMap<>();
        answers.forEach((outcome, count) -> counted.put(outcome, count.sum()));
        return new Result(
                sorted.length,
                counted,
                FieldBenchmark.millis(sorted, 0.50),
                FieldBenchmark.millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1_000_000.0,
                rssBefore,
                Math.max(rssPeak, rssMb("VmHWM")),
                rssMb("VmRSS"));
    }

    /** A figure of this process's memory from /proc (Linux), in MB; 0 where there is none. */
    private static long rssMb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
