package org.ecosystemgraph.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the many spellings of an organization's name into one key: (株)東北テクノアーチ, ㈱東北テクノアーチ and 株式会社
 * 東北テクノアーチ all become 東北テクノアーチ. The key drops legal-form tokens, white space, middle dots and brackets, folds
 * full- and half-width forms (NFKC) and the CJK radical look-alikes that PDF extraction leaves behind, and lower-cases
 * Latin letters.
 */
public final class OrganizationNames {

    /** Legal forms, longest first so that 一般社団法人 is not read as 社団法人. */
    private static final List<String> LEGAL_FORMS = List.of(
            "地方独立行政法人",
            "国立研究開発法人",
            "独立行政法人",
            "国立大学法人",
            "公立大学法人",
            "学校法人",
            "一般社団法人",
            "公益社団法人",
            "一般財団法人",
            "公益財団法人",
            "特定非営利活動法人",
            "認定NPO法人",
            "NPO法人",
            "社会福祉法人",
            "社会医療法人",
            "医療法人",
            "税理士法人",
            "弁護士法人",
            "弁理士法人",
            "監査法人",
            "司法書士法人",
            "行政書士法人",
            "農事組合法人",
            "株式会社",
            "有限会社",
            "合同会社",
            "合資会社",
            "社団法人",
            "財団法人");

    /** Abbreviations in brackets, as Japanese documents write them: (株) (財) (公財) (社) (一社) (独) (国研) (特非) (学) (有). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("株", "株式会社"),
            Map.entry("有", "有限会社"),
            Map.entry("財", "財団法人"),
            Map.entry("公財", "公益財団法人"),
            Map.entry("一財", "一般財団法人"),
            Map.entry("社", "社団法人"),
            Map.entry("一社", "一般社団法人"),
            Map.entry("公社", "公益社団法人"),
            Map.entry("独", "独立行政法人"),
            Map.entry("国研", "国立研究開発法人"),
            Map.entry("特非", "特定非営利活動法人"),
            Map.entry("学", "学校法人"));

    private static final Pattern BRACKETED_ABBREVIATION = Pattern.compile("[(（]\\s*("
            + String.join(
                    "|",
                    ABBREVIATIONS.keySet().stream()
                            .sorted((a, b) -> b.length() - a.length())
                            .toList())
            + ")\\s*[)）]");

    /** CJK Radicals Supplement characters that NFKC leaves alone but that stand for ordinary kanji in PDF text. */
    private static final Map<Character, Character> RADICAL_LOOKALIKES =
            Map.of('⺠', '民', '⻘', '青', '⻑', '長', '⻄', '西', '⻤', '鬼', '⻝', '食', '⻩', '黄', '⻫', '斉', '⻲', '亀');

    private static final Pattern NOT_KEY = Pattern.compile("[\\s・･·.,、。\\-‐－_/／()（）「」『』【】\\[\\]〔〕\"'`]+");

    private OrganizationNames() {}

    /** NFKC plus the radical look-alikes: the text as it should have been extracted. */
    public static String clean(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder cleaned = new StringBuilder(nfkc.length());
        for (char c : nfkc.toCharArray()) {
            cleaned.append(RADICAL_LOOKALIKES.getOrDefault(c, c));
        }
        return cleaned.toString().strip().replaceAll("\\s+", " ");
    }

    /** The legal form a name states, spelled out: (株) and ㈱ give 株式会社. */
    /** The legal forms a name may be written with, longest first. */
    public static List<String> legalForms() {
        return LEGAL_FORMS;
    }

    public static Optional<String> legalForm(String name) {
        String cleaned = expandAbbreviations(clean(name));
        return LEGAL_FORMS.stream().filter(cleaned::contains).findFirst();
    }

    /** The name without its legal form, tidy for display: (財)みやぎ産業振興機構 gives みやぎ産業振興機構. */
    public static String withoutLegalForm(String name) {
        String stripped = expandAbbreviations(clean(name));
        for (String form : LEGAL_FORMS) {
            stripped = stripped.replace(form, " ");
        }
        return stripped.strip().replaceAll("\\s+", " ");
    }

    /** The key two spellings of one organization share. */
    public static String key(String name) {
        String withoutForm = withoutLegalForm(name);
        String key = NOT_KEY.matcher(withoutForm).replaceAll("").toLowerCase(Locale.ROOT);
        return key.isEmpty() ? NOT_KEY.matcher(clean(name)).replaceAll("").toLowerCase(Locale.ROOT) : key;
    }

    private static String expandAbbreviations(String name) {
        Matcher matcher = BRACKETED_ABBREVIATION.matcher(name);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(expanded, " " + ABBREVIATIONS.get(matcher.group(1)) + " ");
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }
}
