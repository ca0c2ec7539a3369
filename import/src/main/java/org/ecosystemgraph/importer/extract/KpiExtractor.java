package org.ecosystemgraph.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * KPI tables: an indicator followed by a target figure with its unit (50社, 400件, 70％, 50億円), on one line or with
 * the figure alone on the next.
 */
final class KpiExtractor implements Extractor {

    private static final Pattern ROW =
            Pattern.compile("^(?:\\d+\\.)?(\\D{4,}?)\\s*(\\d[\\d,.]*)\\s*(社|件|億円|万円|名|人|%)(超|以上)?(\\s|$|[)）\\]】])");
    private static final Pattern FIGURE_ALONE = Pattern.compile("^(\\d[\\d,.]*)\\s*(社|件|億円|万円|名|人|%)(超|以上)?$");

    /** A target in a sentence: 「…を2030年度までに300社以上とする」, 「支援件数1,500件を目指す」. */
    private static final Pattern PROSE_TARGET =
            Pattern.compile("([^、。,:()「」]{2,30}?)(?:を|が|は|:)?\\s*(?:年間|累計|合計)?\\s*(\\d[\\d,.]*(?:万|千)?)\\s*"
                    + "(社|件|億円|万円|円|名|人|%|者|団体|か所|箇所|拠点|トン|t|回|校|ha|kW|MW|GWh)(以上|超)?");

    private static final Pattern AIMS = Pattern.compile("目標|目指|までに");
    private static final Pattern BY_YEAR = Pattern.compile("((?:令和|平成)\\s*\\d{1,2}|\\d{4})\\s*年(度)?(?:まで|末)");

    @Override
    public void extract(Reading reading, Candidates candidates) {
        DocumentText text = reading.text();
        // A note such as 「目標値は2023年度までの5年間累計値」 dates every target of the document.
        String targetYear = null;
        for (int n = 1; n <= text.lineCount() && targetYear == null; n++) {
            String line = Extractor.cleanLine(text, n);
            if (line.contains("目標")) {
                targetYear = JapaneseDates.fiscalYear(line).orElse(null);
            }
        }
        String previous = null;
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = Extractor.cleanLine(text, n);
            if (line.isBlank()) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            Matcher alone = FIGURE_ALONE.matcher(line);
            if (row.find() && !row.group(1).strip().endsWith("年")) {
                String indicator = row.group(1).replaceAll("^[\\d.\\s]+", "").strip();
                candidates.kpi(
                        indicator,
                        target(row.group(2), row.group(4)),
                        row.group(3),
                        targetYear,
                        Candidates.at(n, line));
            } else if (alone.matches() && previous != null) {
                candidates.kpi(
                        previous,
                        target(alone.group(1), alone.group(3)),
                        alone.group(2),
                        targetYear,
                        Candidates.at(n, line));
            }
            previous = line;
        }
        prose(reading, targetYear, candidates);
    }

    private static void prose(Reading reading, String documentYear, Candidates candidates) {
        for (var named : reading.passages()) {
            String text = named.passage().text();
            if (!AIMS.matcher(text).find()) {
                continue;
            }
            Matcher by = BY_YEAR.matcher(text);
            String year = !by.find()
                    ? documentYear
                    : by.group(2) != null
                            ? JapaneseDates.fiscalYear(by.group(1) + "年度").orElse(documentYear)
                            : JapaneseDates.find(by.group(1) + "年").orElse(documentYear);
            Matcher target = PROSE_TARGET.matcher(text);
            while (target.find()) {
                String indicator =
                        target.group(1).replaceAll("^.*(?:までに|年度|年|を|、)", "").strip();
                int colon = text.indexOf(':');
                if ((indicator.isEmpty() || indicator.matches("累計|年間|合計")) && colon > 0 && colon < target.start(2)) {
                    // ・創業件数：令和12年度までに累計150件 — the indicator is what the colon follows.
                    indicator =
                            text.substring(0, colon).replaceAll("^[・\\s]+", "").strip();
                }
                if (indicator.isEmpty() || indicator.matches(".*\\d$")) {
                    continue;
                }
                candidates.kpi(
                        indicator,
                        target(target.group(2), target.group(4)),
                        target.group(3),
                        year,
                        named.passage().source(target.start(), target.end()));
            }
        }
    }

    private static String target(String figure, String over) {
        return figure.replace(",", "") + (over == null ? "" : over);
    }
}
