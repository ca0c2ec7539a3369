package org.ecosystemgraph.api.cli;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecosystemgraph.api.EcosystemGraphApplication;
import org.ecosystemgraph.api.bench.ImportBenchmark;
import org.ecosystemgraph.api.bench.Soak;
import org.ecosystemgraph.api.bench.StatementCounter;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the GraphQL API on the bundled corpus: for each root field, the latency over HTTP (p50, p99) and the Cypher
 * statements one request costs. Starts its own application on a throw-away embedded database; prints figures and
 * asserts nothing.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure latency and Cypher statements per request of each GraphQL root field (bundled corpus).")
class BenchCommand implements Callable<Integer> {

    /** A representative request for each root field of the schema. */
    static final Map<String, String> ROOT_FIELDS = new LinkedHashMap<>();

    static {
        ROOT_FIELDS.put("organization", "{ organization(name: \"東北大学\") { name sector kinds memberships { role } } }");
        ROOT_FIELDS.put(
                "organizations",
                "{ organizations(filter: {sector: FINANCE}, first: 20) { totalCount edges { node { name } } } }");
        ROOT_FIELDS.put("supportFunctions", "{ supportFunctions { code label } }");
        ROOT_FIELDS.put("supportProviders", "{ supportProviders(function: \"技術移転支援\") { name sector } }");
        ROOT_FIELDS.put("consortium", "{ consortium(name: \"MASP\") { name members { organization { name } role } } }");
        ROOT_FIELDS.put("agreements", "{ agreements(party: \"東北大学\") { title clauses { number } parties { name } } }");
        ROOT_FIELDS.put(
                "connections",
                "{ connections(from: \"クリーンプラネット\", toKind: \"VENTURE_CAPITAL\") { length nodes { name } } }");
        ROOT_FIELDS.put(
                "partners", "{ partners(for: \"クリーンプラネット\", needs: [\"技術移転支援\"]) { organization { name } score } }");
        ROOT_FIELDS.put("search", "{ search(text: \"東北大学\") { name score } }");
    }

    @Option(names = "--requests", description = "measured requests per field (default: 200)")
    int requests = 200;

    @Option(names = "--warmup", description = "unmeasured requests per field first (default: 50)")
    int warmup = 50;

    @Option(
            names = "--soak",
            converter = ShortDuration.class,
            description = "then a soak: a mixed workload for this long (e.g. 5m, 60s), reporting errors, heap and"
                    + " threads; exits 1 on any error or growth beyond the bounds")
    Duration soak;

    @Option(names = "--clients", description = "concurrent clients of the soak (default: 4)")
    int clients = 4;

    @Option(
            names = "--import-orgs",
            split = ",",
            description = "then import throughput, the importer against a bare driver loop, on synthetic corpora of"
                    + " these sizes (./kg generate), e.g. 10000,100000")
    List<Integer> importSizes = List.of();

    @Option(names = "--write", description = "also write the figures as Markdown to this file, e.g. BENCHMARKS.md")
    Path write;

    private final StringBuilder report = new StringBuilder();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dataDir = Files.createTempDirectory("kg-bench-neo4j");
        out.println("Starting the application on a throw-away embedded database (" + dataDir + ") ...");
        out.flush();
        try (var context = new SpringApplicationBuilder(EcosystemGraphApplication.class)
                .logStartupInfo(false)
                .run(
                        "--server.port=0",
                        "--kg.embedded.bolt-port=0",
                        "--kg.embedded.data-dir=" + dataDir,
                        "--kg.bench.count-statements=true",
                        // A document of a synthetic corpus writes thousands of relationships in one transaction.
                        "--kg.embedded.transaction-memory=512m",
                        "--kg.serve.banner=false",
                        "--logging.level.org.ecosystemgraph=warn")) {
            HealthIndicator graph = context.getBean("graph", HealthIndicator.class);
            while (!graph.health().getStatus().equals(Status.UP)) {
                Thread.sleep(200);
            }
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            out.printf(
                    "%nGraphQL root fields over HTTP, %d requests each after %d warm-up, %d cores:%n",
                    requests, warmup, Runtime.getRuntime().availableProcessors());
            out.printf("  %-18s %9s %9s %12s%n", "field", "p50 ms", "p99 ms", "statements");
            report.append(machine())
                    .append(
                            "\n## GraphQL root fields on the bundled corpus\n\nOver HTTP, %d requests each after %d warm-up.\n\n"
                                    .formatted(requests, warmup))
                    .append("| field | p50 ms | p99 ms | Cypher statements per request |\n|---|---|---|---|\n");
            for (var field : ROOT_FIELDS.entrySet()) {
                HttpRequest request = Soak.graphQlPost(port, field.getValue()).build();
                for (int i = 0; i < warmup; i++) {
                    send(http, request, field.getKey());
                }
                long[] nanos = new long[requests];
                long statementsBefore = StatementCounter.count();
                for (int i = 0; i < requests; i++) {
                    long started = System.nanoTime();
                    send(http, request, field.getKey());
                    nanos[i] = System.nanoTime() - started;
                }
                double statements = (double) (StatementCounter.count() - statementsBefore) / requests;
                Arrays.sort(nanos);
                out.printf(
                        "  %-18s %9.2f %9.2f %12.1f%n",
                        field.getKey(), millis(nanos, 0.50), millis(nanos, 0.99), statements);
                out.flush();
                report.append("| %s | %.2f | %.2f | %.1f |%n"
                        .formatted(field.getKey(), millis(nanos, 0.50), millis(nanos, 0.99), statements));
            }
            int status = soak == null ? 0 : soak(port, out);
            if (!importSizes.isEmpty()) {
                importThroughput(context.getBean(org.neo4j.driver.Driver.class), out);
            }
            if (write != null) {
                Files.writeString(write, report.toString());
                out.println("Figures written to " + write);
            }
            return status;
        }
    }

    private void importThroughput(org.neo4j.driver.Driver driver, PrintWriter out) throws Exception {
        out.printf("%nImport throughput on synthetic corpora (./kg generate, seed 1):%n");
        report.append(
                "\n## Import throughput\n\nSynthetic corpora from `./kg generate --seed 1`; the importer against a bare"
                        + " driver loop (`UNWIND … MERGE` per label and relationship type, one transaction per document,"
                        + " no provenance lists, retraction or consolidation) loading the same nodes and relationships"
                        + " into the same emptied database. Both read and map the datasets the same way.\n\n"
                        + "| organizations | loader | seconds | nodes | relationships | relationships/s | peak heap MB |"
                        + "\n|---|---|---|---|---|---|---|\n");
        for (int size : importSizes) {
            Path corpusDir = Files.createTempDirectory("kg-bench-corpus");
            var summary = org.ecosystemgraph.importer.synthetic.SyntheticCorpus.write(corpusDir, size, 1, line -> {});
            var corpus = org.ecosystemgraph.importer.corpus.DirectoryCorpus.open(corpusDir);
            ImportBenchmark.Load bare;
            ImportBenchmark.Load ours;
            try {
                bare = ImportBenchmark.bareDriver(driver, corpus);
                ours = ImportBenchmark.importer(driver, corpus);
            } catch (RuntimeException e) {
                String message =
                        String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                out.printf("  %,8d organizations  failed: %s%n", summary.organizations(), message);
                report.append("| %,d | failed: %s | | | | | |%n".formatted(summary.organizations(), message));
                continue;
            }
            for (var load : List.of(bare, ours)) {
                out.printf(
                        "  %,8d organizations  %-26s %8.1f s  %,9d nodes  %,10d relationships  %,8.0f rel/s  heap %,5d MB%n",
                        summary.organizations(),
                        load.loader(),
                        load.seconds(),
                        load.nodes(),
                        load.relationships(),
                        load.relationshipsPerSecond(),
                        load.peakHeapMb());
                report.append("| %,d | %s | %.1f | %,d | %,d | %,.0f | %,d |%n"
                        .formatted(
                                summary.organizations(),
                                load.loader(),
                                load.seconds(),
                                load.nodes(),
                                load.relationships(),
                                load.relationshipsPerSecond(),
                                load.peakHeapMb()));
            }
            double ratio = ours.relationshipsPerSecond() / bare.relationshipsPerSecond();
            out.printf("  importer / bare driver throughput: %.2f (target 0.8)%n", ratio);
            out.flush();
            report.append("| %,d | **importer / bare driver** | | | | **%.2f** (target ≥ 0.8) | |%n"
                    .formatted(summary.organizations(), ratio));
        }
    }

    private static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return """
                # Benchmarks

                Written by `./kg bench` on %s. Machine: %d cores, %.0f GiB RAM, %s %s, Java %s, heap limit %d MiB;
                embedded Neo4j 5.26 with the page cache and transaction memory of `application.yml`. Figures, not
                assertions: no test checks them.
                """.formatted(
                        java.time.LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(),
                        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                        System.getProperty("os.name"),
                        System.getProperty("os.arch"),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** 90s, 5m, 1h, or ISO-8601 (PT5M). */
    static final class ShortDuration implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            String value = text.strip().toLowerCase(java.util.Locale.ROOT);
            if (value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase(java.util.Locale.ROOT));
            }
            if (!value.matches("\\d+[smh]")) {
                throw new CommandLine.TypeConversionException("'" + text + "' is not a duration such as 90s, 5m or 1h");
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
    }

    private int soak(int port, PrintWriter out) throws Exception {
        out.printf("%nSoak: %d clients, the root fields' requests in turn, for %s:%n", clients, soak);
        var result = Soak.run(port, List.copyOf(ROOT_FIELDS.values()), clients, soak, out);
        out.printf(
                "Soak: %d requests (%.0f/s), %d errors; heap after GC %d MB -> %d MB (peak %d MB, bound +%d MB);"
                        + " threads %d -> %d (peak %d, bound +%d)%n",
                result.requests(),
                result.perSecond(),
                result.errors(),
                result.heapStartMb(),
                result.heapEndMb(),
                result.heapMaxMb(),
                Soak.HEAP_GROWTH_BOUND_MB,
                result.threadsStart(),
                result.threadsEnd(),
                result.threadsMax(),
                Soak.THREAD_GROWTH_BOUND);
        out.println(result.ok() ? "Soak: passed" : "Soak: FAILED");
        report.append(
                "\n## Soak\n\n%d clients on loopback, the root fields in turn, for %s: %d requests (%.0f/s), %d errors;"
                                .formatted(clients, soak, result.requests(), result.perSecond(), result.errors())
                        + " heap after a full GC %d → %d MB; live threads %d → %d.%n"
                                .formatted(
                                        result.heapStartMb(),
                                        result.heapEndMb(),
                                        result.threadsStart(),
                                        result.threadsEnd()));
        out.flush();
        return result.ok() ? 0 : 1;
    }

    private static void send(HttpClient http, HttpRequest request, String field) throws Exception {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new CommandException(field + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static double millis(long[] sorted, double quantile) {
        int index = Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
