package org.ecosystemgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.ecosystemgraph.model.Sector;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Requests for each GraphQL root field on a graph of any size, with their inputs (names, consortia, functions,
 * places, pairs of organizations) drawn at random, seeded, from the graph itself, so that a benchmark spreads its
 * requests over the graph rather than asking one question again and again.
 */
public final class SyntheticWorkload {

    private final Driver driver;
    private final Random random;

    public SyntheticWorkload(Driver driver, long seed) {
        this.driver = driver;
        this.random = new Random(seed);
    }

    /** For each root field, {@code samples} requests. */
    public Map<String, List<GraphQlRequest>> rootFields(int samples) {
        List<String> names = column("MATCH (o:Organization) RETURN o.name ORDER BY o.id");
        List<String> spinOffs =
                column("MATCH (s:Organization)-[:SPUN_OFF_FROM]->() RETURN DISTINCT s.name ORDER BY s.name");
        List<String> consortia = column("MATCH (c:Consortium) RETURN c.name ORDER BY c.id");
        List<String> parties = column("MATCH (o:Organization)-[:PARTY_TO]->() RETURN DISTINCT o.name ORDER BY o.name");
        List<String> functions = column(
                "MATCH (:Organization)-[:PROVIDES]->(f:SupportFunction)" + " RETURN DISTINCT f.label ORDER BY f.label");
        List<String> prefectures = column("MATCH (p:Place {kind: 'PREFECTURE'}) RETURN p.name ORDER BY p.id");
        Map<String, List<GraphQlRequest>> fields = new LinkedHashMap<>();
        fields.put(
                "organization",
                draw(
                        samples,
                        names,
                        name -> request(
                                "query($name: String!) { organization(name: $name) { name sector kinds"
                                        + " memberships { role } } }",
                                "name",
                                name)));
        fields.put(
                "organizations",
                draw(
                        samples,
                        prefectures,
                        place -> new GraphQlRequest(
                                "query($sector: Sector, $place: String) {"
                                        + " organizations(filter: {sector: $sector, prefecture: $place}, first: 20)"
                                        + " { totalCount edges { node { name } } } }",
                                Map.of(
                                        "sector",
                                        Sector.values()[random.nextInt(Sector.values().length)].name(),
                                        "place",
                                        place))));
        fields.put("supportFunctions", List.of(GraphQlRequest.of("{ supportFunctions { code label } }")));
        fields.put(
                "supportProviders",
                draw(
                        samples,
                        functions,
                        function -> request(
                                "query($function: String!) { supportProviders(function: $function) { name sector } }",
                                "function",
                                function)));
        fields.put(
                "consortium",
                draw(
                        samples,
                        consortia,
                        name -> request(
                                "query($name: String!) { consortium(name: $name) {"
                                        + " name members { organization { name } role } } }",
                                "name",
                                name)));
        fields.put(
                "agreements",
                draw(
                        samples,
                        parties,
                        party -> request(
                                "query($party: String) { agreements(party: $party) {"
                                        + " title clauses { number } parties { name } } }",
                                "party",
                                party)));
        fields.put(
                "connections",
                draw(
                        samples,
                        spinOffs,
                        from -> request(
                                "query($from: String!) { connections(from: $from, toKind: VENTURE_CAPITAL) {"
                                        + " length nodes { name } } }",
                                "from",
                                from)));
        fields.put(
                "partners",
                draw(
                        samples,
                        names,
                        name -> new GraphQlRequest(
                                "query($name: String!, $need: String!) {"
                                        + " partners(for: $name, needs: [$need]) { organization { name } score } }",
                                Map.of("name", name, "need", functions.get(random.nextInt(functions.size()))))));
        fields.put(
                "search",
                draw(
                        samples,
                        names,
                        name -> request("query($text: String!) { search(text: $text) { name score } }", "text", name)));
        fields.put("places", List.of(GraphQlRequest.of("{ places { id name organizationCount } }")));
        fields.put(
                "neighbourhood",
                draw(
                        samples,
                        names,
                        name -> request(
                                "query($name: String!) { neighbourhood(of: $name) { nodes { name } ties { type } } }",
                                "name",
                                name)));
        return fields;
    }

    /**
     * Requests for {@code connections(from:, to:)} between pairs of organizations whose shortest path over the ties
     * of {@code connections} has 2, 3 or 4 hops, up to {@code pairs} of each. Pairs come from random walks, each
     * placed by the length of its true shortest path.
     */
    public Map<Integer, List<GraphQlRequest>> connectionsByHops(String ties, int pairs) {
        List<String> starts =
                column("MATCH (o:Organization) WHERE EXISTS { (o)-[:%s]-() } RETURN elementId(o)".formatted(ties));
        Map<Integer, List<GraphQlRequest>> byHops =
                new TreeMap<>(Map.of(2, new ArrayList<>(), 3, new ArrayList<>(), 4, new ArrayList<>()));
        for (int attempt = 0;
                attempt < pairs * 60 && byHops.values().stream().anyMatch(l -> l.size() < pairs);
                attempt++) {
            String start = starts.get(random.nextInt(starts.size()));
            String end = walk(start, ties, 2 + random.nextInt(4));
            if (end == null || end.equals(start)) {
                continue;
            }
            var found = driver.executableQuery("""
                            MATCH (a) WHERE elementId(a) = $a
                            MATCH (b) WHERE elementId(b) = $b
                            MATCH p = SHORTEST 1 (a)-[:%s]-{1,4}(b)
                            RETURN length(p) AS hops, a.id AS from, b.id AS to""".formatted(ties))
                    .withParameters(Map.of("a", start, "b", end))
                    .execute()
                    .records();
            if (found.isEmpty()) {
                continue;
            }
            List<GraphQlRequest> bucket = byHops.get(found.get(0).get("hops").asInt());
            if (bucket != null && bucket.size() < pairs) {
                bucket.add(new GraphQlRequest(
                        "query($from: String!, $to: String) { connections(from: $from, to: $to) {"
                                + " length nodes { name } } }",
                        Map.of(
                                "from", found.get(0).get("from").asString(),
                                "to", found.get(0).get("to").asString())));
            }
        }
        return byHops;
    }

    /** The organization a random walk of this many steps over the ties ends on, or null. */
    private String walk(String start, String ties, int steps) {
        String at = start;
        boolean organization = true;
        for (int step = 0; step < steps; step++) {
            List<Record> next = driver.executableQuery("""
                            MATCH (n)-[:%s]-(m) WHERE elementId(n) = $at
                            RETURN elementId(m) AS id, m:Organization AS organization ORDER BY id""".formatted(ties))
                    .withParameters(Map.of("at", at))
                    .execute()
                    .records();
            if (next.isEmpty()) {
                return null;
            }
            Record chosen = next.get(random.nextInt(next.size()));
            at = chosen.get("id").asString();
            organization = chosen.get("organization").asBoolean();
        }
        return organization ? at : null;
    }

    private List<GraphQlRequest> draw(int samples, List<String> from, Function<String, GraphQlRequest> request) {
        if (from.isEmpty()) {
            throw new IllegalStateException("The graph has nothing to draw requests from");
        }
        List<GraphQlRequest> requests = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            requests.add(request.apply(from.get(random.nextInt(from.size()))));
        }
        return requests;
    }

    private List<String> column(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream()
                .map(record -> record.get(0).asString())
                .toList();
    }

    private static GraphQlRequest request(String query, String variable, String value) {
        return new GraphQlRequest(query, Map.of(variable, value));
    }
}
