package org.ecosystemgraph.api.search;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.api.names.SearchText;
import org.ecosystemgraph.model.OrganizationNames;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Full-text search over names, legal names, English names, aliases, descriptions and the romaji readings of names,
 * through an index with Lucene's CJK analyzer (bigrams, since Japanese has no spaces between words). The text is
 * searched as words that must all match, never as Lucene query syntax; a name or reading it gives exactly comes first.
 */
@Controller
class SearchController {

    static final int MAX_LIMIT = 50;

    private final SearchRepository search;

    SearchController(SearchRepository search) {
        this.search = search;
    }

    @QueryMapping
    DataFetcherResult<List<SearchHit>> search(
            @Argument String text, @Argument Integer limit, DataFetchingEnvironment environment) {
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Answers.badInput(environment, "limit must be 1 to " + MAX_LIMIT);
        }
        if (text.length() > SearchText.MAX_LENGTH) {
            return Answers.badInput(
                    environment, "text is longer than the " + SearchText.MAX_LENGTH + " characters a search takes");
        }
        String name = OrganizationNames.clean(text);
        return Answers.of(SearchText.words(text)
                .map(words -> search.search(words, name, SearchText.reading(text), size))
                .orElse(List.of()));
    }
}
