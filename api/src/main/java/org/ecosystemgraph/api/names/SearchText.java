package org.ecosystemgraph.api.names;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * A user's text as words for Lucene's full-text query, never as its query syntax: every character Lucene would read as
 * an operator is escaped, and the operators AND, OR and NOT are lower-cased into plain words.
 */
public final class SearchText {

    /** Longer texts are refused: no name or question needs more, and Lucene's clause limit lies beyond. */
    public static final int MAX_LENGTH = 200;

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

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
        String lowered = switch (word) {
            case "AND", "OR", "NOT" -> word.toLowerCase(java.util.Locale.ROOT);
            default -> word;
        };
        StringBuilder escaped = new StringBuilder(lowered.length());
        for (char c : lowered.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
