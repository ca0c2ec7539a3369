package org.ecosystemgraph.importer.extract;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A word of Japanese text as Lucene's Kuromoji reads it with the IPADIC dictionary: where it stands and its part of
 * speech, such as 名詞-固有名詞-組織 (an organization), 名詞-固有名詞-地域 (a place), 助詞-格助詞 (a case particle).
 */
record Token(int start, int end, String surface, String partOfSpeech, boolean known) {

    /** The words of a text, punctuation and spaces included. */
    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        // The dictionary is shared and loaded once; a tokenizer is cheap, and not to be shared between threads.
        try (var tokenizer = new JapaneseTokenizer(null, false, JapaneseTokenizer.Mode.NORMAL)) {
            var term = tokenizer.addAttribute(CharTermAttribute.class);
            var offset = tokenizer.addAttribute(OffsetAttribute.class);
            var pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
            var reading = tokenizer.addAttribute(ReadingAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String partOfSpeech = pos.getPartOfSpeech();
                tokens.add(new Token(
                        offset.startOffset(),
                        offset.endOffset(),
                        term.toString(),
                        partOfSpeech == null ? "" : partOfSpeech,
                        reading.getReading() != null));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
        return tokens;
    }

    boolean isNoun() {
        return partOfSpeech.startsWith("名詞") || partOfSpeech.startsWith("接頭詞-名詞接続");
    }

    boolean isNumber() {
        return partOfSpeech.startsWith("名詞-数");
    }

    boolean isOrganization() {
        return partOfSpeech.startsWith("名詞-固有名詞-組織");
    }

    boolean isProperNoun() {
        return partOfSpeech.startsWith("名詞-固有名詞");
    }

    boolean isSymbol() {
        return partOfSpeech.startsWith("記号");
    }

    boolean isParticle() {
        return partOfSpeech.startsWith("助詞") || partOfSpeech.startsWith("助動詞");
    }

    boolean isHiragana() {
        return surface.chars().allMatch(c -> c >= 'ぁ' && c <= 'ゖ' || c == 'ー');
    }
}
