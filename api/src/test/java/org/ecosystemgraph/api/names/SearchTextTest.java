package org.ecosystemgraph.api.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a user types, Lucene's parser (with the analyzer of the search index) reads the words it wrote, each
 * required, each as a phrase of its terms: no operator, field, wildcard, fuzzy, boost, range or proximity survives.
 */
class SearchTextTest {

    /** Lucene's operators and special characters, each alone, inside a word and around words. */
    static Stream<String> syntax() {
        List<String> special = List.of(
                "AND", "OR", "NOT", "&&", "||", "!", "+", "-", ":", "*", "?", "~", "^", "\"", "'", "(", ")", "[", "]",
                "{", "}", "\\", "/");
        return Stream.concat(
                special.stream().flatMap(s -> Stream.of(s, "東北" + s + "大学", "東北 " + s + " 大学", s + "東北")),
                Stream.of(
                        "a AND",
                        "OR 1=1",
                        "name:* AND",
                        "東北 AND NOT 大学",
                        "\"東北大学\"~2",
                        "東北^10 大学",
                        "[a TO z]",
                        "{!lucene}東北",
                        "/.*/",
                        "text:東北 OR id:x"));
    }

    @ParameterizedTest
    @MethodSource("syntax")
    void reads_any_text_as_words_that_must_each_match(String text) throws Exception {
        var words = SearchText.words(text);
        if (words.isEmpty()) {
            return; // nothing but syntax: no query runs at all
        }
        Query query = new QueryParser("text", new CJKAnalyzer()).parse(words.get());
        assertThat(kinds(query))
                .as("%s read as %s", text, query)
                .isSubsetOf(TermQuery.class, PhraseQuery.class, BooleanQuery.class);
        assertThat(occurs(query))
                .as("%s read as %s", text, query)
                .isSubsetOf(BooleanClause.Occur.MUST, BooleanClause.Occur.SHOULD);
        assertThat(query.toString()).doesNotContain("~", "^", "*");
        var any = SearchText.anyWords(text);
        if (any.isPresent()) {
            Query terms = new QueryParser("text", new CJKAnalyzer()).parse(any.get());
            assertThat(kinds(terms)).as("%s read as %s", text, terms).isSubsetOf(TermQuery.class, BooleanQuery.class);
            assertThat(occurs(terms)).as("%s read as %s", text, terms).isSubsetOf(BooleanClause.Occur.SHOULD);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AND", "OR", "NOT"})
    void lowers_the_operators_into_words(String operator) {
        assertThat(SearchText.words("東北 " + operator + " 大学"))
                .contains("\"東北\" AND \"" + operator.toLowerCase() + "\" AND \"大学\"");
    }

    @Test
    void matches_a_word_in_latin_letters_as_romaji_is_stored_too() throws Exception {
        assertThat(SearchText.words("Touhoku daigaku")).contains("(\"Touhoku\" OR \"tohoku\") AND \"daigaku\"");
        assertThat(SearchText.reading("Tōhoku  Daigaku")).isEqualTo("tohoku daigaku");
        assertThat(SearchText.words("存在しない")).contains("\"存在しない\"");
        assertThat(SearchText.words("&& ||")).isEmpty();
    }

    private static Set<Class<?>> kinds(Query query) {
        if (query instanceof BooleanQuery bool) {
            return Stream.concat(
                            Stream.of(BooleanQuery.class),
                            bool.clauses().stream().flatMap(clause -> kinds(clause.getQuery()).stream()))
                    .collect(Collectors.toSet());
        }
        return Set.of(query.getClass());
    }

    private static Set<BooleanClause.Occur> occurs(Query query) {
        if (query instanceof BooleanQuery bool) {
            return bool.clauses().stream()
                    .flatMap(clause -> Stream.concat(Stream.of(clause.getOccur()), occurs(clause.getQuery()).stream()))
                    .collect(Collectors.toSet());
        }
        return Set.of();
    }
}
