package org.ecosystemgraph.api.search;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.regex.Pattern;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.model.OrganizationNames;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over names, legal names, English names, aliases and descriptions, through the {@code search_text}
 * index with Lucene's CJK analyzer (bigrams, since Japanese has no spaces between words). The text is searched as
 * words, never as Lucene query syntax.
 */
@Controller
@Transactional(readOnly = true)
class SearchController {

    static final int MAX_LIMIT = 50;
    private static final Pattern LUCENE_SYNTAX = Pattern.compile("[+\\-!(){}\\[\\]^\"~*?:\\\\/&|]");

    private final Neo4jClient neo4j;

    SearchController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @QueryMapping
    DataFetcherResult<List<SearchHit>> search(
            @Argument String text, @Argument Integer limit, DataFetchingEnvironment environment) {
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Answers.badRequest(List.of(), environment, "limit must be 1 to " + MAX_LIMIT);
        }
        String words = LUCENE_SYNTAX
                .matcher(OrganizationNames.clean(text))
                .replaceAll(" ")
                .strip();
        if (words.isEmpty()) {
            return Answers.of(List.of());
        }
        return Answers.of(List.copyOf(neo4j.query("""
                        CALL db.index.fulltext.queryNodes('search_text', $words, {limit: $limit})
                        YIELD node, score
                        RETURN node.id AS id, coalesce(node.name, node.title, node.id) AS name, labels(node) AS labels,
                               score
                        """)
                .bind(words)
                .to("words")
                .bind(size)
                .to("limit")
                .fetchAs(SearchHit.class)
                .mappedBy((types, record) -> new SearchHit(
                        record.get("id").asString(),
                        record.get("name").asString(),
                        record.get("labels").asList(Value::asString),
                        record.get("score").asDouble()))
                .all()));
    }
}
