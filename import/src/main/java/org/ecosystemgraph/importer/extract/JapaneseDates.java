package org.ecosystemgraph.importer.extract;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * Dates as Japanese documents write them, as ISO strings as precise as the text: 令和３年３月３１日 is 2021-03-31,
 * 平成17年12月 is 2005-12, 二〇二四年 三月 十八日 is 2024-03-18.
 */
public final class JapaneseDates {

    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "明治",
            JapaneseEra.MEIJI,
            "大正",
            JapaneseEra.TAISHO,
            "昭和",
            JapaneseEra.SHOWA,
            "平成",
            JapaneseEra.HEISEI,
            "令和",
            JapaneseEra.REIWA);

    private static final Pattern ERA_DATE =
            Pattern.compile("(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?)?");
    private static final Pattern WESTERN_DATE =
            Pattern.compile("(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月\\s*(?:(\\d{1,2})\\s*日)?)?");

    private static final Pattern SLASHED_DATE = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)|(\\d{4}))\\s*年度");

    private JapaneseDates() {}

    /** The first fiscal year in the text, written FY2023: 2023年度 and 令和5年度 are both FY2023. */
    public static Optional<String> fiscalYear(String text) {
        Matcher matcher = FISCAL_YEAR.matcher(kanjiDigits(OrganizationNames.clean(text)));
        if (!matcher.find()) {
            return Optional.empty();
        }
        if (matcher.group(3) != null) {
            return Optional.of("FY" + matcher.group(3));
        }
        int year = matcher.group(2).equals("元") ? 1 : Integer.parseInt(matcher.group(2));
        // A Japanese fiscal year starts in April, so its first day is always inside the era it is counted in.
        return Optional.of("FY" + westernYear(ERAS.get(matcher.group(1)), year, "4"));
    }

    /** The first date in the text, era or western, with kanji numerals read as digits. */
    public static Optional<String> find(String text) {
        String cleaned = kanjiDigits(OrganizationNames.clean(text));
        Matcher era = ERA_DATE.matcher(cleaned);
        if (era.find()) {
            int year = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            return Optional.of(
                    format(westernYear(ERAS.get(era.group(1)), year, era.group(3)), era.group(3), era.group(4)));
        }
        Matcher western = WESTERN_DATE.matcher(cleaned);
        if (western.find()) {
            return Optional.of(format(Integer.parseInt(western.group(1)), western.group(2), western.group(3)));
        }
        return Optional.empty();
    }

    /**
     * The first date in the text; a day written without its year (3月31日) takes the year of the document's own date
     * ({@code published}, ISO), when there is one.
     */
    public static Optional<String> find(String text, String published) {
        var full = find(text);
        if (full.isPresent()) {
            return full;
        }
        String cleaned = kanjiDigits(OrganizationNames.clean(text));
        Matcher slashed = SLASHED_DATE.matcher(cleaned);
        if (slashed.find()) {
            return Optional.of(format(Integer.parseInt(slashed.group(1)), slashed.group(2), slashed.group(3)));
        }
        Matcher day = MONTH_DAY.matcher(cleaned);
        if (day.find() && published != null && published.matches("\\d{4}.*")) {
            return Optional.of(format(Integer.parseInt(published.substring(0, 4)), day.group(1), day.group(2)));
        }
        return Optional.empty();
    }

    /** The date a new document goes by until reviewed: the first date in its opening lines, else this year. */
    public static String publishedIn(String text) {
        return find(String.join("\n", text.lines().limit(15).toList()))
                .orElse(String.valueOf(java.time.Year.now().getValue()));
    }

    /** The western year of an era year; without a month, the last day of the year (or the first) inside the era. */
    private static int westernYear(JapaneseEra era, int year, String month) {
        JapaneseDate date;
        if (month != null) {
            date = JapaneseDate.of(era, year, Integer.parseInt(month), 1);
        } else {
            try {
                date = JapaneseDate.of(era, year, 12, 31);
            } catch (java.time.DateTimeException lastDayOutsideEra) {
                date = JapaneseDate.of(era, year, 1, 1);
            }
        }
        return date.get(java.time.temporal.ChronoField.YEAR);
    }

    private static String format(int year, String month, String day) {
        if (month == null) {
            return String.valueOf(year);
        }
        if (day == null) {
            return "%04d-%02d".formatted(year, Integer.parseInt(month));
        }
        return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day))
                .toString();
    }

    /** 二〇二四 → 2024 and 十八 → 18: the numerals of dates written in kanji. */
    static String kanjiDigits(String text) {
        StringBuilder out = new StringBuilder();
        String digits = "〇一二三四五六七八九";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '十') {
                boolean before = i > 0 && digits.indexOf(text.charAt(i - 1)) > 0;
                boolean after = i + 1 < text.length() && digits.indexOf(text.charAt(i + 1)) >= 0;
                if (!before) {
                    out.append('1');
                }
                if (!after) {
                    out.append('0');
                }
            } else if (digits.indexOf(c) >= 0) {
                out.append(digits.indexOf(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
