package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ecosystemgraph.database.BoltLogin;
import org.ecosystemgraph.database.GraphDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code ./kg serve} as a user runs it, each start a JVM of its own: a first start stopped with Ctrl+C (SIGINT) or
 * killed (SIGKILL) at random points of loading the corpus, then started again, is healthy only once the whole
 * corpus is in, with the content of an uninterrupted start; before that GraphQL answers 503 {@code UNAVAILABLE},
 * never empty data. A start that cannot succeed says why in one line and exits 1.
 *
 * <p>Each start imports the whole corpus in a JVM of its own, so a run tries three points (two kills, one Ctrl+C),
 * chosen anew each run: the points differ from run to run, and a failure names the seed that repeats it
 * ({@code -Dkg.lifecycle.seed=…}).
 */
class ServeLifecycleTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** A running ./kg serve with its ports and its output. */
    private record Server(Process process, int httpPort, int boltPort, Path store, Path log) {}

    @Test
    void a_first_start_stopped_or_killed_anywhere_comes_back_whole() throws Exception {
        Path cleanDir = work.resolve("clean");
        Server clean = start(cleanDir);
        Map<Integer, Integer> statusesBeforeReady = awaitHealthy(clean);
        assertThat(statusesBeforeReady.keySet())
                .as("GraphQL answers before the graph was ready")
                .containsOnly(503);
        String cleanDump = dump(clean);
        long stopMillis = stop(clean, "TERM");
        assertThat(detail(cleanDir)).contains("bundled corpus imported: 6 documents");

        long seed = Long.getLong("kg.lifecycle.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> trials = new ArrayList<>();
        for (String signal : List.of("KILL", "INT", "KILL")) {
            Path dataDir = work.resolve("trial-" + trials.size());
            int written = random.nextInt(0, 5);
            long later = random.nextLong(0, 400);
            Server first = start(dataDir);
            while (first.process().isAlive() && documentsWritten(first.log()) < written && !healthy(first)) {
                Thread.sleep(20);
            }
            Thread.sleep(later);
            int before = documentsWritten(first.log());
            long stopped = stop(first, signal);
            String what = "SIG%s %d ms after document %d of 6 (stopped in %d ms; seed %d)"
                    .formatted(signal, later, before, stopped, seed);

            Server again = start(dataDir);
            awaitHealthy(again);
            assertThat(dump(again)).as(what).isEqualTo(cleanDump);
            stop(again, "TERM");
            trials.add(what + " → " + lastDetail(again.log()));
        }
        System.out.printf("lifecycle: uninterrupted start stopped by SIGTERM in %d ms; %s%n", stopMillis, trials);
    }

    @Test
    void a_start_that_cannot_succeed_says_why_in_one_line_and_exits_1() throws Exception {
        Path missing = work.resolve("no-such-corpus");
        Server server = start(work.resolve("store"), "--kg.corpus.location=" + missing);
        assertThat(server.process().waitFor(START.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        assertThat(server.process().exitValue()).isEqualTo(1);
        String output = Files.readString(server.log(), StandardCharsets.UTF_8);
        List<String> cannot =
                output.lines().filter(line -> line.contains("cannot start")).toList();
        assertThat(cannot).singleElement().asString().contains(missing.toString(), "documents.yaml");
        assertThat(output).doesNotContain("\tat ", "Exception");
    }

    private Server start(Path dataDir, String... settings) throws IOException {
        Files.createDirectories(dataDir);
        int httpPort = freePort();
        int boltPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                Kg.class.getName(),
                "serve",
                "--port=" + httpPort,
                "--bolt-port=" + boltPort,
                "--data-dir=" + dataDir.resolve("neo4j"),
                "--kg.serve.banner=false"));
        command.addAll(List.of(settings));
        Path log = dataDir.resolve("serve-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Server(process, httpPort, boltPort, dataDir.resolve("neo4j"), log);
    }

    /** Waits for health UP, asking GraphQL meanwhile; gives the statuses GraphQL answered before. */
    private Map<Integer, Integer> awaitHealthy(Server server) throws Exception {
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        long deadline = System.nanoTime() + START.toNanos();
        while (!healthy(server)) {
            assertThat(server.process().isAlive()).as("the server is running").isTrue();
            assertThat(System.nanoTime()).as("healthy within " + START).isLessThan(deadline);
            try {
                var answer = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + server.httpPort() + "/graphql"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"query\":\"{ supportProviders(function: \\\"技術移転支援\\\") { name } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                // An answer given as the start completes is fine if health says UP by then too.
                if (answer.statusCode() != 200 || !healthy(server)) {
                    statuses.merge(answer.statusCode(), 1, Integer::sum);
                    if (answer.statusCode() == 503) {
                        assertThat(json.readTree(answer.body())
                                        .path("errors")
                                        .path(0)
                                        .path("extensions")
                                        .path("code")
                                        .asText())
                                .isEqualTo("UNAVAILABLE");
                    }
                }
            } catch (IOException notListeningYet) {
                // The web server is not up yet.
            }
            Thread.sleep(200);
        }
        return statuses;
    }

    private boolean healthy(Server server) {
        try {
            return http.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://localhost:" + server.httpPort() + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body()
                    .startsWith("{\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String dump(Server server) {
        try (var driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + server.boltPort(),
                BoltLogin.kept(server.store()).orElseThrow().authToken())) {
            return GraphDump.of(driver).sha256();
        }
    }

    /** Sends the signal and waits for the process to end; gives how long it took. */
    private static long stop(Server server, String signal) throws Exception {
        long started = System.nanoTime();
        if (signal.equals("KILL")) {
            server.process().destroyForcibly();
        } else {
            new ProcessBuilder(
                            "kill", "-" + signal, Long.toString(server.process().pid()))
                    .start()
                    .waitFor();
        }
        assertThat(server.process().waitFor(60, TimeUnit.SECONDS))
                .as("stopped by SIG" + signal)
                .isTrue();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static int documentsWritten(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        return (int) new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.matches(".*\\[\\d+/\\d+\\] .*"))
                .count();
    }

    private String detail(Path dataDir) throws IOException {
        try (var logs = Files.list(dataDir)) {
            return logs.filter(file -> file.getFileName().toString().startsWith("serve-"))
                    .map(ServeLifecycleTest::lastDetailUnchecked)
                    .reduce("", (a, b) -> a + b);
        }
    }

    private static String lastDetailUnchecked(Path log) {
        try {
            return lastDetail(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** What the graph initializer said last: imported, completed or already loaded. */
    private static String lastDetail(Path log) throws IOException {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains("bundled corpus"))
                .reduce((a, b) -> b)
                .map(line -> line.substring(line.indexOf("bundled corpus")))
                .orElse("");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
