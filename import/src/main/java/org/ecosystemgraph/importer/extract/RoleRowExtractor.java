package org.ecosystemgraph.importer.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of a table of members that names its bodies by their role: after the rows of a platform's support bodies,
 * 「連 携 機 関 ・ 東北大学、宮城教育大学、…」. The bodies it lists join, in that role, the consortium most bodies of the rows
 * above it belong to.
 */
final class RoleRowExtractor implements Extractor {

    /** The role a row opens with, its letters perhaps spaced out as a table's are (連 携 機 関). */
    private static final Pattern ROLE = Pattern.compile(
            "^\\s*((?:連\\s?携|協\\s?力|構\\s?成|参\\s?画|参\\s?加|共\\s?同\\s?実\\s?施)\\s?機\\s?関|オブザーバー|賛\\s?助\\s?会\\s?員)\\s*[:：\\s]");

    /** How many rows above the role's row may say which consortium the table is of. */
    private static final int ROWS_ABOVE = 40;

    @Override
    public void extract(Reading reading, Candidates candidates) {
        List<Reading.Named> passages = reading.passages();
        for (int i = 0; i < passages.size(); i++) {
            var row = passages.get(i);
            Matcher role = ROLE.matcher(row.passage().text());
            if (!role.find() || row.mentions().size() < 2) {
                continue;
            }
            String consortium = consortiumAbove(passages, i, candidates);
            if (consortium == null) {
                continue;
            }
            String named = role.group(1).replaceAll("\\s", "");
            for (var mention : row.mentions()) {
                candidates.membership(
                        mention.written(), consortium, named, row.passage().source(mention.start(), mention.end()));
            }
        }
    }

    /** The consortium that most of the bodies named alone on the rows above belong to, if most of them do. */
    private static String consortiumAbove(List<Reading.Named> passages, int row, Candidates candidates) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        int rows = 0;
        for (int k = row - 1; k >= Math.max(0, row - ROWS_ABOVE); k--) {
            var above = passages.get(k);
            if (above.mentions().size() != 1) {
                continue;
            }
            rows++;
            for (String consortium :
                    candidates.consortiaOf(above.mentions().get(0).written())) {
                votes.merge(consortium, 1, Integer::sum);
            }
        }
        int needed = Math.max(3, rows / 2);
        return votes.entrySet().stream()
                .filter(vote -> vote.getValue() >= needed)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
