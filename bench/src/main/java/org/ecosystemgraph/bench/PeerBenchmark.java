package org.ecosystemgraph.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Neo4j's own GraphQL Library (@neo4j/graphql under Apollo Server, {@code bench/peer}) serving the database the
 * application uses, asked the same questions as the application, interleaved, by the peer's Node.js scripts.
 */
final class PeerBenchmark {

    /** One shared question: both sides' figures and the ratio of their p50s (ours / the library's). */
    record Row(String question, Side ours, Side library, double ratio) {}

    record Side(double p50, double p99, double perSecond) {}

    record Result(int clients, int rounds, int warmup, List<Row> rows) {}

    /** The bodies the questions name: a consortium, an organization (graph ids) and a support function's code. */
    record Inputs(String consortium, String organization, String function) {

        static final Inputs BUNDLED = new Inputs("tap", "東北大学", "INCUBATION");

        /**
         * The consortium of median size (of those with two members or more), its member with the fewest memberships,
         * and the function without narrower ones that has the most providers: typical questions with answers to
         * compare, the same in every run on the same graph. (The largest consortium's first member, tried first, sat
         * in 772 consortia at 10^5: two steps out was 31,320 rows, a question about a hub, not a typical one.)
         */
        static Inputs of(org.neo4j.driver.Driver driver) {
            var row = driver.executableQuery("""
                            MATCH (c:Consortium)
                            WITH c, COUNT { (c)<-[:MEMBER_OF]-() } AS members WHERE members > 1
                            WITH c ORDER BY members, c.id
                            WITH collect(c) AS consortia
                            WITH consortia[size(consortia) / 2] AS c
                            MATCH (o:Organization)-[:MEMBER_OF]->(c)
                            WITH c, o ORDER BY COUNT { (o)-[:MEMBER_OF]->() }, o.id LIMIT 1
                            MATCH (f:SupportFunction) WHERE NOT EXISTS { (:SupportFunction)-[:BROADER]->(f) }
                            WITH c, o, f ORDER BY COUNT { (f)<-[:PROVIDES]-() } DESC, f.code LIMIT 1
                            RETURN c.id AS consortium, o.id AS organization, f.code AS function
                            """).execute().records().get(0);
            return new Inputs(
                    row.get("consortium").asString(),
                    row.get("organization").asString(),
                    row.get("function").asString());
        }
    }

    private final Path peer;

    PeerBenchmark(Path peer) {
        this.peer = peer;
    }

    /** The peer's folder of the repository ./kg runs from. */
    static PeerBenchmark ofRepository() {
        String home = System.getenv().getOrDefault("KG_HOME", ".");
        return new PeerBenchmark(Path.of(home, "bench", "peer"));
    }

    /** Where the library reaches the database the application serves. */
    record Database(String boltUri, String password) {}

    Result run(Database database, int apiPort, Inputs inputs, int rounds, int warmup, int clients)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(peer.resolve("compare.mjs"))) {
            throw new IOException("the peer benchmark is in the repository's bench/peer, not found at " + peer
                    + "; run ./kg bench --peer from the repository");
        }
        if (!Files.isDirectory(peer.resolve("node_modules"))) {
            await(
                    new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                            .directory(peer.toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start(),
                    "npm ci in " + peer);
        }
        var server = new ProcessBuilder("node", "serve.mjs", database.boltUri(), "0")
                .directory(peer.toFile())
                .redirectErrorStream(true);
        server.environment().put("NEO4J_PASSWORD", database.password());
        Process library = server.start();
        try {
            String url = listeningUrl(library);
            Process compare = new ProcessBuilder(
                            "node",
                            "compare.mjs",
                            "http://localhost:" + apiPort + "/graphql",
                            url,
                            "--rounds",
                            String.valueOf(rounds),
                            "--warmup",
                            String.valueOf(warmup),
                            "--clients",
                            String.valueOf(clients),
                            "--consortium",
                            inputs.consortium(),
                            "--organization",
                            inputs.organization(),
                            "--function",
                            inputs.function())
                    .directory(peer.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String json = new String(compare.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            await(compare, "the comparison (bench/peer/compare.mjs)");
            return parse(new ObjectMapper().readTree(json));
        } finally {
            library.destroy();
            library.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The peer prints "peer: listening on <url>" once it answers; anything else before it ends is its error. */
    private static String listeningUrl(Process library) throws IOException {
        var lines = new BufferedReader(new InputStreamReader(library.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("peer: listening on ")) {
                return line.substring("peer: listening on ".length()).strip();
            }
            said.append(line).append('\n');
        }
        throw new IOException("the Neo4j GraphQL Library did not start (bench/peer/serve.mjs):\n" + said);
    }

    private static void await(Process process, String what) throws IOException, InterruptedException {
        if (process.waitFor() != 0) {
            throw new IOException(what + " failed with exit code " + process.exitValue());
        }
    }

    private static Result parse(JsonNode json) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode row : json.path("rows")) {
            rows.add(new Row(
                    row.path("question").asText(),
                    side(row.path("ours")),
                    side(row.path("library")),
                    row.path("ratio").asDouble()));
        }
        return new Result(
                json.path("clients").asInt(),
                json.path("rounds").asInt(),
                json.path("warmup").asInt(),
                rows);
    }

    private static Side side(JsonNode side) {
        return new Side(
                side.path("p50").asDouble(),
                side.path("p99").asDouble(),
                side.path("perSecond").asDouble());
    }
}
