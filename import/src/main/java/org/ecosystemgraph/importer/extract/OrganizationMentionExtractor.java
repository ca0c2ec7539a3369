package org.ecosystemgraph.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * Organization names anywhere in running text: a run of kanji, katakana and Latin letters that ends the way names of
 * bodies end (大学, 研究所, 機構, 協議会, 銀行 ...), with a legal form in front if it has one. Recall over precision:
 * reviewers drop what is not an organization.
 */
final class OrganizationMentionExtractor implements Extractor {

    private static final Pattern NAME = Pattern.compile("((?:\\((?:株|財|公財|社|一社|独|国研)\\)|株式会社|一般社団法人|公益財団法人"
            + "|国立大学法人|独立行政法人|国立研究開発法人|特定非営利活動法人)?\\s?"
            + "[\\p{IsHan}\\p{IsKatakana}ーA-Za-z][\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]{0,24}?"
            + "(?:高等専門学校|大学院|大学|研究所|研究センター|センター|機構|財団|事業団|協議会|コンソーシアム|銀行|公庫"
            + "|信用保証協会|工業会|協会|商工会議所|連合会|中央会|経済産業局|局|省|庁|キャピタル|ベンチャーズ|パートナーズ))"
            + "(?![\\p{IsHan}\\p{IsKatakana}])");

    @Override
    public void extract(DocumentText text, Candidates candidates) {
        for (int n = 1; n <= text.lineCount(); n++) {
            Matcher name = NAME.matcher(Extractor.cleanLine(text, n));
            while (name.find()) {
                String found = name.group(1).strip();
                if (found.length() >= 4) {
                    candidates.organization(found, null, null, Candidates.at(n, found));
                }
            }
        }
    }
}
