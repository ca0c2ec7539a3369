package org.ecosystemgraph.api.names;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.Romaji;

/**
 * A user's text as a Lucene full-text query, never as its query syntax: each word a phrase (so that a Japanese word
 * matches as written, not as any of its character bigrams), every word required, and a word in Latin letters also
 * matched as romaji is stored ({@link Romaji#fold}: touhoku finds the reading tohoku). Every character Lucene would read
 * as an operator is escaped, and the operators AND, OR and NOT are lower-cased into plain words.
 */
public final class SearchText {

    /** Longer texts are refused: no name or question needs more, and Lucene's clause limit lies beyond. */
    public static final int MAX_LENGTH = 200;

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
    private static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\d'’\\-]+");

    private SearchText() {}

    /** The text as a Lucene query of words that must all match, or empty when no word is left. */
    public static Optional<String> words(String text) {
        return query(text, SearchText::clause, " AND ");
    }

    /**
     * The text as a Lucene query of terms any of which may match, for suggesting what a name nobody knows may have
     * meant (東北大學 for 東北大学), or empty when no word is left.
     */
    public static Optional<String> anyWords(String text) {
        return query(text, word -> QueryParserBase.escape(plain(word)), " ");
    }

    private static Optional<String> query(String text, Function<String, String> clause, String separator) {
        String words = Arrays.stream(OrganizationNames.clean(text).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(clause)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(separator));
        return words.isBlank() ? Optional.empty() : Optional.of(words);
    }

    private static String plain(String word) {
        return OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word;
    }

    /** The text as romaji is stored, for ranking a search whose every word is a reading first. */
    public static String reading(String text) {
        return Romaji.fold(OrganizationNames.clean(text));
    }

    private static String clause(String word) {
        String plain = plain(word);
        if (!plain.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return "";
        }
        String phrase = phrase(plain);
        if (LATIN.matcher(plain).matches()) {
            String folded = Romaji.fold(plain);
            if (!folded.isEmpty() && !folded.equals(plain.toLowerCase(Locale.ROOT))) {
                return "(" + phrase + " OR " + phrase(folded) + ")";
            }
        }
        return phrase;
    }

    private static String phrase(String word) {
        return "\"" + QueryParserBase.escape(word) + "\"";
    }
}
