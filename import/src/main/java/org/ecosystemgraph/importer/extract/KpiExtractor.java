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
            Pattern.compile("^(?:\\d+\\.)?(\\D{4,}?)\\s*(\\d[\\d,.]*)\\s*(社|件|億円|万円|名|人|%)(超)?(\\s|$)");
    private static final Pattern FIGURE_ALONE = Pattern.compile("^(\\d[\\d,.]*)\\s*(社|件|億円|万円|名|人|%)(超)?$");

    @Override
    public void extract(DocumentText text, Candidates candidates) {
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
    }

    private static String target(String figure, String over) {
        return figure.replace(",", "") + (over == null ? "" : "超");
    }
}
