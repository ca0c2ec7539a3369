package org.ecosystemgraph.api.names;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * A user's text as words for Lucene's full-text query, never as its query syntax: every character Lucene would read as
 * an operator is escaped, and the operators AND, OR and NOT are lower-cased into plain words.
 */
public final class SearchText {

    /** Longer texts are refused: no name or question needs more, and Lucene's clause limit lies beyond. */
    public static final int MAX_LENGTH = 200;

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private SearchText() {}

    /** The text as a Lucene query of plain words, or empty when no word is left. */
    public static Optional<String> words(String text) {
        String words = Arrays.stream(OrganizationNames.clean(text).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(SearchText::plain)
                .collect(Collectors.joining(" "));
        return words.isBlank() ? Optional.empty() : Optional.of(words);
    }

    private static String plain(String word) {
        return QueryParserBase.escape(OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word);
    }
}
