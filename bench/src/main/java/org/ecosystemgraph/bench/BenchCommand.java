package org.ecosystemgraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.ecosystemgraph.api.EcosystemGraphApplication;
import org.ecosystemgraph.bench.synthetic.SyntheticCorpus;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.StatementRecorder;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.ecosystemgraph.database.spring.EmbeddedDatabaseProperties;
import org.ecosystemgraph.database.spring.StatementRecording;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.ecosystemgraph.importer.corpus.DirectoryCorpus;
import org.ecosystemgraph.model.RelationshipType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
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
 * Measures the application: each GraphQL root field over HTTP beside the same Cypher over a bare driver, on the
 * bundled corpus and, with {@code --orgs}, on synthetic national graphs, where it also measures import throughput
 * against a bare driver loop, {@code connections} by path length, and sustained concurrent load. Starts its own
 * application on a throw-away embedded database; prints figures and asserts nothing.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure the GraphQL API and the importer: latency against bare Cypher, import throughput,"
                + " load; on the bundled corpus and on synthetic graphs of --orgs organizations.")
public class BenchCommand implements Callable<Integer> {

    /** A representative request for each root field of the schema, on the bundled corpus. */
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
                "{ connections(from: \"クリーンプラネット\", toKind: VENTURE_CAPITAL) { length nodes { name } } }");
        ROOT_FIELDS.put(
                "partners", "{ partners(for: \"クリーンプラネット\", needs: [\"技術移転支援\"]) { organization { name } score } }");
        ROOT_FIELDS.put("search", "{ search(text: \"東北大学\") { name score } }");
        ROOT_FIELDS.put("places", "{ places { id name organizationCount } }");
        ROOT_FIELDS.put("neighbourhood", "{ neighbourhood(of: \"東北大学\") { nodes { name } ties { type } } }");
    }

    /** The p99 targets at 10^5 organizations, in milliseconds. */
    static final Map<String, Double> P99_TARGETS =
            Map.of("organization", 10.0, "supportProviders", 30.0, "connections", 150.0, "search", 30.0);

    /** The GraphQL layer may take at most this multiple of bare Cypher at the median. */
    static final double OVERHEAD_TARGET = 1.3;

    @Option(names = "--requests", description = "measured requests per field (default: 200)")
    int requests = 200;

    @Option(
            names = "--warmup",
            description = "unmeasured rounds over all fields of a table before it is measured (default: 50)")
    int warmup = 50;

    @Option(
            names = "--soak",
            converter = ShortDuration.class,
            description = "then a soak on the bundled corpus: a mixed workload for this long (e.g. 5m, 60s),"
                    + " reporting errors, heap and threads; exits 1 on any error or growth beyond the bounds")
    Duration soak;

    @Option(names = "--clients", description = "concurrent clients of the soak and the load runs (default: 4)")
    int clients = 4;

    @Option(
            names = "--overload",
            converter = ShortDuration.class,
            description = "then an overload on the bundled corpus for this long (e.g. 30s): --overload-clients clients"
                    + " asking ordinary, heavy and refused requests; answers by status and code, latency, memory")
    Duration overload;

    @Option(names = "--overload-clients", description = "clients of the overload (default: 32)")
    int overloadClients = 32;

    @Option(
            names = {"--orgs", "--import-orgs"},
            split = ",",
            description = "then, for synthetic national graphs of these sizes (./kg generate, seed 1), e.g."
                    + " 10000,100000: import throughput against a bare driver loop, every root field, connections at"
                    + " 2, 3 and 4 hops, and concurrent load")
    List<Integer> sizes = List.of();

    @Option(
            names = "--load",
            converter = ShortDuration.class,
            description = "how long the concurrent load runs on each synthetic graph (default: 60s)")
    Duration load = Duration.ofSeconds(60);

    @Option(names = "--write", description = "also write the figures as Markdown to this file, e.g. BENCHMARKS.md")
    Path write;

    @Option(
            names = "--peer",
            description = "also ask Neo4j's GraphQL Library (@neo4j/graphql, bench/peer; needs Node.js) the same"
                    + " questions over the same database, interleaved, on the bundled corpus")
    boolean peer;

    /** Ours / the library's p50 at most: 1.5 times faster. */
    private static final double PEER_TARGET = 0.67;

    private final StringBuilder report = new StringBuilder();
    private final List<String> targets = new ArrayList<>();
    private PrintWriter out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        Path dataDir = Files.createTempDirectory("kg-bench-neo4j");
        out.println("Starting the application on a throw-away embedded database (" + dataDir + ") ...");
        out.flush();
        var statements = new StatementRecorder();
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        try (var context = new SpringApplicationBuilder(EcosystemGraphApplication.class)
                        .logStartupInfo(false)
                        .initializers(
                                app -> app.getBeanFactory().addBeanPostProcessor(new StatementRecording(statements)))
                        .run(
                                "--server.port=0",
                                "--kg.embedded.bolt-port=0",
                                "--kg.embedded.data-dir=" + dataDir,
                                // A document of a synthetic corpus writes thousands of relationships in one
                                // transaction (hundreds of thousands at 10^6): half the heap.
                                "--kg.embedded.transaction-memory=" + heapMb / 2 + "m",
                                // Such a transaction may run for minutes: the database allows the bare loop's as long
                                // as the importer allows its own.
                                "--kg.embedded.transaction-timeout="
                                        + CorpusImporter.DEFAULT_TRANSACTION_TIMEOUT.toMinutes() + "m",
                                "--kg.serve.banner=false",
                                "--logging.level.org.ecosystemgraph=warn");
                Driver bare = GraphDatabase.driver(
                        context.getBean(DatabaseEndpoint.class).boltUri(),
                        context.getBean(EmbeddedNeo4j.class).login().authToken())) {
            HealthIndicator graph = context.getBean("graph", HealthIndicator.class);
            while (!graph.health().getStatus().equals(Status.UP)) {
                Thread.sleep(200);
            }
            double startup = (System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime())
                    / 1000.0;
            target(
                    "the application healthy on the bundled corpus in ≤ 20 s with ≤ 1 GiB heap",
                    "%.1f s from JVM start (schema applied, corpus imported), heap limit %d MiB"
                            .formatted(startup, heapMb),
                    startup <= 20 && heapMb <= 1024);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var fields = new FieldBenchmark(port, bare, statements);
            emit(machine(heapMb, context.getBean(EmbeddedDatabaseProperties.class)));
            emit("\n## GraphQL root fields on the bundled corpus\n\nOver HTTP, %d requests each after %d warm-up rounds"
                            .formatted(requests, warmup)
                    + " over all fields;"
                    + " beside each, the same Cypher statements the request ran, sent again over a bare driver in one"
                    + " read transaction. The application reads in process, as on the embedded default"
                    + " (`kg.graphql.in-process-reads`); the bare driver over Bolt, as every client of a server.\n\n");
            Map<String, List<GraphQlRequest>> bundled = new LinkedHashMap<>();
            ROOT_FIELDS.forEach((field, query) -> bundled.put(field, List.of(GraphQlRequest.of(query))));
            overheadTarget("bundled corpus", fieldTable(fields, bundled, false));
            var floor = fields.measure("__typename", List.of(GraphQlRequest.of("{ __typename }")), requests);
            emit("\nThe floor, `{ __typename }` (HTTP, JSON and GraphQL; no Cypher): p50 %.2f ms, p99 %.2f ms.%n"
                    .formatted(floor.p50(), floor.p99()));
            var database = new PeerBenchmark.Database(
                    context.getBean(DatabaseEndpoint.class).boltUri().toString(),
                    context.getBean(EmbeddedNeo4j.class).login().password());
            if (peer) {
                peer(database, PeerBenchmark.Inputs.BUNDLED, "bundled corpus", "##", port);
            }
            extraction();
            int status = soak == null ? 0 : soak(port);
            if (overload != null) {
                overload(port);
            }
            for (int size : sizes) {
                status = Math.max(
                        status, syntheticGraph(size, context.getBean(Driver.class), bare, database, port, fields));
            }
            emit("\n## Against the targets\n\n| target | figure | met |\n|---|---|---|\n"
                    + String.join("", targets)
                    + "\nWhy the misses are what they are, and what was done about them:"
                    + " [docs/performance.md](docs/performance.md).\n");
            if (write != null) {
                Files.writeString(write, report.toString());
                out.println("Figures written to " + write);
            }
            return status;
        }
    }

    /** The same questions asked of Neo4j's GraphQL Library serving the same database (bench/peer). */
    private void peer(
            PeerBenchmark.Database database, PeerBenchmark.Inputs inputs, String graph, String heading, int port)
            throws Exception {
        out.println("\nThe Neo4j GraphQL Library over the same database, the same questions, interleaved ...");
        out.flush();
        var result = PeerBenchmark.ofRepository().run(database, port, inputs, requests, warmup, clients);
        StringBuilder table = new StringBuilder();
        for (var row : result.rows()) {
            table.append("| %s | %.2f | %.2f | %.0f | %.2f | %.2f | %.0f | %s |%n"
                    .formatted(
                            row.question(),
                            row.ours().p50(),
                            row.ours().p99(),
                            row.ours().perSecond(),
                            row.library().p50(),
                            row.library().p99(),
                            row.library().perSecond(),
                            "%.2f%s".formatted(row.ratio(), row.ratio() <= PEER_TARGET ? "" : " (missed)")));
        }
        emit(
                ("\n%s Side by side with the Neo4j GraphQL Library\n\n@neo4j/graphql under Apollo Server (bench/peer), with"
                                        + " type definitions for the same labels and relationships, serving the same embedded database"
                                        + " over Bolt; both asked the same questions (and found to give the same answers) by %d"
                                        + " concurrent clients, %d rounds after %d warm-up rounds, each round asking every question of"
                                        + " both, the order alternating. req/s is the closed-loop rate (clients ÷ mean latency). The"
                                        + " library cannot express `connections` (shortest paths) without a hand-written @cypher"
                                        + " field, so the 2-hop question is a nested traversal both can express.\n\n"
                                        + "| question | ours p50 ms | ours p99 ms | ours req/s | library p50 ms | library p99 ms"
                                        + " | library req/s | ours / library at p50 |\n|---|---|---|---|---|---|---|---|\n")
                                .formatted(heading, result.clients(), result.rounds(), result.warmup())
                        + table);
        var worst = result.rows().stream()
                .max(java.util.Comparator.comparingDouble(PeerBenchmark.Row::ratio))
                .orElseThrow();
        long met = result.rows().stream().filter(r -> r.ratio() <= PEER_TARGET).count();
        target(
                "p50 ≥ 1.5× faster than the Neo4j GraphQL Library on every shared question (" + graph + ")",
                "%d of %d questions; worst %s at %.2f×"
                        .formatted(met, result.rows().size(), worst.question(), worst.ratio()),
                met == result.rows().size());
    }

    /** ./kg extract on a 20-page PDF: reading it and extracting its candidates, three times. */
    private void extraction() throws IOException {
        var figures = ExtractionBenchmark.run(3);
        if (figures == null) {
            emit("\n## Extraction\n\nSkipped: no %s to write the 20-page PDF with (apt-get install"
                            .formatted(ExtractionBenchmark.FONT)
                    + " fonts-ipafont-gothic).\n");
            return;
        }
        emit(("\n## Extraction\n\nA %d-page PDF (%d lines of the longest bundled document, %d KB) read with PDFBox"
                        + " and extracted as a new document (%d organizations found): %s s; the first run loads"
                        + " Kuromoji's dictionary.\n")
                .formatted(
                        figures.pages(),
                        figures.lines(),
                        figures.bytes() / 1024,
                        figures.organizations(),
                        String.join(
                                ", ",
                                figures.seconds().stream()
                                        .map(s -> "%.2f".formatted(s))
                                        .toList())));
        double first = figures.seconds().get(0);
        target("a 20-page PDF extracted in ≤ 10 s", "%.2f s (first run)".formatted(first), first <= 10);
    }

    /** Prints Markdown and keeps it for {@code --write}. */
    private void emit(String markdown) {
        out.print(markdown);
        out.flush();
        report.append(markdown);
    }

    /** A console line, not part of the report, for each document a load writes: an import at 10^6 takes minutes. */
    private Consumer<String> progress(String loader) {
        return line -> {
            out.println("  " + loader + ": " + line.strip());
            out.flush();
        };
    }

    /** Records a target with the figure measured for it, for the summary at the end. */
    private void target(String what, String figure, boolean met) {
        targets.add("| %s | %s | %s |%n".formatted(what, figure, met ? "yes" : "**no**"));
    }

    private void overheadTarget(String graph, List<FieldBenchmark.Figures> figures) {
        var worst = figures.stream()
                .max(java.util.Comparator.comparingDouble(FieldBenchmark.Figures::overhead))
                .orElseThrow();
        long met = figures.stream().filter(f -> f.overhead() <= OVERHEAD_TARGET).count();
        target(
                "GraphQL ≤ 1.3 × bare Cypher at p50, every root field (" + graph + ")",
                "%d of %d fields; worst %s at %.2f× (+%.2f ms)"
                        .formatted(met, figures.size(), worst.field(), worst.overhead(), worst.p50() - worst.bareP50()),
                met == figures.size());
    }

    private static List<GraphQlRequest> rootFieldRequests() {
        return ROOT_FIELDS.values().stream().map(GraphQlRequest::of).toList();
    }

    private List<FieldBenchmark.Figures> fieldTable(
            FieldBenchmark fields, Map<String, List<GraphQlRequest>> queries, boolean withTargets) {
        List<FieldBenchmark.Figures> measured = new ArrayList<>();
        emit("| field | p50 ms | p99 ms | bare Cypher p50 ms | bare Cypher p99 ms | GraphQL / bare at p50"
                + " | GraphQL − bare at p50, ms | statements per request |" + (withTargets ? " p99 target ms |" : "")
                + "\n|---|---|---|---|---|---|---|---|"
                + (withTargets ? "---|" : "") + "\n");
        fields.warmUp(queries, warmup);
        queries.forEach((field, requestsOfField) -> {
            var figures = fields.measure(field, requestsOfField, requests);
            measured.add(figures);
            Double target = P99_TARGETS.get(field.startsWith("connections") ? "connections" : field);
            emit("| %s | %.2f | %.2f | %.2f | %.2f | %s | %.2f | %.1f |%s%n"
                    .formatted(
                            field,
                            figures.p50(),
                            figures.p99(),
                            figures.bareP50(),
                            figures.bareP99(),
                            marked(figures.overhead(), figures.overhead() <= OVERHEAD_TARGET),
                            figures.p50() - figures.bareP50(),
                            figures.statements(),
                            !withTargets
                                    ? ""
                                    : target == null
                                            ? " |"
                                            : " %s |".formatted(marked(target, figures.p99() <= target))));
        });
        return measured;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }

    /** A figure, with "(missed)" when it misses its target. */
    private static String marked(double figure, boolean met) {
        return "%.2f%s".formatted(figure, met ? "" : " (missed)");
    }

    private int syntheticGraph(
            int size, Driver driver, Driver bare, PeerBenchmark.Database database, int port, FieldBenchmark fields)
            throws Exception {
        Path corpusDir = Files.createTempDirectory("kg-bench-corpus");
        emit("\n## A synthetic graph of %,d organizations\n\nFrom `./kg generate --orgs %d --seed 1`.\n"
                .formatted(size, size));
        var summary = SyntheticCorpus.write(corpusDir, size, 1, line -> {});
        var corpus = DirectoryCorpus.open(corpusDir);
        ImportBenchmark.Load bareLoad;
        ImportBenchmark.Load ours;
        try {
            bareLoad = ImportBenchmark.bareDriver(driver, corpus, progress("bare driver loop"));
            ours = ImportBenchmark.importer(driver, corpus, progress("importer"));
        } catch (RuntimeException e) {
            emit("\nImport of %,d organizations failed: %s%n"
                    .formatted(
                            summary.organizations(),
                            String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            return 1;
        }
        emit(
                "\n### Import throughput\n\nThe importer against a bare driver loop (`UNWIND … MERGE` per label and"
                        + " relationship type, one transaction per document, no provenance lists, retraction or consolidation)"
                        + " loading the same nodes and relationships into the same emptied database. Both read and map the"
                        + " datasets the same way.\n\n"
                        + "| loader | seconds | nodes | relationships | relationships/s | peak heap MB |\n|---|---|---|---|---|---|\n");
        for (var load : List.of(bareLoad, ours)) {
            emit("| %s | %.1f | %,d | %,d | %,.0f | %,d |%n"
                    .formatted(
                            load.loader(),
                            load.seconds(),
                            load.nodes(),
                            load.relationships(),
                            load.relationshipsPerSecond(),
                            load.peakHeapMb()));
        }
        double ratio = ours.relationshipsPerSecond() / bareLoad.relationshipsPerSecond();
        emit("| **importer / bare driver** | | | | **%s** (target ≥ 0.8) | |%n".formatted(marked(ratio, ratio >= 0.8)));
        String graph = "%,d organizations".formatted(summary.organizations());
        target("importer ≥ 0.8 × bare driver loop (" + graph + ")", "%.2f".formatted(ratio), ratio >= 0.8);
        target(
                "importer ≥ 20k relationships/s (" + graph + ")",
                "%,.0f/s (bare loop %,.0f/s)"
                        .formatted(ours.relationshipsPerSecond(), bareLoad.relationshipsPerSecond()),
                ours.relationshipsPerSecond() >= 20_000);

        var workload = new SyntheticWorkload(bare, 1);
        emit("\n### GraphQL root fields\n\nOn the graph the importer just loaded; each field's requests draw their"
                + " inputs (names, consortia, functions, prefectures) at random from the graph. %d requests each after"
                        .formatted(requests)
                + " %d warm-up rounds over all fields, beside the same Cypher over a bare driver.\n\n"
                        .formatted(warmup));
        Map<String, List<GraphQlRequest>> rootFields = workload.rootFields(Math.max(requests, warmup));
        var rootFigures = fieldTable(fields, rootFields, true);
        overheadTarget(graph, rootFigures);

        if (peer) {
            peer(database, PeerBenchmark.Inputs.of(bare), graph, "###", port);
        }

        emit("\n### `connections` between random pairs, by the length of their shortest path\n\n");
        Map<String, List<GraphQlRequest>> byHops = new LinkedHashMap<>();
        workload.connectionsByHops(RelationshipType.cypher(RelationshipType.WORKING_TIES), 30)
                .forEach((hops, pairs) -> {
                    if (!pairs.isEmpty()) {
                        byHops.put("connections, %d hops (%d pairs)".formatted(hops, pairs.size()), pairs);
                    }
                });
        var connections = new ArrayList<>(fieldTable(fields, byHops, true));
        rootFigures.stream().filter(f -> f.field().equals("connections")).forEach(connections::add);
        for (var figures : rootFigures) {
            Double p99Target = P99_TARGETS.get(figures.field());
            if (p99Target != null && !figures.field().equals("connections")) {
                target(
                        "`%s` p99 ≤ %.0f ms (%s)".formatted(figures.field(), p99Target, graph),
                        "%.1f ms".formatted(figures.p99()),
                        figures.p99() <= p99Target);
            }
        }
        double connectionsP99 = connections.stream()
                .mapToDouble(FieldBenchmark.Figures::p99)
                .max()
                .orElse(Double.NaN);
        target(
                "`connections` (≤ 4 hops) p99 ≤ 150 ms (" + graph + ")",
                "%.1f ms, the worst of the pairs at 2, 3, 4 hops and the paths to a kind".formatted(connectionsP99),
                connectionsP99 <= 150);

        emit("\n### Concurrent load\n\n%d clients on loopback for %s, the root fields' requests above in turn:\n\n"
                .formatted(clients, seconds(load)));
        List<GraphQlRequest> mixed = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            for (List<GraphQlRequest> requestsOfField : rootFields.values()) {
                mixed.add(requestsOfField.get(i % requestsOfField.size()));
            }
        }
        var result = Soak.run(port, mixed, clients, load, out);
        emit("%,d requests, **%.0f/s** (target ≥ 500/s), %d errors.%n"
                .formatted(result.requests(), result.perSecond(), result.errors()));
        target(
                "≥ 500 requests/s for %s with zero errors, mixed workload (%s)".formatted(seconds(load), graph),
                "%.0f/s, %d errors".formatted(result.perSecond(), result.errors()),
                result.perSecond() >= 500 && result.errors() == 0 && load.toSeconds() >= 60);
        return result.errors() == 0 ? 0 : 1;
    }

    private static String machine(long heapMb, EmbeddedDatabaseProperties database) {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return """
                # Benchmarks

                Written by `./kg bench` on %s. Machine: %d cores, %.0f GiB RAM, %s %s, Java %s, heap limit %d MiB;
                embedded Neo4j 5.26, page cache %s, transaction memory %s. Figures, not assertions: no test checks
                them.
                """.formatted(
                        java.time.LocalDate.now(),
                        Runtime.getRuntime().availableProcessors(),
                        os.getTotalMemorySize() / (1024.0 * 1024 * 1024),
                        System.getProperty("os.name"),
                        System.getProperty("os.arch"),
                        System.getProperty("java.version"),
                        heapMb,
                        database.pageCache(),
                        database.transactionMemory());
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

    private void overload(int port) throws Exception {
        out.printf(
                "%nOverload: %d clients, ordinary, heavy and refused requests in turn, for %s:%n",
                overloadClients, seconds(overload));
        var result = Overload.run(port, rootFieldRequests(), overloadClients, overload, out);
        StringBuilder answers = new StringBuilder();
        result.answers().forEach((outcome, count) -> answers.append("| %s | %,d |%n".formatted(outcome, count)));
        emit(("\n## Overload\n\n%d clients on loopback (the machine has %d cores) for %s, asking in turn the root"
                        + " fields' requests, two heavy ones (every nested list of a hundred organizations; paths to any"
                        + " finance body) and three that must be refused (a cost of millions, a 1,200-character search,"
                        + " a page of 1,000): %,d requests, latency p50 %.0f ms, p99 %.0f ms, max %.0f ms; resident memory"
                        + " %,d MB before, %,d MB at the peak, %,d MB after.\n\n| answer (HTTP status, error code) |"
                        + " requests |\n|---|---|\n%s")
                .formatted(
                        overloadClients,
                        Runtime.getRuntime().availableProcessors(),
                        seconds(overload),
                        result.requests(),
                        result.p50(),
                        result.p99(),
                        result.max(),
                        result.rssBeforeMb(),
                        result.rssPeakMb(),
                        result.rssAfterMb(),
                        answers));
    }

    private int soak(int port) throws Exception {
        out.printf("%nSoak: %d clients, the root fields' requests in turn, for %s:%n", clients, seconds(soak));
        var result = Soak.run(port, rootFieldRequests(), clients, soak, out);
        emit("\n## Soak\n\n%d clients on loopback, the root fields in turn, for %s: %d requests (%.0f/s), %d errors;"
                        .formatted(clients, seconds(soak), result.requests(), result.perSecond(), result.errors())
                + " heap after a full GC %d → %d MB (peak %d MB, bound +%d MB); live threads %d → %d (peak %d, bound +%d).%n"
                        .formatted(
                                result.heapStartMb(),
                                result.heapEndMb(),
                                result.heapMaxMb(),
                                Soak.HEAP_GROWTH_BOUND_MB,
                                result.threadsStart(),
                                result.threadsEnd(),
                                result.threadsMax(),
                                Soak.THREAD_GROWTH_BOUND));
        out.println(result.ok() ? "Soak: passed" : "Soak: FAILED");
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
