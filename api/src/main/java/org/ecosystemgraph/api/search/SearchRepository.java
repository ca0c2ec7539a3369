package org.ecosystemgraph.api.search;

import java.util.List;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Full-text search through the {@code search_text} index (cypher/schema/V0003). */
@Repository
@Transactional(readOnly = true)
class SearchRepository {

    private final Neo4jClient neo4j;

    SearchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The best {@code limit} hits for a Lucene query. */
    List<SearchHit> search(String luceneQuery, int limit) {
        return List.copyOf(neo4j.query("""
                        CALL db.index.fulltext.queryNodes('search_text', $words, {limit: $limit})
                        YIELD node, score
                        RETURN node.id AS id, coalesce(node.name, node.title, node.id) AS name, labels(node) AS labels,
                               score
                        """)
                .bind(luceneQuery)
                .to("words")
                .bind(limit)
                .to("limit")
                .fetchAs(SearchHit.class)
                .mappedBy((types, record) -> new SearchHit(
                        record.get("id").asString(),
                        record.get("name").asString(),
                        record.get("labels").asList(Value::asString),
                        record.get("score").asDouble()))
                .all());
    }
}
