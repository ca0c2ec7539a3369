package org.ecosystemgraph.api.source;

import static org.ecosystemgraph.api.graph.GraphRecords.date;
import static org.ecosystemgraph.api.graph.GraphRecords.string;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphReads;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The source documents, by id. */
@Repository
class SourceRepository {

    private final GraphReads reads;

    SourceRepository(GraphReads reads) {
        this.reads = reads;
    }

    Map<String, Document> documents(List<String> ids) {
        return BatchQuery.single(
                reads,
                "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS owner, d",
                ids,
                record -> document(record.get("d")));
    }

    /** Every document, the oldest first (by its date as precise as known), then by id. */
    List<Document> all() {
        return List.copyOf(reads.list(
                "MATCH (d:Document) RETURN d ORDER BY d.published, d.id", record -> document(record.get("d"))));
    }

    private static Document document(Value d) {
        return new Document(
                d.get("id").asString(),
                d.get("title").asString(),
                string(d.get("publisher")),
                date(d.get("published")),
                string(d.get("published")));
    }
}
