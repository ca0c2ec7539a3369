package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Member lists: under a short heading that names a consortium and its members (◆X, X 会員一覧, Xの構成団体), the
 * bodies the lines below name, one per line or several, until the list ends (four lines naming none, a long
 * sentence naming bodies, another consortium's heading). A role stands before a name (会長　東北電力株式会社,
 * 事務局：…) or as a heading over a part of the list (正会員, 賛助会員, オブザーバー).
 */
final class MemberListExtractor implements Extractor {

    private static final Pattern HEADING =
            Pattern.compile("◆|会員|委員(?![会長])|構成|参画|形成主体|メンバー|名簿|一覧|参加団体|参加機関|(?:コンソーシアム|協議会|グループ)名[:：]");
    private static final Pattern ROLE = Pattern.compile(
            "^(代表幹事|副会長|会長|幹事|監事|顧問|理事長|副理事長|理事|副委員長|委員長|委員|副座長|座長|事務局|オブザーバー|正会員|賛助会員|特別会員|一般会員|法人会員|会員"
                    + "|代表機関|共同実施機関|連携機関|参加機関|構成機関)\\s*(?:[:：]|\\s|$)");
    private static final Pattern ROLE_HEADING =
            Pattern.compile("^(正会員|賛助会員|特別会員|一般会員|法人会員|個人会員|会員|役員|オブザーバー|幹事|顧問|共同実施機関|連携機関|参加機関|構成機関)"
                    + "(?:\\s*[(（][^)）]*[)）])?\\s*[:：]?$");
    /** ◆TAP (Tohoku Activation Panel): a marked heading names the body whatever its name ends with. */
    private static final Pattern MARKED = Pattern.compile("^◆\\s*([^\\s(（/／]+)");

    /** 5 部会の構成: a heading over a council's committees, each a body of its own, not its members. */
    private static final Pattern COMMITTEES = Pattern.compile("(?:部会|分科会|委員会|ワーキンググループ|WG)の?(?:構成|一覧)");

    /** ◆創業・経営の相談窓口, ◆大学発ベンチャーが…を活用: a marked heading with hiragana after its first word says something. */
    private static final Pattern SAYS = Pattern.compile(".*[\\p{IsHan}\\p{IsKatakana}A-Za-z].*\\p{IsHiragana}.*");

    private static final int WINDOW = 40;
    private static final Pattern SECTION = Pattern.compile("^(?:\\d{1,2}[.．]?\\s|第[0-9一二三四五六七八九十]+[章節])");

    @Override
    public void extract(Reading reading, Candidates candidates) {
        List<Reading.Named> passages = reading.passages();
        // ■設立メンバー under a council's title: a heading of members that names no body belongs to the title's.
        String titled = reading.titledBody();
        for (int i = 0; i < passages.size(); i++) {
            var heading = passages.get(i);
            String text = heading.passage().text();
            if (text.length() > 60
                    || text.endsWith("。")
                    || !HEADING.matcher(text).find()
                    || COMMITTEES.matcher(text).find()) {
                continue;
            }
            var consortium = consortiumOf(heading, candidates);
            Matcher marked = MARKED.matcher(text);
            String name = consortium != null
                    ? consortium.written()
                    : marked.find() && !SAYS.matcher(marked.group(1)).matches()
                            ? marked.group(1)
                            : heading.mentions().isEmpty() ? titled : null;
            if (name != null) {
                list(passages, i, name, candidates);
            }
        }
    }

    private static OrganizationFinder.Mention consortiumOf(Reading.Named named, Candidates candidates) {
        return named.mentions().stream()
                .filter(OrganizationFinder.Mention::isConsortium)
                .findFirst()
                .orElse(null);
    }

    private static void list(List<Reading.Named> passages, int heading, String consortium, Candidates candidates) {
        String role = null;
        int withoutNames = 0;
        for (int k = heading + 1; k < Math.min(passages.size(), heading + 1 + WINDOW); k++) {
            var named = passages.get(k);
            String text = named.passage().text().strip();
            if (SECTION.matcher(text).find()) {
                return; // 4 会員の異動: the next section
            }
            Matcher roleHeading = ROLE_HEADING.matcher(text);
            if (roleHeading.matches()) {
                role = roleHeading.group(1).equals("役員") ? null : roleHeading.group(1);
                continue;
            }
            if (named.mentions().isEmpty()) {
                if (++withoutNames >= 4) {
                    return;
                }
                continue;
            }
            // A long line ends the list unless it is a list itself (学：東北大学、岩手大学、…).
            boolean longList = text.chars().filter(c -> c == '、').count() >= 2 && !text.contains("。");
            if (text.length() > 80 && !longList
                    || consortiumOf(named, candidates) != null
                            && k != heading + 1
                            && text.length() < 40
                            && HEADING.matcher(text).find()) {
                return;
            }
            if (text.endsWith("。") && text.length() > 40) {
                continue; // a sentence about the list, not a line of it
            }
            withoutNames = 0;
            Matcher prefix = ROLE.matcher(text);
            String lineRole = prefix.find() ? prefix.group(1) : role;
            for (var mention : named.mentions()) {
                if (candidates.resolve(mention.written()).equals(candidates.resolve(consortium))) {
                    continue;
                }
                candidates.membership(
                        mention.written(),
                        consortium,
                        lineRole,
                        named.passage().source(mention.start(), mention.end()));
            }
        }
    }
}
