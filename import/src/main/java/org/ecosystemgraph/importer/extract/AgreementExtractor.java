package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agreement a document states: a passage that says one was concluded (締結, 調印, 結ぶ) gives its title (the
 * quoted 「…協定」 or the phrase ending in 協定 or 覚書), its date (a day without a year takes the document's), and
 * its parties — the organizations named before the verb and joined to it as parties are (A、B及びC, AとBとの間で),
 * not those named only as a modifier (東北大学の研究成果を…). The term comes from 有効期間 or …まで, 年度末まで.
 */
final class AgreementExtractor implements Extractor {

    private static final Pattern CONCLUDED = Pattern.compile("締結|調印|結び|結ん|結ぶ|取り交わ|交わし");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[「『]([^」』]{2,60}?(?:協定|覚書|協定書|合意書|連携協約))(?:書)?[」』]");
    private static final Pattern TITLE = Pattern.compile(
            "((?:[\\p{IsHan}\\p{IsKatakana}ー・A-Za-z0-9]+(?:及び[\\p{IsHan}\\p{IsKatakana}ー]+)?(?:に関する|のための|における|の))?[\\p{IsHan}\\p{IsKatakana}ー・A-Za-z0-9]*(?:協定|覚書|合意書))");
    /** What follows a party's name: a conjunction, the topic or subject particle, or 〜との間で. */
    private static final Pattern AS_PARTY =
            Pattern.compile("^(?:\\s|\\([^)]{0,40}\\))*(?:と|、|,|・|及び|および|並びに|ならびに|は|が|の間|の両者|の[二三四五2-5]者|で|により|\\)|」)");

    private static final Pattern TERM =
            Pattern.compile("(?:有効期間|協定期間|期間)[^。]{0,40}?(?:[〜～~\\-]|から)\\s*([^。、]{4,20}?)(?:まで|$|。|、)");
    private static final Pattern UNTIL = Pattern.compile("((?:令和|平成|\\d{4}年)[^。、]{1,12}?)(?:末日)?まで(?:有効|とする)");
    private static final Pattern FISCAL_YEAR_END = Pattern.compile("((?:令和|平成)\\s*\\d{1,2}|\\d{4})\\s*年度末まで");

    /** 協定名：…, 名称：…: the field of a page's entry that gives an agreement's name. */
    private static final Pattern NAME_FIELD = Pattern.compile("^\\s*(?:協定名|協定の名称|名称)\\s*[:：]");

    /** とは, と: the party a sentence's speaker agreed with. */
    private static final Pattern WITH = Pattern.compile("^\\s*(?:\\([^)]{0,40}\\))?\\s*と(?:は|の間で)?[、,]?");

    /** 上記の金融機関と: the bodies the list before names, each a party with the sentence's own. */
    private static final Pattern THOSE_LISTED =
            Pattern.compile("(?:上記|前記|これら)の(?:金融機関|機関|団体|各行|各社|各機関|[0-9一二三四五六七八九十]+(?:行|社|機関|団体))と");

    /** 3者は, 両者は: the parties the sentence before named. */
    private static final Pattern THE_PARTIES = Pattern.compile("(?:両者|[二三四五2-5]者)(?:は|が|で|の間で)");

    @Override
    public void extract(Reading reading, Candidates candidates) {
        Reading.Named previous = null;
        String voice = reading.voice();
        for (var named : reading.passages()) {
            var before = previous;
            previous = named;
            String text = named.passage().text();
            Matcher verb = CONCLUDED.matcher(text);
            // 協定名：大河原町と株式会社七十七銀行との…協定: a field that names an agreement states it, parties and all.
            boolean field = NAME_FIELD.matcher(text).lookingAt();
            if (!field && !verb.find() || !text.contains("協定") && !text.contains("覚書") && !text.contains("合意書")) {
                term(reading, text, candidates);
                continue;
            }
            int stated = field ? text.length() : verb.start();
            String title = title(text, stated);
            List<String> parties = parties(named, stated);
            if (parties.size() < 2
                    && before != null
                    && THE_PARTIES.matcher(text.substring(0, stated)).find()) {
                parties = parties(before, before.passage().text().length());
            }
            if (before != null
                    && THOSE_LISTED.matcher(text.substring(0, stated)).find()) {
                List<String> listed = new ArrayList<>(parties);
                before.mentions().forEach(body -> listed.add(body.written()));
                parties = listed;
            }
            if (parties.size() == 1
                    && voice != null
                    && !parties.contains(voice)
                    && WITH.matcher(text.substring(text.indexOf(parties.get(0))
                                    + parties.get(0).length()))
                            .lookingAt()) {
                // 宮城大学とは2022年に連携協定を結び: the other party is the body the document speaks as.
                parties = List.of(voice, parties.get(0));
            }
            if (title == null && parties.size() < 2) {
                continue;
            }
            String date = JapaneseDates.find(text, reading.published()).orElse(null);
            candidates.agreement(title, parties, date, named.passage().source());
            term(reading, text, candidates);
        }
    }

    /** The organizations named before {@code verb} and joined to it as parties are. */
    private static List<String> parties(Reading.Named named, int verb) {
        String text = named.passage().text();
        List<String> parties = new ArrayList<>();
        for (var mention : named.mentions()) {
            if (mention.start() < verb
                    && AS_PARTY.matcher(text.substring(mention.end())).find()) {
                parties.add(mention.written());
            }
        }
        return parties;
    }

    private static String title(String text, int verb) {
        Matcher quoted = QUOTED_TITLE.matcher(text);
        if (quoted.find()) {
            return quoted.group(1);
        }
        Matcher phrase = TITLE.matcher(text.substring(0, verb));
        String title = null;
        while (phrase.find()) {
            title = phrase.group(1);
        }
        return title == null || title.length() < 4 ? null : title;
    }

    private static void term(Reading reading, String text, Candidates candidates) {
        Matcher term = TERM.matcher(text);
        if (term.find()) {
            JapaneseDates.find(term.group(1), reading.published())
                    .ifPresent(date -> candidates.agreementTerm(null, date));
        }
        Matcher until = UNTIL.matcher(text);
        if (until.find()) {
            JapaneseDates.find(until.group(1)).ifPresent(date -> candidates.agreementTerm(null, date));
        }
        Matcher yearEnd = FISCAL_YEAR_END.matcher(text);
        if (yearEnd.find()) {
            JapaneseDates.fiscalYear(yearEnd.group(1) + "年度")
                    .ifPresent(
                            fy -> candidates.agreementTerm(null, (Integer.parseInt(fy.substring(2)) + 1) + "-03-31"));
        }
    }
}
