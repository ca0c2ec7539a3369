package org.ecosystemgraph.database;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * The whole graph as canonical text: one line per node and per relationship, nodes named by their labels and key
 * ({@code id}, or {@code code} for support functions) rather than by internal ids, properties in name order, lines
 * sorted. Two graphs with the same content give the same text, whatever order they were written in, so comparing
 * dumps (or their hashes) shows whether an operation changed anything at all. The record of schema migrations, which
 * holds the times they ran, is not content and is left out.
 */
public record GraphDump(List<String> lines, long nodes, long relationships) {

    private static final String BOOKKEEPING = GraphSchema.BOOKKEEPING_LABEL;

    public static GraphDump of(Driver driver) {
        List<String> lines = new ArrayList<>();
        long[] counts = new long[2];
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("MATCH (n) WHERE NOT n:%s RETURN labels(n) AS labels, properties(n) AS properties"
                                .formatted(BOOKKEEPING))
                        .forEachRemaining(record -> {
                            lines.add("(" + key(record.get("labels"), record.get("properties")) + " "
                                    + render(record.get("properties")) + ")");
                            counts[0]++;
                        });
                tx.run("""
                                MATCH (a)-[r]->(b) WHERE NOT a:%s
                                RETURN labels(a) AS fromLabels, properties(a) AS from, type(r) AS type,
                                       properties(r) AS properties, labels(b) AS toLabels, properties(b) AS to
                                """.formatted(BOOKKEEPING)).forEachRemaining(record -> {
                    lines.add("(" + key(record.get("fromLabels"), record.get("from")) + ")-["
                            + record.get("type").asString() + " " + render(record.get("properties"))
                            + "]->(" + key(record.get("toLabels"), record.get("to")) + ")");
                    counts[1]++;
                });
                return null;
            });
        }
        lines.sort(null);
        return new GraphDump(List.copyOf(lines), counts[0], counts[1]);
    }

    /** The dump as one text, a line per node or relationship. */
    public String text() {
        return String.join("\n", lines);
    }

    /** SHA-256 of the text, in hex: the graph's content hash. */
    public String sha256() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String key(Value labels, Value properties) {
        String sortedLabels = labels.asList(Value::asString).stream().sorted().collect(Collectors.joining(":"));
        Value key = properties.get("id").isNull() ? properties.get("code") : properties.get("id");
        return ":" + sortedLabels + " " + render(key);
    }

    private static String render(Value value) {
        return render(value.asObject());
    }

    private static String render(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map)
                    .entrySet().stream()
                            .map(e -> e.getKey() + ": " + render(e.getValue()))
                            .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphDump::render).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof String text) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        return String.valueOf(value);
    }
}
