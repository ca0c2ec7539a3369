package org.ecosystemgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.ecosystemgraph.api.ApiTest;
import org.ecosystemgraph.database.GraphDump;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Malformed and hostile requests, a bounded number on loopback: random documents, mutated queries, huge aliases and
 * fragments, deep nesting, injection strings in every argument, wrong content types, broken JSON and oversized
 * bodies. None gets a 5xx, none shows a stack trace or the application's Cypher, the graph is unchanged, and the
 * service answers normally afterwards.
 */
class GraphQlFuzzTest extends ApiTest {

    private static final int REQUESTS = 1200;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(120);

    /** Words of the application's own Cypher and of Java internals that no response may show. */
    private static final List<String> INTERNALS = List.of(
            "SOURCED_FROM",
            "nameKeys",
            "OPTIONAL MATCH",
            "UNWIND",
            "elementId(",
            "Exception",
            "\tat ",
            "org.springframework",
            "org.neo4j",
            "java.lang",
            // graphql-java's syntax tree, Java types and parser, which name nothing a client wrote.
            "IntValue",
            "StringValue",
            "ArrayValue",
            "ObjectValue",
            "EnumValue",
            "ArrayList",
            "LinkedHashMap",
            "ANTLR",
            "AST type",
            "Tomcat");

    /** Values of every JSON and GraphQL kind, given where another is expected. */
    private static final List<String> WRONG_LITERALS =
            List.of("5", "-1.5", "true", "null", "[\"東北大学\", 1]", "{a: 1}", "ACADEMIA", "99999999999", "$x");

    private static final List<String> WRONG_JSON =
            List.of("5", "1.5e300", "true", "[\"東北大学\"]", "{\"a\": {\"b\": []}}", "[[[]]]", "\"FOO\"");

    private static final List<String> HOSTILE = List.of(
            "' OR 1=1 //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "東北大学'}) DETACH DELETE o RETURN 1 //",
            "$from",
            "\\u0000\\u0007",
            "{{name}}",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            "x".repeat(100_000),
            "東北大学".repeat(5_000),
            "`) CALL db.labels() //");

    private static final List<String> ROOT_FIELDS = List.of(
            "organization(name: %s) { id name }",
            "organizations(filter: {nameContains: %s, place: %s}) { totalCount }",
            "supportProviders(function: %s) { name }",
            "consortium(name: %s) { name }",
            "agreements(party: %s) { title }",
            "connections(from: %s, to: %s) { length }",
            "partners(for: %s, needs: [%s], place: %s, memberOf: %s) { score }",
            "search(text: %s) { id }",
            "neighbourhood(of: %s) { nodes { id } }");

    @Autowired
    Driver driver;

    @Test
    void malformed_and_hostile_requests_get_clean_answers_and_change_nothing() throws Exception {
        GraphDump before = GraphDump.of(driver);
        Random random = new Random(20261122);
        List<Supplier<Request>> kinds = List.of(
                () -> json(randomDocument(random)),
                () -> json(mutated(random)),
                () -> json(hugeAliases(random.nextInt(500, 5000))),
                () -> json(fragmentBomb(random.nextInt(50, 400))),
                () -> json("{" + "organization(name: \"東北大学\") {".repeat(random.nextInt(20, 2000))),
                () -> json(hostileArgument(random)),
                () -> hostileVariables(random),
                () -> new Request(
                        List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "", "*/*")
                                .get(random.nextInt(5)),
                        "{\"query\":\"{ search(text: \\\"東北\\\") { id } }\"}"),
                () -> new Request("application/json", brokenJson(random)),
                () -> json(wrongLiteral(random)),
                () -> wrongVariable(random));
        // Oversized bodies (1 to 5 MB) now and then, not at every turn.
        Supplier<Request> oversized =
                () -> json("{ search(text: \"" + "a".repeat(random.nextInt(1, 6) * 1_000_000) + "\") { id } }");

        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
        int sent = 0;
        while (sent < REQUESTS && System.nanoTime() < deadline) {
            boolean tooLarge = sent % 60 == 59;
            Request request = (tooLarge ? oversized : kinds.get(sent % kinds.size())).get();
            HttpResponse<String> response;
            try {
                response = send(request);
            } catch (IllegalStateException e) {
                // Tomcat reads at most 2 MB of a body it refused: past that, it closes the connection after its 413,
                // and a client still sending may see the connection closed instead of the answer. Both refuse.
                if (!tooLarge || !(e.getCause() instanceof java.io.IOException)) {
                    throw e;
                }
                sent++;
                statuses.merge(413, 1, Integer::sum);
                continue;
            }
            sent++;
            statuses.merge(response.statusCode(), 1, Integer::sum);
            // On a busy machine a huge request may outlast the request deadline: its 503 UNAVAILABLE with
            // Retry-After is the service's clean answer, not a fault.
            boolean timedOut = response.statusCode() == 503
                    && response.headers().firstValue("Retry-After").isPresent()
                    && response.body().contains("UNAVAILABLE");
            if (response.statusCode() >= 500 && !timedOut) {
                problems.add(response.statusCode() + " for " + abbreviated(request.body()));
            }
            for (String internal : INTERNALS) {
                if (response.body().contains(internal) && !request.body().contains(internal)) {
                    problems.add("'" + internal + "' in the answer to " + abbreviated(request.body()) + ": "
                            + abbreviated(response.body()));
                }
            }
        }
        System.out.printf("fuzz: %d requests, statuses %s, %d problems%n", sent, statuses, problems.size());
        assertThat(problems).isEmpty();
        assertThat(sent).isGreaterThanOrEqualTo(200);

        // Nothing was written, and the service still answers as before.
        assertThat(GraphDump.of(driver).sha256()).isEqualTo(before.sha256());
        HttpResponse<String> normal = send(json("{ organization(name: \"東北大学\") { name sector } }"));
        assertThat(normal.statusCode()).isEqualTo(200);
        assertThat(normal.body()).contains("\"name\":\"東北大学\"", "\"sector\":\"ACADEMIA\"");
        assertThat(client.status()).isEqualTo("UP");
    }

    record Request(String contentType, String body) {}

    private static Request json(String query) {
        return new Request("application/json", "{\"query\":" + quoted(query) + "}");
    }

    private HttpResponse<String> send(Request request) {
        return client.post(
                "/graphql",
                request.contentType().isEmpty() ? null : request.contentType(),
                request.body(),
                "Accept",
                "application/graphql-response+json, application/json");
    }

    private static String randomDocument(Random random) {
        String alphabet = "{}()[]:$!@,.\"'\\ \n\tqueryfragmentonorganizationnamesearch東北大学0123456789#=|&";
        StringBuilder document = new StringBuilder();
        int length = random.nextInt(1, 400);
        for (int i = 0; i < length; i++) {
            document.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return document.toString();
    }

    private static String mutated(Random random) {
        StringBuilder query = new StringBuilder("{ organization(name: \"東北テクノアーチ\") { name memberships { role"
                + " consortium { name members { organization { name } } } } sources { excerpt } } }");
        for (int i = random.nextInt(1, 6); i > 0; i--) {
            int at = random.nextInt(query.length());
            switch (random.nextInt(3)) {
                case 0 -> query.deleteCharAt(at);
                case 1 -> query.insert(at, "{}():$\"!@".charAt(random.nextInt(9)));
                default -> query.setCharAt(at, (char) random.nextInt(0x20, 0x3000));
            }
        }
        return query.toString();
    }

    private static String hugeAliases(int count) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": search(text: \"東北\") { id name }");
        }
        return query.append(" }").toString();
    }

    private static String fragmentBomb(int count) {
        StringBuilder query = new StringBuilder("{ organizations { edges { node { ...f0 } } } }");
        for (int i = 0; i < count; i++) {
            query.append(" fragment f")
                    .append(i)
                    .append(" on Organization { name memberships { consortium { ...f")
                    .append(i + 1 < count ? i + 1 : 0)
                    .append(" } } }");
        }
        return query.toString();
    }

    private static String hostileArgument(Random random) {
        String field = ROOT_FIELDS.get(random.nextInt(ROOT_FIELDS.size()));
        Object[] arguments = new Object[4];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = quoted(HOSTILE.get(random.nextInt(HOSTILE.size())));
        }
        return "{ " + field.formatted(arguments) + " }";
    }

    private static Request hostileVariables(Random random) {
        String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
        return new Request(
                "application/json",
                "{\"query\":\"query($t: String!) { search(text: $t) { id } organization(name: $t) { id } }\","
                        + "\"variables\":{\"t\":" + quoted(hostile) + "}}");
    }

    private static String wrongLiteral(Random random) {
        String field = ROOT_FIELDS.get(random.nextInt(ROOT_FIELDS.size()));
        Object[] arguments = new Object[4];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = WRONG_LITERALS.get(random.nextInt(WRONG_LITERALS.size()));
        }
        return "{ " + field.formatted(arguments)
                + " organizations(first: %s, filter: {sector: %s}) { totalCount } }"
                        .formatted(
                                WRONG_LITERALS.get(random.nextInt(WRONG_LITERALS.size())),
                                WRONG_LITERALS.get(random.nextInt(WRONG_LITERALS.size())));
    }

    private static Request wrongVariable(Random random) {
        String type = List.of("String!", "Int", "OrganizationFilter", "[String!]", "Sector")
                .get(random.nextInt(5));
        String use = switch (type) {
            case "Int" -> "organizations(first: $v) { totalCount }";
            case "OrganizationFilter" -> "organizations(filter: $v) { totalCount }";
            case "[String!]" -> "partners(for: \\\"東北大学\\\", needs: $v) { score }";
            case "Sector" -> "organizations(filter: {sector: $v}) { totalCount }";
            default -> "organization(name: $v) { id }";
        };
        return new Request(
                "application/json",
                "{\"query\":\"query($v: " + type + ") { " + use + " }\",\"variables\":{\"v\":"
                        + WRONG_JSON.get(random.nextInt(WRONG_JSON.size())) + "}}");
    }

    private static String brokenJson(Random random) {
        List<String> broken = List.of(
                "{\"query\": ",
                "[]",
                "null",
                "{\"query\": 5}",
                "{\"query\": \"{ search(text: \\\"x\\\") { id } }\", \"variables\": \"x\"}",
                "{\"query\": \"{ __typename }\", \"operationName\": 7}",
                "{\"query\": \"query A { __typename } query B { __typename }\"}",
                "{'query': '{ __typename }'}",
                "\u0000\u0001\u0002",
                "{\"query\": \"{ __typename }\"" + ",\"x\":[".repeat(10_000));
        return broken.get(random.nextInt(broken.size()));
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append("\\u%04x".formatted((int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " chars)";
    }
}
