package org.ecosystemgraph.api.source;

import static org.ecosystemgraph.api.graph.GraphRecords.date;
import static org.ecosystemgraph.api.graph.GraphRecords.string;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The source documents, by id. */
@Repository
@Transactional(readOnly = true)
class SourceRepository {

    private final Neo4jClient neo4j;

    SourceRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Map<String, Document> documents(List<String> ids) {
        return BatchQuery.single(
                neo4j,
                "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS owner, d",
                ids,
                record -> document(record.get("d")));
    }

    /** Every document, the oldest first (by its date as precise as known), then by id. */
    List<Document> all() {
        return List.copyOf(neo4j.query("MATCH (d:Document) RETURN d ORDER BY d.published, d.id")
                .fetchAs(Document.class)
                .mappedBy((types, record) -> document(record.get("d")))
                .all());
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
