package org.ecosystemgraph.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Romaji as people type it, so that the readings stored at import and the words of a search meet: lower case, no
 * macrons, apostrophes or hyphens, and long vowels written once (tōhoku, touhoku and tohoku all become tohoku).
 */
public final class Romaji {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("['’\\-]");
    private static final Pattern LONG_VOWELS = Pattern.compile("ou|oo|uu|aa|ii|ee");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Romaji() {}

    public static String fold(String latin) {
        String plain =
                MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFD)).replaceAll("");
        plain = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        plain = LONG_VOWELS.matcher(plain).replaceAll(match -> match.group().substring(0, 1));
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }
}
