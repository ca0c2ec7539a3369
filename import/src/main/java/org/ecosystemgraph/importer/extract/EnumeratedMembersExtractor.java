package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;

/**
 * Bodies a plan enumerates after saying what they form together: 「以下の県内産業支援機関を新事業支援機関として位置づける。
 * 各新事業支援機関は、…新事業支援体制（地域プラットフォーム）を構築していく。」 and then (1) …, (2) …. The bodies each
 * numbered item begins with are members of what the sentences name, in the role they give. The items end where their
 * section does, at a heading of a higher level (2 …, 三 …).
 */
final class EnumeratedMembersExtractor implements Extractor {

    /** 以下の…機関を…として位置づける: a list announced, and the role its bodies are given. */
    private static final Pattern ANNOUNCED = Pattern.compile(
            "(?:以下|次|下記)の[^。]{0,40}?(?:機関|団体|企業|大学|法人|組織)(?:[^。]{0,10}?を([\\p{IsHan}\\p{IsKatakana}ー]{2,16})として)?");

    /** …新事業支援体制（地域プラットフォーム）を構築: what the bodies form, and what else it is called. */
    private static final Pattern FORMED =
            Pattern.compile("([\\p{IsHan}\\p{IsKatakana}ー・]{2,30}(?:体制|プラットフォーム|ネットワーク|協議会|コンソーシアム|会議|連合))"
                    + "(?:\\(([^()]{2,30})\\))?を(?:構築|形成|組織|設立|構成|結成)");

    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\(\\d{1,2}\\)|[①-⑳]|\\d{1,2}[.．)])");
    private static final Pattern SECTION =
            Pattern.compile("^\\s*(?:\\d{1,2}\\s|[一二三四五六七八九十]+\\s|第[0-9一二三四五六七八九十]+[章節]|\\d+-\\d+)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:、|・|及び|および|並びに|と)\\s*");

    /** How far after the announcement the sentence saying what the bodies form may stand. */
    private static final int FORMED_WITHIN = 3;

    @Override
    public void extract(Reading reading, Candidates candidates) {
        List<Reading.Named> passages = reading.passages();
        for (int i = 0; i < passages.size(); i++) {
            Matcher announced = ANNOUNCED.matcher(passages.get(i).passage().text());
            if (!announced.find()) {
                continue;
            }
            String role = announced.group(1);
            for (int k = i; k < Math.min(passages.size(), i + FORMED_WITHIN + 1); k++) {
                var passage = passages.get(k).passage();
                Matcher formed = FORMED.matcher(passage.text());
                if (formed.find() && !ITEM.matcher(passage.text()).find()) {
                    String consortium = formed.group(1);
                    var guess = new OrganizationGuess(Sector.SUPPORT, OrganizationKind.CONSORTIUM);
                    var source = passage.source(formed.start(), formed.end());
                    if (candidates.organization(consortium, null, null, source, guess)) {
                        if (formed.group(2) != null) {
                            candidates.alias(formed.group(2), consortium);
                        }
                        members(passages, k + 1, consortium, role, candidates);
                    }
                    break;
                }
            }
        }
    }

    /** The bodies each numbered item of the section begins with. */
    private static void members(
            List<Reading.Named> passages, int from, String consortium, String role, Candidates candidates) {
        for (int j = from; j < passages.size(); j++) {
            var named = passages.get(j);
            String text = named.passage().text();
            if (SECTION.matcher(text).find()) {
                return;
            }
            Matcher item = ITEM.matcher(text);
            if (!item.find() || named.mentions().isEmpty()) {
                continue;
            }
            // (2) (財)仙台市産業振興事業団…: the item begins with the body, not with words about it.
            String before = text.substring(item.end(), named.mentions().get(0).start());
            if (before.length() > 12 || before.chars().anyMatch(c -> c >= 'ぁ' && c <= 'ゖ')) {
                continue;
            }
            OrganizationFinder.Mention previous = null;
            for (var mention : named.mentions()) {
                if (previous != null
                        && !SEPARATOR
                                .matcher(text.substring(previous.end(), mention.start()))
                                .matches()) {
                    break;
                }
                candidates.membership(
                        mention.written(), consortium, role, named.passage().source(mention.start(), mention.end()));
                previous = mention;
            }
        }
    }
}
