package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.Sector;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * Support functions stated in sentences: the body a sentence is about (its first organization, marked by は, が,
 * では or で) and what the sentence says it offers, by the taxonomy's cues (相談, 技術移転, 融資, 入居, 補助 …), when
 * the sentence says it offers something (行う, 実施, 提供, 支援, 運営, 窓口 …).
 */
final class ProseFunctionExtractor implements Extractor {

    private static final Pattern SUBJECT = Pattern.compile(
            "^」?\\s*(?:\\([^)]{0,40}\\))?\\s*(?:「[^」]{0,20}」)?\\s*(?:は|が|も(?![のう])|では|で(?!あ)|において|にて|が運営する|から(?:は|、|の)|の[\\p{IsHan}\\p{IsKatakana}ー・]{1,16}(?:が|は|では))");
    private static final Pattern OFFERS =
            Pattern.compile("行[いうっえ]|実施|提供|支援|運営|設置|開設|窓口|受け付け|受付|紹介|開催|開[きくい]|担[いう]|担当|応じ|取り組|取組|サポート|手がけ|展開"
                    + "|継続|拡充|設け|適用|用意|対応|提案|申し出|進め|強化|協力|しています|しております|します|応じます|受けられ"
                    + "|(?:補助|助成|融資|出資|保証|貸し出)(?:し|す)");
    /** 各金融機関は, 両者は, これらの機関は: the bodies the sentence before named, each. */
    private static final Pattern THOSE =
            Pattern.compile("\\s*(?:また、)?(?:各(?:金融機関|機関|団体|行|社|大学|支援機関)|両者|[二三四五2-5]者|これらの(?:機関|団体))(?:は|が|では|とも)");

    /** 各金融機関は, 各行は: the banks among the bodies before. */
    private static final Pattern THOSE_OF_FINANCE = Pattern.compile("\\s*(?:また、)?各(?:金融機関|行)");

    /** 販路開拓の面は, 清酒の試験は: the topic a sentence puts before the body that offers it. */
    private static final Pattern TOPIC_BEFORE = Pattern.compile("[^、。]{2,}は、?\\s*$");

    /** 次に掲げる事項について連携し、協力する: the clause of an agreement that lists what its parties do together. */
    private static final Pattern COOPERATION = Pattern.compile("(?:掲げる|次の|以下の)事項(?:について|に関し(?:て)?)、?(?:相互に)?(?:連携|協力)");

    /** …を継続する方針が示された, …との説明があった: minutes report in the past what a body will offer. */
    private static final Pattern REPORTED = Pattern.compile("(?:との|旨の)(?:説明|発言|報告|申し出)|方針が示され");

    /** A sentence that tells what happened (出資した), not what a body offers. */
    private static final Pattern PAST = Pattern.compile("(?:した|された|だった|であった)[。」]?$");

    /** AとBが, A、Bでは: subjects of one verb, which share what follows. */
    private static boolean joined(String text, OrganizationFinder.Mention a, OrganizationFinder.Mention b) {
        return text.substring(a.end(), b.start())
                .matches("\\s*(?:と|、|,|・|及び|および|並びに|や|では|は|が|において|「[^」]*」|\\([^)]*\\))*\\s*");
    }

    /** The text with the names blanked, so that 信用保証協会 does not read as offering 信用保証. */
    private static String masked(String text, List<OrganizationFinder.Mention> mentions) {
        char[] chars = text.toCharArray();
        for (var mention : mentions) {
            java.util.Arrays.fill(chars, mention.start(), mention.end(), '□');
        }
        return new String(chars);
    }

    /** Marked as a subject, or joined by と to the next name (AとBが窓口となり). */
    private static boolean isSubject(
            String text, OrganizationFinder.Mention mention, List<OrganizationFinder.Mention> all) {
        return listFollowedBy(text, mention, all, SUBJECT);
    }

    /**
     * Whether the words after the name, or after the last name of the list it begins (A、B及びCは), are what the
     * pattern looks for: every name of a list shares what follows the list.
     */
    private static boolean listFollowedBy(
            String text, OrganizationFinder.Mention mention, List<OrganizationFinder.Mention> all, Pattern after) {
        if (after.matcher(text.substring(mention.end())).find()) {
            return true;
        }
        int next = all.indexOf(mention) + 1;
        return next < all.size()
                && LIST_JOIN
                        .matcher(text.substring(mention.end(), all.get(next).start()))
                        .matches()
                && listFollowedBy(text, all.get(next), all, after);
    }

    private static final Pattern LIST_JOIN = Pattern.compile(
            "\\s*(?:\\([^)]{0,40}\\))?\\s*(?:と|や|、|,|及び|および|並びに|ならびに)\\s*(?:株式会社|一般社団法人|公益財団法人|独立行政法人)?\\s*");

    /**
     * …と共催で, …と共同で, …と連携協定を締結し, …とは、…相談会を年4回、共催: the words after a partner with whom the subject
     * offers what it offers.
     */
    private static final Pattern PARTNERED =
            Pattern.compile("^と(?:は、)?(?!の)(?:[^。、]{0,30}?(?:協定|共催)|[^。、]{0,30}?、[^。、]{0,8}?共催|共同で|合同で)");

    /** A body with whom the subject holds or agrees to what it offers (…と共催で), or one of a list of them. */
    private static boolean isPartner(
            String text, OrganizationFinder.Mention mention, List<OrganizationFinder.Mention> all) {
        return listFollowedBy(text, mention, all, PARTNERED);
    }

    /** Xで alone after a subject is where the subject acts (…が、毎月名取市商工会で相談に応じる), not who. */
    private static boolean isPlaceOfAction(String text, OrganizationFinder.Mention mention, boolean after) {
        return after && text.startsWith("で", mention.end()) && !text.startsWith("では", mention.end());
    }

    /** A bullet point, as lists of what a body offers are written (not numbered clauses of an agreement). */
    private static final Pattern BULLET = Pattern.compile("^\\s*[・●○■□◆◇▶►※\\-]");

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\(?\\d{1,2}[).．.、]|\\d{1,2}\\s|第\\d+条)");

    private record Cue(String words, String function) {}

    /** ○石巻商工会議所, ■ みやぎ工業会, 【経営支援部】: a line that is a body's name alone, as a directory's entries are. */
    private static final Pattern ENTRY_MARK =
            Pattern.compile("^\\s*(?:[○●◎◇◆□■・【]|\\(\\d{1,2}\\)|[①-⑳]|\\d{1,2}[.．]?\\s)\\s*");

    /** 4 主な事業, 【活動内容】: a heading over what a consortium does. */
    private static final Pattern ACTIVITIES =
            Pattern.compile("^\\s*(?:\\d{1,2}\\s*|[【〔\\[■◆●]\\s*)?(?:主な事業|事業内容|主な活動|活動内容|事業概要|主な取組|取組内容|支援内容"
                    + "|ご相談の内容|相談内容|業務内容|サービス内容|支援メニュー|サービス)[】〕\\]]?\\s*$");

    /** A heading that ends an entry's lines: a mark, a bracket or a section number before a short line. */
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[■□◆◇【〔]|\\d{1,2}\\s)");

    /** …次の事業を行う, 以下の支援を実施します: a sentence that announces the list of what its subject offers. */
    private static final Pattern ANNOUNCES = Pattern.compile("(?:次|以下)の(?:事業|支援|業務|取組|取り組み|活動|サービス)を(?:行|実施|提供)");

    private static final Pattern ANNOUNCED_ITEM = Pattern.compile("^\\s*(?:\\(\\d{1,2}\\)|[①-⑳]|[・●○])");

    /** How many lines under an entry or an activities heading say what it offers. */
    private static final int ENTRY_LINES = 6;

    /** A view, not a deed: …が有効である, …が重要, …すべき. */
    private static final Pattern OPINION = Pattern.compile("有効|重要|必要|べき|望ましい|考えられる|であった|と言える|可能性");

    /** （九大OIP/福岡）, (Harvard Innovation Labs/ボストン): the bodies a report's closing bracket credits. */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\(([^()/]{2,60})/[^()/]{1,12}\\)[。.]?\\s*$");

    private static List<OrganizationFinder.Mention> attributed(String text, List<OrganizationFinder.Mention> mentions) {
        java.util.regex.Matcher bracket = ATTRIBUTION.matcher(text);
        if (!bracket.find()) {
            return List.of();
        }
        // One body only: a bracket of four partners credits a collaboration, not what each of them offers.
        var bodies = mentions.stream()
                .filter(m -> m.start() >= bracket.start(1) && m.end() <= bracket.end(1))
                .toList();
        return bodies.size() == 1 ? bodies : List.of();
    }

    /** 主催：A、B / 共　催：C: the bodies that hold the event a document is about. */
    private static final Pattern ORGANIZERS =
            Pattern.compile("^\\s*(?:主\\s*催|共\\s*催|運\\s*営)者?(?:\\s+[A-Za-z][A-Za-z\\- ]*)?\\s*[:：]");

    /**
     * 主催：七十七銀行、東邦銀行 under 「みちのく食のビジネス商談会」開催報告: those who hold an event offer what the event is
     * (a 商談会, a セミナー, a ピッチ), as its title names it. Returns whether the line was such a list.
     */
    private boolean organizers(Candidates candidates, Reading.Named named, Reading.Named title) {
        String text = named.passage().text();
        java.util.regex.Matcher line = ORGANIZERS.matcher(text);
        if (!line.find()
                || named.mentions().isEmpty()
                || !namesOnly(masked(text, named.mentions()).substring(line.end()))) {
            return false;
        }
        // The evidence is the line that names them as its holders; what they offer is what the title calls it.
        String event = masked(title.passage().text(), title.mentions());
        List<String> offered = new ArrayList<>();
        for (Cue cue : cues) {
            if (event.contains(cue.words()) && !offered.contains(cue.function())) {
                offered.add(cue.function());
            }
        }
        for (var body : named.mentions()) {
            offered.forEach(function -> candidates.provides(
                    body.written(), function, named.passage().source()));
        }
        return true;
    }

    /** 担当：A、B at a line's end: the bodies in charge of what the line names. */
    private static final Pattern IN_CHARGE = Pattern.compile("担当(?:機関)?\\s*[:：]");

    /**
     * (1) 研究シーズ発表会（年2回）　担当：山形大学国際事業化研究センター: the bodies in charge offer what the line names.
     * Returns them, resolved, or none when the line is no such line.
     */
    private List<String> inCharge(Candidates candidates, Reading.Named named) {
        String text = named.passage().text();
        java.util.regex.Matcher charge = IN_CHARGE.matcher(text);
        if (!charge.find()) {
            return List.of();
        }
        int from = charge.end();
        String masked = masked(text, named.mentions());
        if (!namesOnly(masked.substring(from))) {
            return List.of();
        }
        List<String> bodies = new ArrayList<>();
        for (var body : named.mentions()) {
            if (body.start() >= from) {
                credit(candidates, named, body.written(), -1, masked.substring(0, charge.start()), 0);
                bodies.add(candidates.resolve(body.written()));
            }
        }
        return bodies;
    }

    /** A bullet's line split at its colon: ・A、B：what they do, or ・what is offered：A、B. */
    private static final Pattern COLON_LINE =
            Pattern.compile("^\\s*(?:[・●○◆◇■□]|\\(\\d{1,2}\\))\\s*([^:：]{2,60})[:：](.+)$");

    /** What may stand between names in a list of them: 、, 及び, a note in brackets, の各営業店, / an English name. */
    private static final Pattern ONLY_NAMES = Pattern.compile(
            "(?:[□\\s、,・]|及び|および|並びに|\\([^)]*\\)|の?(?:市内)?各(?:営業)?店|の?各支店|/\\s*[A-Za-z][A-Za-z0-9 .,&'-]*)*");

    /**
     * ・株式会社岩手銀行、株式会社北日本銀行：…融資のご相談に応じています and ・大学の研究シーズの紹介：東北大学 産学連携機構:
     * the bodies on one side of the colon offer what the other side says. Returns whether the line was one.
     */
    private boolean colonEntry(Candidates candidates, Reading.Named named) {
        String text = named.passage().text();
        java.util.regex.Matcher line = COLON_LINE.matcher(text);
        if (!line.find()) {
            return false;
        }
        int colon = line.end(1);
        var before = named.mentions().stream().filter(m -> m.end() <= colon).toList();
        var after = named.mentions().stream().filter(m -> m.start() > colon).toList();
        String masked = masked(text, named.mentions());
        if (!before.isEmpty() && namesOnly(masked.substring(line.start(1), colon))) {
            before.forEach(body -> credit(candidates, named, body.written(), -1, masked, colon));
            return true;
        }
        if (before.isEmpty() && !after.isEmpty() && namesOnly(masked.substring(colon + 1))) {
            after.forEach(body -> credit(candidates, named, body.written(), -1, masked.substring(0, colon), 0));
            return true;
        }
        return false;
    }

    /** Between a table's cells: a tab, or wide spaces as a page aligns them (・宮城県商工会連合会　　創業相談). */
    private static final Pattern CELL_BREAK = Pattern.compile("\\t|\u3000{2,}");

    private static final Pattern ROW_MARK = Pattern.compile("^[・○●◆◇■□]\\s*");

    /**
     * 七十七銀行⇥創業資金のご融資、ビジネスマッチングのご相談: a table's row whose first cell holds bodies alone (one, or
     * several: ・荘内銀行・北都銀行) offers what the cells after it say. Returns whether the line was such a row.
     */
    private boolean row(Candidates candidates, Reading reading, Reading.Named named) {
        String line = reading.text().line(named.passage().firstLine()).strip();
        String[] cells = CELL_BREAK.split(ROW_MARK.matcher(line).replaceFirst(""));
        if (cells.length < 2 || named.mentions().isEmpty()) {
            return false;
        }
        String text = named.passage().text();
        String masked = masked(text, named.mentions());
        // 岩手県工業技術センター（企画支援部）⇥…: a note in brackets after the names is part of the cell.
        String cell = OrganizationNames.clean(cells[0]).replaceAll("\\s+", "").replaceFirst("\\([^()]*\\)$", "");
        int from = named.mentions().get(0).start();
        if (!ROW_MARK.matcher(text.substring(0, from).strip()).replaceFirst("").isEmpty()) {
            return false;
        }
        for (int last = 0; last < named.mentions().size(); last++) {
            int end = named.mentions().get(last).end();
            if (text.substring(from, end).replaceAll("\\s+", "").equals(cell)) {
                if (!namesOnly(masked.substring(from, end))) {
                    return false;
                }
                for (var body : named.mentions().subList(0, last + 1)) {
                    credit(candidates, named, body.written(), -1, masked, end);
                }
                return true;
            }
        }
        return false;
    }

    /** 宮城県発明協会の知財相談窓口, 公庫仙台支店による創業融資, 仙台市の起業家育成プログラム: a body's own service. */
    private static final Pattern OWN = Pattern.compile("^\\s*(?:の|による|が行う|が運営する|が提供する|が実施する)");

    /** How many characters may stand between a body's の and the service it names (の創業融資). */
    private static final int OWN_GAP = 4;

    private static final Pattern GAP_BREAK = Pattern.compile("[。、,\\s□「」()]");

    /** A body whose own service the words right after it name offers it: 宮城県産業技術総合センターの機器利用. */
    private void ownServices(Candidates candidates, Reading.Named named) {
        String masked = masked(named.passage().text(), named.mentions());
        for (var body : named.mentions()) {
            java.util.regex.Matcher own = OWN.matcher(masked.substring(body.end()));
            if (!own.find()) {
                continue;
            }
            int from = body.end() + own.end();
            // 八戸商工会議所の「はちのへビジネスマッチング会」: the service's own name, in quotes, says what it is.
            int close = masked.startsWith("「", from) ? masked.indexOf('」', from) : -1;
            for (Cue cue : cues) {
                int at = masked.indexOf(cue.words(), from);
                boolean quoted = close > 0 && at > 0 && at + cue.words().length() <= close;
                if (!quoted
                        && (at < 0
                                || at - from > OWN_GAP
                                || GAP_BREAK.matcher(masked.substring(from, at)).find())) {
                    continue;
                }
                int end = at + cue.words().length();
                if (!RECEIVED.matcher(masked.substring(end)).lookingAt()) {
                    candidates.provides(
                            body.written(), cue.function(), named.passage().source(body.start(), end));
                }
            }
        }
    }

    /**
     * 石巻市は、石巻商工会議所及び石巻信用金庫と…連携協定を締結し、創業相談から…支援, 株式会社仙台銀行とは、…融資相談会を年4回、
     * 共催しています, …と共催で「精密計測技術セミナー」を3回開催した: those a service is held with offer it too, also in a
     * report of what was done.
     */
    private void partners(Candidates candidates, Reading.Named named) {
        String text = named.passage().text();
        if (!OFFERS.matcher(text).find()) {
            return;
        }
        String masked = masked(text, named.mentions());
        for (var partner : named.mentions()) {
            if (!partner.selfReference() && isPartner(text, partner, named.mentions())) {
                credit(candidates, named, partner.written(), -1, masked, partner.end());
            }
        }
    }

    /** 取扱金融機関は, 技術相談の窓口は: what a sentence goes on to say who offers. */
    private static final Pattern AFTER_CUE = Pattern.compile("^(?:の(?:窓口|相談先|相談窓口))?(?:は|:)、?");

    /** The end of the names a cue is followed by: 。, です, …の市内各店で、, となります. */
    private static final Pattern NAMES_END = Pattern.compile("。|です|で、|となり|が担当|$");

    /**
     * あっせん制度の取扱金融機関は七十七銀行、仙台銀行、古川信用組合の市内各店です: the bodies a sentence names after what is
     * offered offer it.
     */
    private void namedAfterCue(Candidates candidates, Reading.Named named) {
        String text = named.passage().text();
        String masked = masked(text, named.mentions());
        for (Cue cue : cues) {
            int at = masked.indexOf(cue.words());
            if (at < 0) {
                continue;
            }
            int from = at + cue.words().length();
            java.util.regex.Matcher after = AFTER_CUE.matcher(masked.substring(from));
            if (!after.lookingAt()) {
                continue;
            }
            int start = from + after.end();
            java.util.regex.Matcher end = NAMES_END.matcher(masked);
            int until = end.find(start) ? end.start() : masked.length();
            if (!masked.startsWith("□", start) || !namesOnly(masked.substring(start, until))) {
                continue;
            }
            for (var body : named.mentions()) {
                if (body.start() >= start && body.end() <= until) {
                    candidates.provides(
                            body.written(), cue.function(), named.passage().source(at, body.end()));
                }
            }
        }
    }

    /** …の協力を得て, …の協力により: a body with whose help the sentence's service is given (not …と連携し, a partner). */
    private static final Pattern HELPED_BY = Pattern.compile("^\\s*(?:の協力(?:により|を得て|のもと)|の支援を受けて)、?");

    /** The bodies with whose help a sentence says a service is given offer it too: …の協力を得て、…ブラッシュアップ. */
    private void helpers(Candidates candidates, Reading.Named named) {
        String text = named.passage().text();
        if (!OFFERS.matcher(text).find() || PAST.matcher(text.strip()).find()) {
            return;
        }
        String masked = masked(text, named.mentions());
        for (var body : named.mentions()) {
            if (listFollowedBy(text, body, named.mentions(), HELPED_BY)) {
                credit(candidates, named, body.written(), -1, masked, body.end());
            }
        }
    }

    /** How long a heading over a list of bodies may be: ■取扱金融機関（順不同）. */
    private static final int LIST_HEADING = 30;

    /**
     * ■取扱金融機関 over 株式会社七十七銀行、株式会社仙台銀行、…: each body a line of names alone lists under a heading
     * offers what the heading names. Returns whether the line was such a list.
     */
    private boolean listedUnder(Candidates candidates, Reading.Named named, Reading.Named heading) {
        if (heading == null
                || !heading.mentions().isEmpty()
                || heading.passage().text().strip().length() > LIST_HEADING
                || !HEADING.matcher(heading.passage().text()).find()
                || named.mentions().isEmpty()) {
            return false;
        }
        String masked = masked(named.passage().text(), named.mentions());
        if (!namesOnly(ROW_MARK.matcher(masked.strip()).replaceFirst(""))) {
            return false;
        }
        String title = heading.passage().text();
        if (cues.stream().noneMatch(cue -> title.contains(cue.words()))) {
            return false;
        }
        named.mentions().forEach(body -> credit(candidates, heading, body.written(), -1, title, 0));
        return true;
    }

    /** Whether a stretch of masked text holds names (□) and what joins them, nothing said of them. */
    private static boolean namesOnly(String masked) {
        return masked.contains("□") && ONLY_NAMES.matcher(masked).matches();
    }

    /** ：… after an entry's name: what it does, on the same line. */
    private static final Pattern INLINE_ENTRY = Pattern.compile("\\s*(?:\\([^)]*\\))?\\s*[:：]\\s*\\S");

    /**
     * The bodies a line is the entry of: its names alone after a mark (○石巻商工会議所, ・荘内銀行・北都銀行), or before
     * a colon that says what they do. None when the line is no entry.
     */
    private static List<OrganizationFinder.Mention> entry(String text, List<OrganizationFinder.Mention> mentions) {
        java.util.regex.Matcher mark = ENTRY_MARK.matcher(text);
        if (!mark.find()) {
            return List.of();
        }
        // ○宮城県よろず支援拠点（運営：みやぎ産業振興機構）: what the brackets name does not count.
        int bracket = text.indexOf('(', mark.end());
        var outside = mentions.stream()
                .filter(m -> bracket < 0 || m.start() < bracket)
                .toList();
        if (outside.isEmpty()) {
            return List.of();
        }
        var first = outside.get(0);
        var last = outside.get(outside.size() - 1);
        if (!namesOnly(masked(text, outside).substring(first.start(), last.end()))) {
            return List.of();
        }
        String rest = text.substring(mark.end(), first.start()) + text.substring(last.end());
        // 1 株式会社秋田銀行 ★: a mark after the name is a note on it; ・X：… says what X does.
        if (INLINE_ENTRY.matcher(text.substring(last.end())).lookingAt()) {
            return text.substring(mark.end(), first.start()).isBlank() ? outside : List.of();
        }
        return rest.replaceAll("\\([^)]*\\)|[★☆※◎○*】]", "").isBlank() ? outside : List.of();
    }

    private final List<Cue> cues = new ArrayList<>();
    private final SupportFunctionTaxonomy taxonomy;

    ProseFunctionExtractor(SupportFunctionTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (var function : taxonomy.functions()) {
            function.cues().forEach(cue -> cues.add(new Cue(OrganizationNames.clean(cue), function.label())));
        }
        cues.sort((a, b) -> b.words().length() - a.words().length());
    }

    /**
     * After a cue: it was received (融資を受けた), not offered; …で技術相談を受けられます says where it is offered.
     */
    private static final Pattern RECEIVED = Pattern.compile("(?:等)?(?:を|の)(?:受け(?!られ)|受給|利用し|活用し)");

    /** A sentence in the polite voice of a plan: 支援します, 行います, 取り組みます. */
    private static final Pattern POLITE = Pattern.compile("ます[。」]?$");

    @Override
    public void extract(Reading reading, Candidates candidates) {
        String topic = null;
        int sinceTopic = 0;
        // A directory's entry (○石巻商工会議所) or a consortium's 主な事業: the lines under it say what the body offers.
        List<String> listedFor = List.of();
        int sinceListed = 0;
        // Whether listedFor is the subject of a sentence that announced a list (…次の事業を行う).
        boolean announced = false;
        String consortium = null;
        // The body a page's title names alone (岩手県知財総合支援窓口｜…): its lists of services are its own.
        var opening = reading.passages().isEmpty() ? null : reading.passages().get(0);
        String titled = reading.titleAlone();
        String voice = reading.voice();
        // The bodies a line put in charge of what it names (担当：A、B), for the line under it.
        List<String> charged = List.of();
        // The sentences of the bullet point read so far, which a closing (九大OIP/福岡) credits to its bodies.
        List<Reading.Named> point = new ArrayList<>();
        // The last passage that named bodies: 協定では、(1)…の3項目について… names none and is passed over.
        Reading.Named lastNamed = null;
        Reading.Named previous = null;
        for (var named : reading.passages()) {
            var heading = previous;
            previous = named;
            var before = lastNamed;
            if (!named.mentions().isEmpty()) {
                lastNamed = named;
            }
            String text = named.passage().text();
            sinceTopic++;
            sinceListed++;
            if (COOPERATION.matcher(text).find()) {
                continue; // the matters an agreement's parties work on together are its clauses, no one's offer
            }
            if (BULLET.matcher(text).find()) {
                point.clear();
            }
            point.add(named);
            ownServices(candidates, named);
            helpers(candidates, named);
            partners(candidates, named);
            namedAfterCue(candidates, named);
            var credited = attributed(text, named.mentions());
            if (!credited.isEmpty()) {
                for (var body : credited) {
                    for (var said : point) {
                        // What the body does (…を実施), not what it holds to be true (…が有効である).
                        String words = said.passage().text();
                        if (OFFERS.matcher(words).find()
                                && !OPINION.matcher(words).find()) {
                            credit(candidates, said, body.written(), -1, masked(words, said.mentions()), 0);
                        }
                    }
                }
                point.clear();
                continue;
            }
            for (var mention : named.mentions()) {
                if (mention.isConsortium() && !mention.selfReference()) {
                    consortium = mention.written();
                    break;
                }
            }
            if (opening != null && organizers(candidates, named, opening)) {
                continue;
            }
            var inCharge = inCharge(candidates, named);
            if (!inCharge.isEmpty()) {
                charged = inCharge;
                continue;
            }
            if (!charged.isEmpty()) {
                // The line under (2) 合同相談会　担当：A、B says what they offer; 3行と保証協会が… are those same bodies.
                var those = charged;
                charged = List.of();
                boolean others =
                        named.mentions().stream().anyMatch(m -> !those.contains(candidates.resolve(m.written())));
                if (!others
                        && !HEADING.matcher(text).find()
                        && !NUMBERED.matcher(text).find()) {
                    String masked = masked(text, named.mentions());
                    those.forEach(body -> credit(candidates, named, body, -1, masked, 0));
                    continue;
                }
            }
            if (listedUnder(candidates, named, heading)) {
                listedFor = List.of();
                continue;
            }
            if (row(candidates, reading, named)) {
                listedFor = List.of();
                continue;
            }
            if (colonEntry(candidates, named)) {
                listedFor = List.of();
                continue;
            }
            var entry = entry(text, named.mentions());
            // (2) (財)仙台市産業振興事業団（産業支援全般・起業化支援）: a heading that lists its functions says them all.
            int entryEnd = entry.isEmpty() ? 0 : entry.get(entry.size() - 1).end();
            if (!entry.isEmpty()
                    && !FunctionList.labels(taxonomy, text.substring(entryEnd)).isEmpty()) {
                entry = List.of();
                listedFor = List.of();
            }
            if (!entry.isEmpty()) {
                // ・日本弁理士会東北会：…相談に応じています: the entry and what it offers on one line.
                java.util.regex.Matcher said = INLINE_ENTRY.matcher(text.substring(entryEnd));
                if (said.lookingAt()) {
                    String masked = masked(text, named.mentions());
                    entry.forEach(body -> credit(candidates, named, body.written(), -1, masked, entryEnd));
                    listedFor = List.of();
                    continue;
                }
                listedFor =
                        entry.stream().map(OrganizationFinder.Mention::written).toList();
                announced = false;
                sinceListed = 0;
                continue;
            }
            if (ACTIVITIES.matcher(text).find() && (consortium != null || titled != null)) {
                listedFor = List.of(consortium != null ? consortium : titled);
                announced = false;
                sinceListed = 0;
                continue;
            }
            if (!listedFor.isEmpty()
                    && HEADING.matcher(text).find()
                    && !NUMBERED.matcher(text).find()) {
                listedFor = List.of();
            }
            if (announced && !ANNOUNCED_ITEM.matcher(text).find()) {
                // ２　前項の事業の実施に当たり…: the announced list ends with its items.
                listedFor = List.of();
                announced = false;
            }
            // 本センターで生まれた成果を…: under an entry, the document's word for itself is no other subject.
            boolean ownSubject =
                    named.mentions().stream().anyMatch(m -> !m.selfReference() && isSubject(text, m, named.mentions()));
            if (!listedFor.isEmpty() && sinceListed <= ENTRY_LINES && !ownSubject) {
                String masked = masked(text, named.mentions());
                listedFor.forEach(body -> credit(candidates, named, body, -1, masked, 0));
                continue;
            }
            if (!OFFERS.matcher(text).find()
                    || PAST.matcher(text.strip()).find()
                            && !REPORTED.matcher(text).find()) {
                continue;
            }
            // The bodies the sentence is about, each marked as a subject; what it says they offer comes after them.
            List<OrganizationFinder.Mention> subjects = new ArrayList<>();
            for (var mention : named.mentions()) {
                if (isSubject(text, mention, named.mentions())
                        && !isPlaceOfAction(text, mention, !subjects.isEmpty())) {
                    subjects.add(mention);
                }
            }
            String masked = masked(text, named.mentions());
            if (subjects.isEmpty() && before != null && THOSE.matcher(text).lookingAt()) {
                // 各金融機関は…融資を行います: each body the sentence before listed offers it, of the kind the words say.
                Sector kind = THOSE_OF_FINANCE.matcher(text).lookingAt() ? Sector.FINANCE : null;
                for (var body : before.mentions()) {
                    if (!body.selfReference()
                            && body.taken()
                                    .map(g -> g.sector() != null && (kind == null || g.sector() == kind))
                                    .orElse(false)) {
                        credit(candidates, named, body.written(), -1, masked, 0);
                    }
                }
                continue;
            }
            for (int k = 0; k < subjects.size(); k++) {
                var subject = subjects.get(k);
                // What a sentence says of one subject runs up to the next (Aでは交流会を開くほか、Bは融資を…), past the
                // others of its list (A、B及びCが取り扱い、Dが保証します).
                int next = k + 1;
                while (next < subjects.size() && joined(text, subjects.get(next - 1), subjects.get(next))) {
                    next++;
                }
                int until = next < subjects.size() ? subjects.get(next).start() : text.length();
                // (1) 経営相談　Xのマネージャーが…, 販路開拓の面は同機構が支援: what stands before the first body, a
                // numbered line's title or the topic the sentence puts first, is said of it too.
                boolean first = named.mentions().get(0) == subject;
                boolean told = first
                        && (NUMBERED.matcher(text).find()
                                || TOPIC_BEFORE
                                        .matcher(text.substring(0, subject.start()))
                                        .find());
                credit(
                        candidates,
                        named,
                        subject.written(),
                        subject.start(),
                        masked.substring(0, until),
                        told ? 0 : subject.end());
            }
            if (!subjects.isEmpty()) {
                topic = subjects.get(0).written();
                sinceTopic = 0;
                if (ANNOUNCES.matcher(text).find()) {
                    // 協議会は、…次の事業を行う。 (1) 相談窓口の運営…: the items under it are what the subject offers.
                    listedFor = List.of(topic);
                    sinceListed = 0;
                    announced = true;
                }
            } else if (topic != null
                    && named.mentions().isEmpty()
                    && (BULLET.matcher(text).find() && sinceTopic <= 3
                            || sinceTopic == 1 && !NUMBERED.matcher(text).find())) {
                // The sentence after one about a body, or a bullet under it, without a subject of its own is about it.
                // A line about the body the text is about (・…の経営相談や販路開拓の支援を行います) offers for it.
                credit(candidates, named, topic, -1, masked, 0);
            } else if (subjects.isEmpty()
                    && voice != null
                    && POLITE.matcher(text.strip()).find()) {
                // …の育成を支援します: what a plan says it will do, its author offers.
                credit(candidates, named, voice, -1, masked, 0);
            }
        }
    }

    private void credit(Candidates candidates, Reading.Named named, String body, int start, String masked, int from) {
        String said = masked.substring(from);
        List<String> found = new ArrayList<>();
        for (Cue cue : cues) {
            int at = said.indexOf(cue.words());
            // 融資を受けた創業者: what others received, not what the body offers.
            while (at >= 0
                    && RECEIVED.matcher(said.substring(at + cue.words().length()))
                            .lookingAt()) {
                at = said.indexOf(cue.words(), at + 1);
            }
            if (at >= 0 && !found.contains(cue.function())) {
                found.add(cue.function());
                int end = from + at + cue.words().length();
                candidates.provides(body, cue.function(), named.passage().source(start < 0 ? from + at : start, end));
            }
        }
    }
}
