package org.ecosystemgraph.importer.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Members shown in a figure or a table cell that PDF text flattened: a consortium's name standing alone as the title
 * of a box (みちのくアカデミア発スタートアップ共創プラットフォーム（MASP）, 【…推進協議会の形成主体】), and around it
 * short lines that are no sentences, naming bodies (・秋田大学 ・弘前大学, 七十七銀行, Spurcle等). The box ends at a
 * sentence, a numbered heading, another consortium's title, or a line saying who is not in it (参画なし).
 */
final class FigureMembershipExtractor implements Extractor {

    private static final Pattern MEMBERS_WORD = Pattern.compile("形成主体|構成団体|構成機関|構成員|会員|参画機関|参画団体|参加機関|メンバー");
    private static final Pattern FIELD = Pattern.compile("\\s*[^:：。]{1,8}[:：]\\s*");
    private static final Pattern ENDS_BOX = Pattern.compile("^\\s*\\d+(?:-\\d+)*[.．]\\s|参画なし|参加なし|含まない|以外");
    private static final int MOST = 40;
    private static final Pattern SECTION = Pattern.compile("^\\s*(?:\\d{1,2}[.．]?\\s|第[0-9一二三四五六七八九十]+[章節])");
    private static final Pattern LIST_TITLE = Pattern.compile("一覧|名簿|リスト");
    private static final Pattern ROLE = Pattern.compile("代表幹事|副会長|会長|幹事|監事|事務局|オブザーバー|顧問|座長|理事長|副理事長|理事");
    /** How many sentences may stand between a list's title and the list. */
    private static final int INTRO = 2;
    /** The longest a table's label is (区分, 構成機関名, 備考). */
    private static final int LABEL = 6;

    @Override
    public void extract(Reading reading, Candidates candidates) {
        List<Reading.Named> passages = reading.passages();
        // The titles a box above took for its first cell, the body at its core: no boxes of their own.
        Set<Integer> cores = new HashSet<>();
        for (int i = 0; i < passages.size(); i++) {
            var title = passages.get(i);
            var consortium = title(title);
            if (consortium == null || cores.contains(i)) {
                continue;
            }
            boolean membersWord = MEMBERS_WORD.matcher(title.passage().text()).find();
            int after = box(passages, i, +1, candidates, consortium, cores);
            if (membersWord && after < 2) {
                box(passages, i, -1, candidates, consortium, cores);
            }
        }
    }

    /** Words after a name's brackets that say what it does: a particle and a verb, not more names. */
    private static final Pattern DESCRIPTION =
            Pattern.compile("\\)[^(]*?\\p{IsHiragana}*(?:を|に)[^(]*?(?:開催|実施|行う|行い|運営|支援)");

    /** The consortium a passage is the title of: its name, alone or with a word such as 形成主体, in a short line. */
    private static OrganizationFinder.Mention title(Reading.Named named) {
        String text = named.passage().text();
        if (text.length() > 60 || text.contains("。") || named.mentions().isEmpty()) {
            return null;
        }
        var mention = named.mentions().get(0);
        // 主催：…実行委員会: a page's field that names the body, no box; 構成機関：… stays a list's title.
        String label = text.substring(0, mention.start());
        if (FIELD.matcher(label).matches() && !MEMBERS_WORD.matcher(label).find()) {
            return null;
        }
        boolean consortium = mention.isConsortium();
        // The area in brackets after the name is no member of the title: 福岡スタートアップ・コンソーシアム（福岡市等）.
        int area = text.indexOf('(', mention.end());
        String title = area < 0 ? text : text.substring(0, area);
        String rest = (title.substring(0, mention.start()) + title.substring(mention.end()))
                .replaceAll("\\([^)]*\\)|[【】〔〕\\[\\]()\\s]|の|形成主体|構成団体|構成機関|構成員|会員|参画機関|参画団体|参加機関|メンバー|主に|設立発起人", "");
        boolean alone =
                named.mentions().stream().noneMatch(other -> other != mention && other.start() < title.length());
        // ・研究シーズ事業化部会（部会長：山形大学）　技術マッチング会を開催: an item that says what the body does, no title.
        boolean described =
                area >= 0 && DESCRIPTION.matcher(text.substring(area)).find();
        return consortium && rest.length() <= 4 && alone && !described ? mention : null;
    }

    /** Adds the members named in the box on one side of the title; returns how many. */
    private static int box(
            List<Reading.Named> passages,
            int title,
            int step,
            Candidates candidates,
            OrganizationFinder.Mention consortium,
            Set<Integer> cores) {
        int members = 0;
        int empty = 0;
        // A list's title (…構成機関一覧) may be followed by a paragraph on the body before the list itself.
        int intro = step > 0
                        && LIST_TITLE
                                .matcher(passages.get(title).passage().text())
                                .find()
                ? INTRO
                : 0;
        OrganizationFinder.Mention last = null;
        for (int k = title + step, seen = 0; k >= 0 && k < passages.size() && seen < MOST; k += step, seen++) {
            var named = passages.get(k);
            String text = named.passage().text();
            // A short line that stops with 。 is a note in a cell (釧路市、小樽市。), not a sentence after the box.
            boolean sentence = text.contains("。") && text.length() > 20;
            if (sentence && members == 0 && intro-- > 0) {
                continue;
            }
            // Another consortium's title ends the box, unless it is the box's first cell: the body at its core (北九州市
            // SDGsスタートアップエコシステムコンソーシアム / グローバルアクセラレーションプログラム実行委員会).
            boolean titled = title(named) != null;
            boolean core = titled && step > 0 && members == 0 && seen <= 1;
            if (text.length() > 80
                    || sentence
                    || titled && !core
                    || SECTION.matcher(text).find()) {
                break;
            }
            if (core) {
                cores.add(k);
            }
            // 副会長 on the line after a member's name: the role the table gives it.
            Matcher role = ROLE.matcher(text.strip());
            if (role.matches() && last != null) {
                candidates.membership(
                        last.written(),
                        consortium.written(),
                        role.group(),
                        named.passage().source());
                continue;
            }
            // 参画なし ends the box, unless the next cell's names follow it on the line (参画なし 札幌市、江別市).
            Matcher ends = ENDS_BOX.matcher(text.replace("。", " "));
            int from = 0;
            if (ends.find()) {
                from = ends.end();
                int after = from;
                if (named.mentions().stream().noneMatch(m -> m.start() >= after)) {
                    break;
                }
            }
            if (named.mentions().isEmpty()) {
                // 区分, 産, 備考: a table's labels are not the end of its box.
                if (text.strip().length() > LABEL && ++empty >= 3) {
                    break;
                }
                continue;
            }
            empty = 0;
            for (var mention : named.mentions()) {
                if (mention.start() < from || isPlaceLabel(named, mention)) {
                    continue;
                }
                candidates.membership(
                        mention.written(),
                        consortium.written(),
                        named.passage().source(mention.start(), mention.end()));
                members++;
                last = mention;
            }
        }
        return members;
    }

    /** 秋田県 青森県 over the members of a figure: prefectures labelling its columns, not members. */
    private static boolean isPlaceLabel(Reading.Named named, OrganizationFinder.Mention mention) {
        boolean place = mention.name().matches(".+[都道府県]");
        return place && named.mentions().stream().allMatch(m -> m.name().matches(".+[都道府県市町村]"));
    }
}
