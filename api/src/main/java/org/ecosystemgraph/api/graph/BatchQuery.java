package org.ecosystemgraph.api.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * The read behind every {@code @BatchMapping}: one statement for the keys of all parents ({@code $ids}) whose rows name
 * their parent in the column {@code owner}, grouped back by parent in the order the statement returns them.
 */
public final class BatchQuery {

    private BatchQuery() {}

    public static <T> Map<String, List<T>> grouped(
            GraphReads reads, String cypher, List<String> ids, Function<Record, T> row) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        reads.list(
                cypher,
                Map.of("ids", ids),
                record -> result.computeIfAbsent(record.get("owner").asString(), owner -> new ArrayList<>())
                        .add(row.apply(record)));
        return result;
    }

    /** The same for statements that give at most one row per parent. */
    public static <T> Map<String, T> single(
            GraphReads reads, String cypher, List<String> ids, Function<Record, T> row) {
        Map<String, T> result = new LinkedHashMap<>();
        grouped(reads, cypher, ids, row).forEach((owner, rows) -> result.put(owner, rows.get(0)));
        return result;
    }

    /** The same for one key, as {@code node(id:)} reads a node: the row of that key, if there is one. */
    public static <T> Optional<T> one(GraphReads reads, String cypher, String id, Function<Record, T> row) {
        return Optional.ofNullable(single(reads, cypher, List.of(id), row).get(id));
    }
}
