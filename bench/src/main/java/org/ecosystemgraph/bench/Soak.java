package org.ecosystemgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded soak: concurrent clients on loopback send a mix of GraphQL requests for a fixed time while the heap (after
 * a full collection) and the live threads of this JVM, which runs the application, are sampled. Prints the figures;
 * {@link Result#ok} says whether there were no errors and neither heap nor threads grew beyond the bounds.
 */
public final class Soak {

    /** Growth allowed between the first and the last sample. */
    public static final long HEAP_GROWTH_BOUND_MB = 64;

    public static final int THREAD_GROWTH_BOUND = 16;

    /** The figures of a soak. */
    public record Result(
            long requests,
            long errors,
            double perSecond,
            long heapStartMb,
            long heapEndMb,
            long heapMaxMb,
            int threadsStart,
            int threadsEnd,
            int threadsMax) {

        public boolean ok() {
            return errors == 0
                    && heapEndMb - heapStartMb <= HEAP_GROWTH_BOUND_MB
                    && threadsEnd - threadsStart <= THREAD_GROWTH_BOUND;
        }
    }

    private Soak() {}

    public static Result run(int port, List<GraphQlRequest> queries, int clients, Duration duration, PrintWriter out)
            throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<HttpRequest> requests = queries.stream()
                .map(query ->
                        graphQlPost(port, query).timeout(Duration.ofSeconds(30)).build())
                .toList();
        var memory = ManagementFactory.getMemoryMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        System.gc();
        long heapStart = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        long heapMax = heapStart;
        int threadsStart = threads.getThreadCount();
        int threadsMax = threadsStart;

        AtomicLong sent = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int offset = client;
            workers.add(pool.submit(() -> {
                for (long i = offset; System.nanoTime() < end; i++) {
                    try {
                        var response = http.send(
                                requests.get((int) (i % requests.size())), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    sent.incrementAndGet();
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        long sample = Math.max(1, Math.min(30, duration.toSeconds() / 10));
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(sample * 1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            long heapNow = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
            heapMax = Math.max(heapMax, heapNow);
            threadsMax = Math.max(threadsMax, threads.getThreadCount());
            out.printf(
                    "  %4d s  %8d requests  %4d errors  heap %5d MB  threads %4d%n",
                    (System.nanoTime() - started) / 1_000_000_000,
                    sent.get(),
                    errors.get(),
                    heapNow,
                    threads.getThreadCount());
            out.flush();
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        long heapEnd = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
        return new Result(
                sent.get(),
                errors.get(),
                sent.get() / seconds,
                heapStart,
                heapEnd,
                heapMax,
                threadsStart,
                threads.getThreadCount(),
                threadsMax);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A GraphQL POST of the request to the application on this port, as the benchmarks send it. */
    public static HttpRequest.Builder graphQlPost(int port, GraphQlRequest request) {
        String body;
        try {
            body = JSON.writeValueAsString(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A query is always JSON", e);
        }
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
