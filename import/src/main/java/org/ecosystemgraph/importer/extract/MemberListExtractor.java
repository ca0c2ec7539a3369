package org.ecosystemgraph.importer.extract;

import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * Member lists: below a heading that names a consortium (a line with ◆, or one that ends in 協議会, コンソーシアム,
 * Panel ...), the names that follow, one per line or separated by 、 and ・, until the list ends.
 */
final class MemberListExtractor implements Extractor {

    private static final Pattern CONSORTIUM =
            Pattern.compile("(◆\\s*(\\S+))|(\\S*(協議会|コンソーシアム|プラットフォーム|ラウンドテーブル|グループ|MASP))");
    private static final int WINDOW = 25;

    @Override
    public void extract(DocumentText text, Candidates candidates) {
        for (int n = 1; n <= text.lineCount(); n++) {
            String line = Extractor.cleanLine(text, n);
            // A heading is short; testing the length first keeps a very long line from costing quadratic time.
            if (line.length() > 60) {
                continue;
            }
            var heading = CONSORTIUM.matcher(line);
            if (!heading.find()) {
                continue;
            }
            String consortium = heading.group(2) != null ? heading.group(2) : heading.group(3);
            if (heading.group(2) == null && !line.contains("◆") && !line.matches(".*(構成|会員|参画|形成主体|メンバー).*")) {
                continue;
            }
            candidates.organization(consortium, null, null, Candidates.at(n, consortium));
            int listed = 0;
            for (int m = n + 1; m <= Math.min(text.lineCount(), n + WINDOW); m++) {
                String item = Extractor.cleanLine(text, m);
                if (item.isBlank()) {
                    continue;
                }
                if (item.startsWith("出所")) {
                    break;
                }
                int before = listed;
                for (String name : item.split("[、・,]")) {
                    String member = name.replaceAll("^[・\\-\\s]+", "")
                            .replaceAll("(等|など)$", "")
                            .strip();
                    if (!member.isEmpty()
                            && !member.equals(consortium)
                            && candidates.organization(member, null, null, Candidates.at(m, member))) {
                        candidates.membership(member, consortium, Candidates.at(m, member));
                        listed++;
                    }
                }
                if (listed > 0 && listed == before) {
                    break; // the first line that names no organization ends the list
                }
            }
        }
    }
}
