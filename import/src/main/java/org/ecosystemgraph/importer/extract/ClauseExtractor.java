package org.ecosystemgraph.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * Numbered clauses of an agreement: {@code １ 連携事項}, then {@code （１）見出し}, then {@code ①本文}, numbered
 * 1(1)①; and the agreement's dates (記者発表 date, 協定の期間).
 */
final class ClauseExtractor implements Extractor {

    private static final Pattern SECTION = Pattern.compile("^(\\d)\\s+(\\S.*)$");
    private static final Pattern GROUP = Pattern.compile("^\\((\\d)\\)\\s*(\\S.*)$");
    private static final Pattern CLAUSE = Pattern.compile("^([①-⑳])\\s*(\\S.*)$");
    private static final Pattern TERM = Pattern.compile("期間.*[〜～~-]\\s*(.+)$");

    @Override
    public void extract(Reading reading, Candidates candidates) {
        DocumentText text = reading.text();
        String section = null;
        String group = null;
        String heading = null;
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = Extractor.cleanLine(text, n);
            Matcher term = TERM.matcher(line);
            if (term.find()) {
                candidates.agreementTerm(null, JapaneseDates.find(term.group(1)).orElse(null));
            }
            if (line.matches("^(令和|平成).*日$") && line.length() < 16) {
                candidates.agreementTerm(JapaneseDates.find(line).orElse(null), null);
            }
            Matcher sectionMatch = SECTION.matcher(line);
            Matcher groupMatch = GROUP.matcher(line);
            Matcher clauseMatch = CLAUSE.matcher(line);
            if (sectionMatch.matches()) {
                section = sectionMatch.group(1);
                group = null;
            } else if (groupMatch.matches() && section != null) {
                group = groupMatch.group(1);
                heading = groupMatch.group(2).strip();
            } else if (clauseMatch.matches() && section != null && group != null) {
                String clauseText = clauseMatch.group(2).strip();
                // A clause the PDF broke over two lines goes on until it ends like a clause.
                int following = text.nextNonBlank(n);
                if (!clauseText.endsWith("こと") && !clauseText.endsWith("。") && following > 0) {
                    String next = Extractor.cleanLine(text, following);
                    if (!next.isBlank()
                            && !CLAUSE.matcher(next).matches()
                            && !GROUP.matcher(next).matches()) {
                        clauseText = clauseText + next.strip();
                    }
                }
                candidates.clause(
                        section + "(" + group + ")" + clauseMatch.group(1),
                        heading,
                        clauseText,
                        Candidates.at(n, clauseMatch.group(2).strip()));
            }
        }
    }
}
