package org.ecosystemgraph.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * Clauses of an agreement numbered in any of the usual styles — 第1条, 1, 1., (1), ① at the start of a line, or ①②③
 * inside one — when the document states an agreement and the hierarchical 1(1)① reading found none. An item is a
 * clause when it reads like one (…こと, …に関する事項) or stands under a heading such as 連携事項 or 協定の内容.
 */
final class NumberedClauseExtractor implements Extractor {

    private static final Pattern ARTICLE = Pattern.compile("^第([0-9一二三四五六七八九十]+)条\\s*(?:\\(([^)]{1,30})\\))?\\s*(.*)$");
    private static final Pattern ITEM =
            Pattern.compile("^(\\d{1,2}[.．]|\\d{1,2}(?=\\s)|\\(\\d{1,2}\\)|[①-⑳])\\s*(\\S.*)$");
    private static final Pattern INLINE = Pattern.compile("([①-⑳]|\\(\\d{1,2}\\))\\s*((?:(?![①-⑳]|\\(\\d{1,2}\\)).)+)");
    /** 、の3項目について連携する: the words after the last of inline items that count them, not part of it. */
    private static final Pattern COUNTED_TAIL =
            Pattern.compile("[、,]?\\s*(?:の|以上の)?[0-9一二三四五六七八九十]+(?:項目|点|分野|事項)(?:について|で|に).*$");

    private static final Pattern CONTENTS = Pattern.compile("連携事項|協力事項|協定の(?:主な)?内容|主な内容|連携内容|連携・協力|取組内容");
    private static final Pattern READS_AS_CLAUSE = Pattern.compile("(?:こと|事項|関すること|に関する事項)[。.]?$");
    private static final int UNDER_HEADING = 20;

    @Override
    public void extract(Reading reading, Candidates candidates) {
        if (candidates.hasClauses() || !candidates.hasAgreement()) {
            return;
        }
        DocumentText text = reading.text();
        int heading = -UNDER_HEADING - 1;
        // The article the items below stand in, as the house numbers clauses: 第2条 is 2, its (1) is 2(1).
        String articleNumber = "";
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = Extractor.cleanLine(text, n);
            if (line.isBlank()) {
                continue;
            }
            boolean under = n - heading <= UNDER_HEADING;
            Matcher article = ARTICLE.matcher(line);
            Matcher item = ITEM.matcher(line);
            // 連携事項 alone is the heading over the clauses, not one of them.
            boolean readsAsClause = item.matches()
                    && READS_AS_CLAUSE.matcher(item.group(2)).find()
                    && !CONTENTS.matcher(item.group(2).strip()).matches();
            boolean headingLike = line.length() < 40 && !readsAsClause && !line.endsWith("。");
            if (article.matches()) {
                articleNumber = JapaneseDates.kanjiDigits(article.group(1));
                String body = article.group(3).isBlank() ? following(text, n) : article.group(3);
                candidates.clause(articleNumber, article.group(2), body, Candidates.at(n, line));
            } else if (item.matches() && (readsAsClause || !articleNumber.isEmpty() || under && !headingLike)) {
                if (!inline(line, n, articleNumber, candidates)) {
                    candidates.clause(
                            number(articleNumber, item.group(1)),
                            null,
                            item.group(2).strip(),
                            Candidates.at(n, item.group(2)));
                }
            } else if (!inline(line, n, articleNumber, candidates) && headingLike) {
                // A heading: 協定の内容 opens the clauses, any other (２ 協定の期間) closes them.
                heading = CONTENTS.matcher(line).find() ? n : -UNDER_HEADING - 1;
            }
        }
    }

    /** (1), ① and 1 as written (1. as 1); under an article, 1 is its item (1): 2(1). */
    private static String number(String article, String written) {
        String number = written.replace("．", ".").replaceAll("\\.$", "").strip();
        return !article.isEmpty() && number.matches("\\d+") ? article + "(" + number + ")" : article + number;
    }

    private static String following(DocumentText text, int n) {
        int next = text.nextNonBlank(n);
        return next < 0 ? "" : Extractor.cleanLine(text, next);
    }

    /** Reads ①…②…③ or (1)…(2)… written in one line; false if the line holds fewer than two. */
    private static boolean inline(String body, int n, String article, Candidates candidates) {
        Matcher numbered = INLINE.matcher(body);
        int count = 0;
        while (numbered.find()) {
            count++;
        }
        if (count < 2) {
            return false;
        }
        numbered.reset();
        while (numbered.find()) {
            String clause = COUNTED_TAIL
                    .matcher(numbered.group(2))
                    .replaceFirst("")
                    .replaceAll("[、,。]\\s*$", "")
                    .strip();
            candidates.clause(
                    article + numbered.group(1),
                    null,
                    clause,
                    Candidates.at(n, numbered.group(1) + numbered.group(2).strip()));
        }
        return true;
    }
}
