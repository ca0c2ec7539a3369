package org.ecosystemgraph.api.search;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.regex.Pattern;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.model.OrganizationNames;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Full-text search over names, legal names, English names, aliases and descriptions, through an index with Lucene's
 * CJK analyzer (bigrams, since Japanese has no spaces between words). The text is searched as words, never as Lucene
 * query syntax.
 */
@Controller
class SearchController {

    static final int MAX_LIMIT = 50;
    private static final Pattern LUCENE_SYNTAX = Pattern.compile("[+\\-!(){}\\[\\]^\"~*?:\\\\/&|]");

    private final SearchRepository search;

    SearchController(SearchRepository search) {
        this.search = search;
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
        return Answers.of(search.search(words, size));
    }
}
