package org.ecosystemgraph.importer.graph;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.ecosystemgraph.model.Romaji;

/**
 * How names read in romaji, by Kuromoji's readings (modified Hepburn), for the search index: word by word and run
 * together, folded as {@link Romaji} folds a search, so that "sendai", "tohoku daigaku" and "nanoterasu" find 仙台市,
 * 東北大学 and ナノテラス. A municipality or prefecture reads without its 市 or 県 too, as its romaji name is written.
 */
final class Readings {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern ADMINISTRATIVE = Pattern.compile(".+[都道府県市区町村]");

    private Readings() {}

    static List<String> romaji(Collection<String> names) {
        Set<String> readings = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || !JAPANESE.matcher(name).find()) {
                continue;
            }
            List<String> words = words(name);
            add(readings, words);
            if (words.size() > 1 && ADMINISTRATIVE.matcher(name).matches()) {
                add(readings, words.subList(0, words.size() - 1));
            }
        }
        return List.copyOf(readings);
    }

    private static void add(Set<String> readings, List<String> words) {
        if (!words.isEmpty()) {
            readings.add(String.join(" ", words));
            readings.add(String.join("", words));
        }
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        var tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
        try (var romaji = new JapaneseReadingFormFilter(tokenizer, true)) {
            var term = romaji.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(name));
            romaji.reset();
            while (romaji.incrementToken()) {
                String word = Romaji.fold(term.toString());
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
            romaji.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return words;
    }
}
