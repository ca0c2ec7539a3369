package org.ecosystemgraph.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.OrganizationNames;

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

    private static final Pattern AIMS = Pattern.compile("目標|目指|までに|指標|KPI");
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
        // Whether the table the line stands in has a header that speaks of targets (指標, 目標値, 現状値).
        boolean targets = false;
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = Extractor.cleanLine(text, n);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = text.line(n).strip().split("\t");
            if (cells.length >= 2) {
                // A table's row: its last figure is the target, if the table is one of targets; a table of
                // programmes' amounts (融資限度額 3,500万円) states none.
                if (TARGET_HEADER.matcher(line).find()) {
                    targets = true;
                } else if (targets) {
                    tableRow(cells, n, targetYear, candidates);
                }
                previous = line;
                continue;
            }
            targets = false;
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

    private static final Pattern MARKED_INDICATOR =
            Pattern.compile("([^、。,:()「」○●・\\s]{2,30}(?:\\([^)]{0,10}\\))?)を、?[^、。を]*(?:、[^、。を]*)?$");

    private static final Pattern WORDS = Pattern.compile("[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]");

    private static final Pattern TARGET_HEADER = Pattern.compile("指標|目標|現状|実績|KPI");
    private static final Pattern CELL_FIGURE = Pattern.compile("(\\d[\\d,.]*)\\s*(社|件|億円|万円|名|人|%|者|団体|拠点|回)(超|以上)?");

    /** 創業相談件数（年間）⇥1,120件⇥1,500件（令和12年度）: the indicator and the figure of its last cell with one. */
    private static void tableRow(String[] cells, int line, String documentYear, Candidates candidates) {
        String indicator = OrganizationNames.clean(cells[0]);
        if (indicator.length() < 4 || CELL_FIGURE.matcher(indicator).find()) {
            return;
        }
        for (int c = cells.length - 1; c > 0; c--) {
            String cell = OrganizationNames.clean(cells[c]);
            Matcher figure = CELL_FIGURE.matcher(cell);
            java.util.regex.MatchResult last = null;
            while (figure.find()) {
                last = figure.toMatchResult();
            }
            if (last != null) {
                String year = JapaneseDates.fiscalYear(cell).orElse(documentYear);
                candidates.kpi(
                        indicator,
                        target(last.group(1), last.group(3)),
                        last.group(2),
                        year,
                        Candidates.at(line, cells[c].strip()));
                return;
            }
        }
    }

    /** 【KPI】, ■成果指標: a heading over items each of which is an indicator and its target. */
    private static final Pattern KPI_HEADING =
            Pattern.compile("^\\s*[【■◆〔\\[]?\\s*(?:KPI|成果指標|数値目標|目標指標|目標値)\\s*[】〕\\]]?\\s*$");

    private static final Pattern ITEM = Pattern.compile("^\\s*[・●○◆◇]");

    /** （令和6年度末実績 318社）: a figure in brackets that is where things stand, not a target. */
    private static final Pattern STANDING = Pattern.compile("\\([^)]*(?:実績|現状|見込)[^)]*$");

    private static void prose(Reading reading, String documentYear, Candidates candidates) {
        boolean underKpis = false;
        for (var named : reading.passages()) {
            String text = named.passage().text();
            if (KPI_HEADING.matcher(text).matches()) {
                underKpis = true;
                continue;
            }
            underKpis = underKpis && ITEM.matcher(text).find();
            if (!underKpis && !AIMS.matcher(text).find()) {
                continue;
            }
            Matcher by = BY_YEAR.matcher(text);
            String year = !by.find()
                    ? documentYear
                    : by.group(2) != null
                            ? JapaneseDates.fiscalYear(by.group(1) + "年度").orElse(documentYear)
                            : JapaneseDates.find(by.group(1) + "年").orElse(documentYear);
            Matcher target = PROSE_TARGET.matcher(text);
            // 142社（令和６年度）→ 220社（令和12年度）: the figure after the arrow is the target, the one before it now.
            int arrow = Math.max(text.lastIndexOf('→'), text.lastIndexOf('⇒'));
            String before = null;
            while (target.find()) {
                String indicator = target.group(1)
                        .replaceAll("^.*(?:までに|年度|年|、|(?:指標|KPI|目標)\\s)", "")
                        .strip();
                if (target.start(2) < arrow) {
                    before = indicator;
                    continue;
                }
                if (before != null && !WORDS.matcher(indicator).find()) {
                    indicator = before; // …数　142社（令和６年度）→ 220社: the indicator before the arrow
                }
                if (STANDING.matcher(text.substring(0, target.start(2))).find()) {
                    continue;
                }
                int colon = text.indexOf(':');
                boolean labelled = colon > 0 && colon < target.start(2);
                // ・域内の大学発ベンチャー数：令和10年度末に450社 under 【KPI】: the item's label is the indicator, up
                // to its first figure (年間600件、成約率15％以上: the second names its own).
                boolean item = underKpis
                        && labelled
                        && !text.substring(colon, target.start(2)).contains("、");
                if (item || (indicator.isEmpty() || indicator.matches("累計|年間|合計")) && labelled) {
                    // ・創業件数：令和12年度までに累計150件 — the indicator is what the colon follows.
                    indicator =
                            text.substring(0, colon).replaceAll("^[・\\s]+", "").strip();
                }
                if (indicator.isEmpty() || indicator.matches("累計|年間|合計")) {
                    // …の受講者数（累計）を、令和12年度までに2,000人とします: the indicator is what を marks.
                    Matcher marked = MARKED_INDICATOR.matcher(text.substring(0, target.start(2)));
                    indicator = marked.find() ? marked.group(1).strip() : indicator;
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
