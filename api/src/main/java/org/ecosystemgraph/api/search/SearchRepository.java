package org.ecosystemgraph.api.search;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.GraphReads;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Full-text search through the {@code search_text} index (cypher/schema/V0003). */
@Repository
class SearchRepository {

    /** How many hits by relevance an exact name is looked for among, per hit asked for. */
    private static final int CANDIDATES_PER_HIT = 5;

    private final GraphReads reads;

    SearchRepository(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * The best {@code limit} hits for a Lucene query: those that the text names exactly (a name, an alias, the English
     * name or a reading) first, then by relevance, among the best few times {@code limit} by relevance.
     */
    List<SearchHit> search(String luceneQuery, String text, String reading, int limit) {
        return List.copyOf(reads.list(
                """
                        CALL db.index.fulltext.queryNodes('search_text', $words, {limit: $candidates})
                        YIELD node, score
                        WITH node, score,
                             coalesce($text IN [node.name, node.title] + coalesce(node.aliases, [])
                               OR toLower(node.nameEn) = toLower($text)
                               OR $reading IN node.romaji, false) AS exact
                        ORDER BY exact DESC, score DESC
                        LIMIT $limit
                        RETURN node.id AS id, coalesce(node.name, node.title, node.id) AS name, labels(node) AS labels,
                               score
                        """,
                Map.of(
                        "words", luceneQuery,
                        "text", text,
                        "reading", reading,
                        "limit", limit,
                        "candidates", CANDIDATES_PER_HIT * limit),
                record -> new SearchHit(
                        record.get("id").asString(),
                        record.get("name").asString(),
                        record.get("labels").asList(Value::asString),
                        record.get("score").asDouble())));
    }
}
