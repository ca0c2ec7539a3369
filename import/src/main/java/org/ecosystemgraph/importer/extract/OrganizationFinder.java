package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * The organizations a passage names. A known body is recognized by the gazetteer in any of its spellings. A new one
 * is a run of kanji, katakana and Latin letters that ends the way names of bodies end (大学, 研究所, 機構, 協議会,
 * 銀行, 市, 県, 省 …) or carries a legal form before or after it, with what Kuromoji says of its words deciding where
 * the name starts (not at a number, a date or 同/本/各) and whether a one-character ending such as 市 ends a place's
 * name (仙台市) or just a word (都市). Hiragana-initial (いわて…) and quote-initial (「新しい東北」…) names keep their
 * beginning; an alias defined in brackets after a name (以下「…」) is remembered for the rest of the document.
 */
final class OrganizationFinder {

    /** A name in a passage: where it stands, the name it stands for, and why. */
    record Mention(
            int start,
            int end,
            String written,
            String name,
            Gazetteer.Match known,
            String reason,
            OrganizationGuess guess,
            boolean selfReference,
            Mention body) {

        Mention(int start, int end, String written, String name, Gazetteer.Match known, String reason) {
            this(start, end, written, name, known, reason, null, false, null);
        }

        Mention(
                int start,
                int end,
                String written,
                String name,
                Gazetteer.Match known,
                String reason,
                OrganizationGuess guess,
                boolean selfReference) {
            this(start, end, written, name, known, reason, guess, selfReference, null);
        }

        /** What the body is taken for: the known organization's kind and sector, else what its name says. */
        Optional<OrganizationGuess> taken() {
            if (known != null) {
                var kinds = known.known().kinds();
                return Optional.of(
                        new OrganizationGuess(known.known().sector(), kinds.isEmpty() ? null : kinds.get(0)));
            }
            return OrganizationGuess.of(written).or(() -> Optional.ofNullable(guess));
        }

        /** 中小企業金融公庫仙台支店: a branch written right after the name of its body, which it is part of. */
        boolean isBranch() {
            return body != null && reason.startsWith(BRANCH_OF);
        }

        boolean isConsortium() {
            return known != null
                    ? known.known().kinds().contains(OrganizationKind.CONSORTIUM)
                    : taken().map(g -> g.kind() == OrganizationKind.CONSORTIUM).orElse(false);
        }
    }

    /** What a run of a passage names: a body, or a part whose name alone says too little (地域経済部). */
    private record Found(Mention mention, boolean partOnly) {}

    private static final String ABBREVIATED_FORM = "\\((?:株|有|財|公財|一財|社|一社|公社|独|国研|特非|学)\\)";

    /** Where a name may be: an optional quote or hiragana beginning, then the characters names are written in. */
    private static final Pattern RUN = Pattern.compile("(?:「[^」「]{1,24}」)?(?:" + ABBREVIATED_FORM + ")?"
            + "[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9々ヶ&]"
            + "(?:[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9々ヶ&]"
            // 三陸マリンドローン Sanriku Marine Drone: a space joins words of one script, not a name and its gloss.
            + "|(?<=[\\p{IsKatakana}ー])[・ ](?=\\p{IsKatakana})|(?<=[A-Za-z])[・ ](?=[A-Za-z])|(?<=[\\p{IsKatakana}ー])・(?=[A-Za-z])"
            // 特定非営利活動法人 natural science: a space after a legal form, before the name.
            + "|(?<=法人|会社) (?=[\\p{IsHan}\\p{IsKatakana}A-Za-z])"
            // 日本政策金融公庫 郡山支店, 郡山商工会議所 中小企業相談所: a space before a branch or an office of the body.
            + "|(?<=\\p{IsHan}) (?=\\p{IsHan}{1,8}(?:支店|支所|支部|支社|営業所|事業部|相談所|出張所)(?!\\p{IsHan}))"
            // 物質・材料研究機構, 創業・スタートアップ部会: a dot after a word of one or two kanji joins it to the name;
            // 東北大学・宮城大学 stay two.
            + "|(?<=(?:^|[^\\p{IsHan}・]|\\s・)\\p{IsHan}{1,2})・(?=\\p{IsHan})"
            // 研究推進・知的財産本部, 中小企業・ベンチャー総合支援センター: after a word of a topic, not of a body.
            + "|(?<=中小企業|研究推進|産学連携|地域連携|産業振興|技術移転)・(?=[\\p{IsHan}\\p{IsKatakana}])"
            + "|(?<=(?:^|[\\s、「(・])\\p{IsHan}{1,2})・(?=\\p{IsKatakana})"
            // Bounded: no name is longer, and a page-long run of kanji costs no deep regex recursion.
            + "|" + ABBREVIATED_FORM + "){0,60}");

    /** Words after a name that are not part of it: 東北大学総長, 仙台市長, 宮城県内. */
    private static final Pattern TRAILER = Pattern.compile("^(?:長|総長|学長|知事|理事長|会長|副会長|社長|代表|教授|准教授|職員|内|外|等"
            + "|主催|共催|主導|発|出身|担当|関係者|様|殿|民|独自|と|各|側|所属|在籍|生|卒|OB|及|並|他|ホームページ|会員|資料|作成|提供|サイト"
            + "|構成機関|構成団体|構成員|参加機関|一覧|名簿|事務局|運営事務局)");

    /** How a citation goes on after the body it cites (作成資料, ホームページ, 調べ), or a word for its members (会員). */
    private static final Pattern CITATION = Pattern.compile("(?:作成資料|作成|資料|ホームページ|HP|調べ|公表|発表|会員|会員企業)$");

    /** First words of a phrase that describes bodies rather than naming one (地元大学, 県内金融機関, 県中小企業支援センター). */
    private static final Set<String> GENERIC_START = Set.of(
            "地元", "地域", "県内", "市内", "域内", "国内", "海外", "全国", "各地", "関係", "主要", "複数", "民間", "一部", "公的", "既存", "大手", "有力",
            "新規", "地方", "他", "各", "同", "本", "当", "両", "諸", "全", "参加", "構成", "会員", "連携", "支援", "協力", "実施", "対象", "所管",
            "関連", "都市", "政令", "指定", "近隣", "周辺", "隣接", "首都", "外国", "研究", "私立", "国立", "公立", "県立", "市立", "大学", "企業", "産学",
            "産学官", "産学官金", "官民", "東北各", "各種", "次回", "前回", "県", "市");

    /** First words of GENERIC_START that begin names too, when enough of the name's own words follow them. */
    private static final Set<String> TOPIC_START = Set.of("研究", "産学", "産学官", "産学官金", "官民", "連携", "支援");

    /** The longest kind of body a topic word describes (研究開発センター) rather than begins a name of. */
    private static final int TOPIC_KIND = 6;

    /** Whole phrases that name a kind of body, not one. */
    private static final Set<String> GENERIC = Set.of(
            "国立大学",
            "私立大学",
            "公立大学",
            "研究機関",
            "金融機関",
            "地方銀行",
            "都市銀行",
            "信用金庫",
            "信用組合",
            "自治体",
            "地方自治体",
            "市町村",
            "都道府県",
            "ベンチャーキャピタル",
            "事務局",
            "大学院",
            "大学発ベンチャー",
            "支援センター",
            "研究センター",
            "研究所",
            "協議会",
            "商工会議所",
            "商工会",
            "地銀",
            "政府系金融機関",
            "各省庁",
            "関係省庁",
            "中央省庁",
            "経済団体",
            "業界団体",
            "専門部会",
            "一部",
            "全部",
            "内部",
            "外部",
            "本部",
            "支部",
            "部会",
            "分科会",
            "作業部会",
            "産業界",
            "事業者",
            "中小企業",
            "大企業",
            "東北",
            "日本",
            "地域",
            "同協議会",
            "同センター",
            "総合大学",
            "単科大学",
            "本支店",
            "本店",
            "支店",
            "自社",
            "他社",
            "編集部",
            "審査委員会",
            "審査会",
            "選考委員会",
            "金融グループ",
            "当社グループ",
            "実行委員会",
            "運営委員会",
            "コールセンター",
            "データセンター",
            "成長センター",
            "事業協同組合",
            "商工会連合会",
            "商工会議所連合会",
            "国際卓越研究大学",
            "指定国立大学",
            "リーディング大学",
            "高等専門学校",
            "専門学校",
            "トップ大学",
            "産業支援財団",
            "沿岸部",
            "内陸部",
            "都市部",
            "中心部",
            "山間部");

    /** 以下「東北経産局」という — an alias a document defines for the name just before it. */
    private static final Pattern ALIAS =
            Pattern.compile("^\\s*\\((?:以下[、,]?\\s*)?[「『]?([^」』()]{1,20}?)[」』]?\\s*(?:という|と呼ぶ|と略す)?[。.]?\\)");

    /** 仙台市青葉区錦町: an address, not a town. */
    private static final Pattern ADDRESS = Pattern.compile("[市区郡].+[町村]$");

    /** What follows a place's name when the place is meant: 内, 外, 全域, or の and the kind of bodies in it. */
    private static final Pattern PLACE_USE = Pattern.compile("内|外|全域|での|に次いで|を含む|を中心"
            + "|の(?:経済団体|民間企業|企業|中小企業|事業者|金融機関|大学|自治体|市町村|団体|住民|民間|産学官)"
            // 郡山市で開催, 宮城県38社: where something happens, or a count of the bodies in a place
            + "|で(?![はもあす])|[0-9]+(?:社|件|名|人|団体|機関|か所|箇所)"
            + "|の(?:本所|本社|本店|ホテル|会場)|の\\p{IsHan}{0,8}(?:工業団地|団地|工場|キャンパス)"
            // 仙台市青葉区…, 宮城県牡鹿郡女川町: the start of an address
            + "|\\p{IsHan}{1,4}[区郡](?!長)|\\p{IsHan}{1,3}[市町村](?![長民議])");

    /** 本社：宮城県名取市, 所在地：盛岡市…: the label of an address right before a place. */
    private static final Pattern ADDRESS_LABEL =
            Pattern.compile("(?:本社|本店|所在地|住所|会場)[:：]\\s*(?:\\p{IsHan}{1,4}[都道府県])?$");

    /** Places only, in a bracket: 仙台市青葉区・泉区、多賀城市. */
    private static final Pattern LOCATIONS =
            Pattern.compile("[\\p{IsHan}ヶぁ-ゖ]{1,8}[都道府県市区町村郡](?:[・、, ][\\p{IsHan}ヶぁ-ゖ]{1,8}[都道府県市区町村郡])*");

    /** …大衡村の1市3町1村: towns listed, then counted. */
    private static final Pattern COUNTED_TOWNS = Pattern.compile("(?:[、・][\\p{IsHan}ヶ]{1,6}[市町村])*の[0-9]+[市町村]");

    /** 北海道宮城県茨城県, 宮城県仙台市: places written one after another, not one body. */
    private static final Pattern PLACES = Pattern.compile(".{2,}[都道府県].+[都道府県市町村]");

    private static final String SEPARATORS = "等他及並";

    private static final Pattern FUNCTION_WORDS = Pattern.compile(
            "(?:この|その|あの|どの|こうした|そうした|このような|そのような|まず|ある|これら|それら|いわゆる|あらゆる|いずれ|また|および|ならびに|さらに|なお|ただし|もしくは|または"
                    + "|そして|しかし|ここ|そこ|これ|それ|こちら|すべて|ほか|など|では|には|にて|から|まで|より)(?:の|は|が|も|で|に|を)?");

    /** The endings of a body's part: a department, office, branch or unit. */
    private static final Pattern DEPARTMENT =
            Pattern.compile("(?:部|課|室|局|本部|支部|支店|支所|支社|営業所|出張所|事業部|事務所|センター|研究所|研究科|学部)$");

    /** 東北大学 産学連携機構: a unit of a university, joined to it only after a university's name. */
    private static final Pattern UNIVERSITY_UNIT = Pattern.compile("(?:機構|推進本部|学群|学類)$");

    private final Gazetteer gazetteer;
    private final List<Mention> parts = new ArrayList<>();

    /**
     * Latin words that are not names of bodies, though Kuromoji tags unknown Latin words as organizations; in any case
     * (IoT, IOT).
     */
    private static final Set<String> NOT_NAMES = caseless(
            "AI",
            "IT",
            "ICT",
            "IoT",
            "AR",
            "VR",
            "XR",
            "TLO",
            "DX",
            "GX",
            "SX",
            "KPI",
            "PDF",
            "HP",
            "URL",
            "TEL",
            "FAX",
            "SDGs",
            "ESG",
            "VC",
            "CVC",
            "IPO",
            "M&A",
            "PoC",
            "R&D",
            "CEO",
            "CTO",
            "CFO",
            "COO",
            "OB",
            "OG",
            "NPO",
            "NGO",
            "EU",
            "US",
            "USA",
            "UK",
            "Web",
            "WEB",
            "web",
            "SNS",
            "PR",
            "PC",
            "OS",
            "API",
            "BtoB",
            "BtoC",
            "B2B",
            "B2C",
            "LP",
            "GP",
            "Co",
            "Inc",
            "Ltd",
            "LLC",
            "etc",
            "vs",
            "No",
            "Vol",
            "p",
            "pp",
            "FY",
            "GDP",
            "ROI",
            "ROE",
            "KGI",
            "OKR",
            "CSR",
            "SaaS",
            "DeepTech",
            "Deep",
            "Tech",
            "Startup",
            "Startups",
            "Venture",
            "Ventures",
            "Capital",
            "Fund",
            "Program",
            "Programme",
            "Japan",
            "Tohoku",
            "Sendai",
            "Miyagi",
            "Global",
            "Innovation",
            "Ecosystem",
            "Open",
            "The",
            "and",
            "of",
            "for",
            "in",
            "on",
            "to",
            "a",
            "an",
            "Q",
            "A",
            "Ｑ",
            "ＡＩ",
            "DB",
            "ID",
            "JP",
            "Ph",
            "D");

    private static Set<String> caseless(String... words) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(words));
        return Collections.unmodifiableSet(set);
    }

    OrganizationFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The names in a passage, in order, none overlapping. */
    List<Mention> find(String text) {
        parts.clear();
        List<Mention> mentions = new ArrayList<>();
        for (var hit : gazetteer.find(text)) {
            String spelling = text.substring(hit.start(), hit.end());
            if (!hit.match().defined()
                    && (GENERIC.contains(spelling) || OrganizationGuess.ENDINGS.contains(spelling))) {
                continue; // an alias such as コンソーシアム names its body in its own document only
            }
            if (isPost(text, hit.end(), spelling) && divisionOfKnown(spelling)) {
                continue; // 仙台商工会議所中小企業振興部長: the body before the division is found as a run
            }
            var known = hit.match().known();
            mentions.add(new Mention(
                    hit.start(),
                    hit.end(),
                    spelling,
                    known.name(),
                    hit.match(),
                    hit.match().reason(),
                    new OrganizationGuess(
                            known.sector(),
                            known.kinds().isEmpty() ? null : known.kinds().get(0)),
                    false));
        }
        List<Token> tokens = null;
        Matcher run = RUN.matcher(text);
        while (run.find()) {
            if (tokens == null) {
                tokens = Token.of(text);
            }
            // 宮城県等大学, 東北大学及び: 等, 他, 及び and 並びに part two names a run of kanji joins.
            int from = run.start();
            for (int at = from + 1; at <= run.end(); at++) {
                if (at == run.end() || isSeparator(text, at, tokens)) {
                    if (at > from) {
                        int pieceStart = from;
                        int pieceEnd = at;
                        List<Token> words = tokens;
                        name(text, pieceStart, pieceEnd, words)
                                .or(() -> named(text, pieceStart, pieceEnd, words))
                                .ifPresent(mentions::add);
                    }
                    from = at + 1;
                }
            }
        }
        mentions.removeIf(mention -> isPlaceMention(text, mention));
        List<Mention> found = withDepartments(text, withoutOverlaps(mentions), List.copyOf(parts));
        found.removeIf(mention -> isLocation(text, mention));
        if (isAxis(text, found)) {
            found.clear();
        }
        // The words in an alias's brackets name the body before them, not one of their own (（ジェトロ仙台）).
        var aliases = aliasesAt(text, found);
        found.removeIf(m -> aliases.stream().anyMatch(a -> m.start() >= a.start() && m.end() <= a.end()));
        if (tokens != null) {
            found = withQuotedNames(text, found, tokens);
        }
        return withCited(
                text,
                withPaired(text, withLocated(text, withAttributed(text, withListedCompanies(text, found, tokens)))));
    }

    /** 東北大学ベンチャーパートナーズやスパークルが: a word no dictionary knows, joined to a body, is a body too. */
    private static final Pattern PAIRED = Pattern.compile(
            "^(?:や|と|及び|および|、)([\\p{IsKatakana}ー]{3,16}|[A-Z][A-Za-z0-9&]{2,15})(?=が|は|も|や|と|、|等|など|の[0-9]|\\(|$)");

    private static List<Mention> withPaired(String text, List<Mention> found) {
        List<Mention> added = new ArrayList<>(found);
        for (Mention body : found) {
            Matcher paired = PAIRED.matcher(text.substring(body.end()));
            if (!paired.find()) {
                continue;
            }
            int start = body.end() + paired.start(1);
            int end = body.end() + paired.end(1);
            String written = paired.group(1);
            boolean unknown = Token.of(written).stream().anyMatch(token -> !token.known());
            if (!unknown || NOT_NAMES.contains(written) || overlaps(added, start, end)) {
                continue;
            }
            added.add(unknown(start, end, written, "joined to a body, a name no dictionary knows", COMPANY));
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }

    /** 出典：, 出所：, (データの出典は…): the label of a figure's or a table's sources. */
    private static final Pattern CITED = Pattern.compile("(?:出典|出所)\\s*[:は]");

    /**
     * The bodies a source names, though no ending says so: the publisher before a quoted title (A.T.カーニー 「…」),
     * the publisher in brackets after one (オフィスマーケットレポート(三幸エステート)), the one before 作成, or a Latin
     * name standing alone (EPA Paris-Saclay).
     */
    private static final List<Pattern> PUBLISHERS = List.of(
            Pattern.compile("^([^「『、()]{2,60}?)\\s*(?:\\([A-Za-z]{2,8}\\))?\\s*「"),
            Pattern.compile("\\(([^()]{2,30})\\)\\s*$"),
            Pattern.compile("より([^、。「」()]{2,20}?)作成"),
            Pattern.compile("^([A-Za-z][A-Za-z0-9&.,' -]{1,60}[A-Za-z.])\\s*$"));

    /** How the title of a publication, not its publisher, ends: 調査, 白書, システム. */
    private static final Pattern PUBLICATION = Pattern.compile(
            ".*(?:調査|統計|資料|データ|システム|レポート|白書|報告書|計画|ガイド|年鑑|HP|ホームページ|サイト|Yearbook|[0-9]年[0-9]*月?)$|[0-9]+");

    private static List<Mention> withCited(String text, List<Mention> found) {
        Matcher cited = CITED.matcher(text);
        List<Mention> added = new ArrayList<>(found);
        while (cited.find()) {
            for (int[] piece : sources(text, cited.end())) {
                String source = text.substring(piece[0], piece[1]);
                for (Pattern publisher : PUBLISHERS) {
                    Matcher name = publisher.matcher(source);
                    if (name.find()) {
                        addPublishers(added, name.group(1), piece[0] + name.start(1));
                    }
                }
            }
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }

    /** The sources a citation lists from {@code from} on: split at 、 and line ends outside quoted titles. */
    private static List<int[]> sources(String text, int from) {
        List<int[]> pieces = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int at = from; at <= text.length(); at++) {
            char c = at < text.length() ? text.charAt(at) : '\n';
            if (c == '「' || c == '『') {
                depth++;
            } else if ((c == '」' || c == '』') && depth > 0) {
                depth--;
            } else if (at == text.length() || depth == 0 && (c == '、' || c == '\n' || c == '。')) {
                int begin = start;
                int end = at;
                while (begin < end && (Character.isWhitespace(text.charAt(begin)) || text.charAt(begin) == '(')) {
                    begin++;
                }
                while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > begin && text.charAt(end - 1) == ')' && text.lastIndexOf('(', end) < begin) {
                    end--; // (データの出典はPitchBook Data, Inc.): the bracket the citation stands in
                }
                if (end > begin) {
                    pieces.add(new int[] {begin, end});
                }
                start = at + 1;
                if (c == '。') {
                    break;
                }
            }
        }
        return pieces;
    }

    /** 総務省・経済産業省: each body a source names, unless it is already found or is a publication's title. */
    private static void addPublishers(List<Mention> added, String names, int offset) {
        int at = 0;
        for (String part : names.split("[・、]")) {
            int start = offset + at + (part.length() - part.stripLeading().length());
            String written = part.strip();
            int end = start + written.length();
            at += part.length() + 1;
            if (written.length() < 2
                    || written.chars().anyMatch(c -> c >= 'ぁ' && c <= 'ゖ')
                    || PUBLICATION.matcher(written).matches()
                    || GENERIC.contains(written)
                    || NOT_NAMES.contains(written)
                    || overlaps(added, start, end)) {
                continue;
            }
            added.add(unknown(
                    start,
                    end,
                    written,
                    "named as a source",
                    OrganizationGuess.of(written).orElse(COMPANY)));
        }
    }

    /** 1 階, 3F: the floor of a building an address names. */
    private static final Pattern FLOOR = Pattern.compile("\\s*[0-9]{1,2}\\s*(?:階|F\\b)");

    /** （2015年）: the year a conference was held in. */
    private static final Pattern EVENT_YEAR = Pattern.compile("\\s*\\((?:19|20)[0-9]{2}年");

    /** 起業支援センター「アシ☆スタ」: the kind of body in common words, then its name in quotes. */
    private static final Pattern QUOTED_NAME = Pattern.compile("^「([^「」。]{2,20})」");

    private static List<Mention> withQuotedNames(String text, List<Mention> found, List<Token> tokens) {
        List<Mention> named = new ArrayList<>();
        for (Mention mention : found) {
            Matcher quoted = QUOTED_NAME.matcher(text.substring(mention.end()));
            boolean kindOnly = mention.known() == null
                    && !mention.isBranch()
                    && OrganizationNames.legalForm(mention.written()).isEmpty()
                    && quoted.find()
                    && tokens.stream()
                            .filter(token -> token.start() >= mention.start() && token.end() <= mention.end())
                            .allMatch(token -> token.known()
                                    && token.isNoun()
                                    && !token.isProperNoun()
                                    && !token.isOrganization());
            if (!kindOnly) {
                named.add(mention);
                continue;
            }
            int start = mention.end() + quoted.start(1);
            int end = start + quoted.group(1).length();
            if (overlaps(found, start, end)) {
                continue; // the name in quotes is found already: the words before it only say what it is
            }
            named.add(unknown(
                    start,
                    end,
                    quoted.group(1),
                    "named in quotes after the kind of body it is (" + mention.written() + ")",
                    mention.taken().orElse(COMPANY)));
        }
        return named;
    }

    /** What a body no gazetteer knows is taken for when its name does not say: a company. */
    private static final OrganizationGuess COMPANY = new OrganizationGuess(
            org.ecosystemgraph.model.Sector.INDUSTRY, org.ecosystemgraph.model.OrganizationKind.COMPANY);

    /** A name found by its place in the text, not by the gazetteer: written as it stands, with the guess to take. */
    private static Mention unknown(int start, int end, String written, String reason, OrganizationGuess guess) {
        return new Mention(start, end, written, written, null, reason, guess, false);
    }

    /** ルミナクリスタル（仙台市青葉区）, 仙台精機工業（宮城県名取市）: a company, as news name one, with where it is. */
    private static final Pattern LOCATED = Pattern.compile("\\(([^()]{2,20})\\)");

    private static List<Mention> withLocated(String text, List<Mention> found) {
        List<Mention> added = new ArrayList<>(found);
        Matcher bracket = LOCATED.matcher(text);
        while (bracket.find()) {
            if (!LOCATIONS.matcher(bracket.group(1)).matches()) {
                continue;
            }
            int end = bracket.start();
            int start = end;
            while (start > 0 && (isNameChar(text.charAt(start - 1)) || "・&".indexOf(text.charAt(start - 1)) >= 0)) {
                start--;
            }
            String written = text.substring(start, end);
            int from = start;
            if (written.length() < 3
                    || written.matches(".*(?:[都道府県市区町村]|フィールド|施設|拠点|館|ビル|工場|キャンパス|パーク|センター)")
                    || GENERIC.contains(written)
                    || overlaps(added, from, end)) {
                continue;
            }
            added.add(unknown(
                    start,
                    end,
                    written,
                    "a name written with where the body is",
                    OrganizationGuess.of(written).orElse(COMPANY)));
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }

    /** (Harvard Innovation Labs/ボストン), （九大OIP、FVP/福岡）: the bodies a report credits with a finding, and where. */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\(([^()/]{2,60})/([^()/]{1,12})\\)");

    private static final Pattern ATTRIBUTED_NAME = Pattern.compile(
            "[A-Za-z\\p{IsHan}\\p{IsKatakana}ー][A-Za-z0-9&.\\p{IsHan}\\p{IsKatakana}ー]*(?: [A-Za-z0-9&.]+){0,4}");

    private static List<Mention> withAttributed(String text, List<Mention> found) {
        Matcher attribution = ATTRIBUTION.matcher(text);
        List<Mention> added = new ArrayList<>(found);
        while (attribution.find()) {
            Matcher item = LIST_ITEM.matcher(attribution.group(1));
            while (item.find()) {
                int start = attribution.start(1) + item.start();
                int end = attribution.start(1) + item.end();
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                String written = text.substring(start, end);
                int from = start;
                int to = end;
                // Latin names only: in (航空/モビリティ) the words are fields, not bodies.
                if (ATTRIBUTED_NAME.matcher(written).matches()
                        && written.matches(".*[A-Za-z]{2}.*")
                        && !NOT_NAMES.contains(written)
                        && !overlaps(added, from, to)) {
                    added.add(unknown(
                            start,
                            end,
                            written,
                            "credited with a finding in brackets",
                            OrganizationGuess.of(written)
                                    .orElse(new OrganizationGuess(
                                            org.ecosystemgraph.model.Sector.SUPPORT,
                                            org.ecosystemgraph.model.OrganizationKind.SUPPORT_CENTER))));
                }
            }
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return added;
    }

    /** An item of a list: its place in the passage, with 等 and spaces left out. */
    private record Item(int start, int end) {}

    private static final Pattern LIST_ITEM = Pattern.compile("[^、,]+");
    /** A name written bare: kanji, katakana, Latin words (Alexion Pharmaceuticals) and digits, with a letter. */
    private static final Pattern BARE_NAME = Pattern.compile("(?=.*[\\p{IsHan}\\p{IsKatakana}A-Za-z])"
            + "(?:[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&]|(?<=[A-Za-z]) (?=[A-Za-z]))+");

    /**
     * 九州電力、JR九州、九電工、西部ガス: in a list most of whose items are bodies, the other items that are written as
     * names are bodies too — companies named without their legal form.
     */
    private List<Mention> withListedCompanies(String text, List<Mention> found, List<Token> tokens) {
        List<Item> items = new ArrayList<>();
        List<Token> words = tokens == null ? Token.of(text) : tokens;
        Matcher item = LIST_ITEM.matcher(text);
        while (item.find()) {
            int start = item.start();
            int end = item.end();
            // GE、Amazon、Alexion Pharmaceuticals等の大手企業: the list ends at its 等.
            for (int at = start + 1; at < end; at++) {
                if (text.charAt(at) == '等' && isSeparator(text, at, words)) {
                    end = at;
                    break;
                }
            }
            // ◼ GE: a bullet or a space before the first item is no part of it.
            while (start < end && !Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) != '(') {
                start++;
            }
            while (end > start
                    && (Character.isWhitespace(text.charAt(end - 1)) || "等他".indexOf(text.charAt(end - 1)) >= 0)) {
                end--;
            }
            if (end > start) {
                items.add(new Item(start, end));
            }
        }
        if (items.size() < 3) {
            return found;
        }
        long bodies = items.stream()
                .filter(i -> found.stream().anyMatch(m -> m.start() == i.start() && m.end() == i.end()))
                .count();
        // With half the items bodies, every item written as a name is one; with two, only those a dictionary does not
        // know as common words (ベイシス, 八天堂 beside マツダ, not 半導体 beside 東北大学).
        if (bodies < 2) {
            return found;
        }
        boolean most = bodies * 2 >= items.size();
        List<Mention> completed = new ArrayList<>(found);
        for (Item i : items) {
            String written = text.substring(i.start(), i.end());
            boolean proper = words.stream()
                    .filter(token -> token.start() >= i.start() && token.end() <= i.end())
                    .anyMatch(token -> !token.known() || token.isProperNoun());
            if (!most && !proper) {
                continue;
            }
            boolean taken = overlaps(found, i.start(), i.end());
            if (taken
                    || written.length() < 2
                    || written.length() > (written.matches("[ -~]+") ? 40 : 20)
                    || !BARE_NAME.matcher(written).matches()
                    || GENERIC.contains(written)
                    || NOT_NAMES.contains(written)
                    || written.matches(".*[0-9]+\\p{IsHan}?$")
                    || isGeneric(written, words, i.start())) {
                continue;
            }
            completed.add(unknown(
                    i.start(),
                    i.end(),
                    written,
                    "listed among bodies",
                    OrganizationGuess.of(written).orElse(COMPANY)));
        }
        completed.sort(Comparator.comparingInt(Mention::start));
        return completed;
    }

    /** 等, 他, 及(び), 並(びに) as words of their own, not the 等 of 高等専門学校. */
    private static boolean isSeparator(String text, int at, List<Token> tokens) {
        if (SEPARATORS.indexOf(text.charAt(at)) < 0) {
            return false;
        }
        return tokens.stream().anyMatch(token -> token.start() == at && (token.end() == at + 1 || !token.isNoun()));
    }

    /**
     * 東北経済産業局 地域経済部, 中小企業基盤整備機構 東北本部, 七十七銀行の法人営業部: a department written after its
     * body, a space or の between, is one name.
     */
    private static List<Mention> withDepartments(String text, List<Mention> found, List<Mention> parts) {
        List<Mention> mentions = new ArrayList<>(found);
        for (Mention part : parts) {
            if (!overlaps(mentions, part.start(), part.end())
                    && mentions.stream().anyMatch(m -> m.end() + 1 == part.start())) {
                mentions.add(part);
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<Mention> joined = new ArrayList<>();
        for (Mention mention : mentions) {
            Mention before = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (before != null
                    && mention.start() == before.end() + 1
                    && isPost(text, mention.end(), mention.written())) {
                continue; // 仙台商工会議所　中小企業振興部長, 東北学院大学　工学部長: a post, its holder speaks for the body
            }
            if (before != null
                    && mention.start() == before.end() + 1
                    && " の".indexOf(text.charAt(before.end())) >= 0
                    && (mention.known() == null || !mention.name().startsWith(before.name()))
                    && (DEPARTMENT.matcher(mention.written()).find()
                            || UNIVERSITY_UNIT.matcher(mention.written()).find()
                                    && before.name().endsWith("大学"))) {
                String written = before.written() + (text.charAt(before.end()) == ' ' ? " " : "") + mention.written();
                joined.set(
                        joined.size() - 1,
                        new Mention(
                                before.start(),
                                mention.end(),
                                written,
                                before.name() + OrganizationNames.withoutLegalForm(mention.written()),
                                null,
                                "a department of " + before.name(),
                                null,
                                false,
                                before));
            } else if (!parts.contains(mention)) {
                joined.add(mention);
            }
        }
        return joined;
    }

    /** A division followed by 長 (中小企業振興部長, 経済局長, 工学部長): the post of the person who heads it. */
    private static boolean isPost(String text, int end, String division) {
        return text.startsWith("長", end) && POSTS.matcher(division).find();
    }

    private static final Pattern POSTS = Pattern.compile("(?:部|課|室|局)$");

    /** Whether a known name is a division of a body the gazetteer knows by a shorter name (…会議所中小企業振興部). */
    private boolean divisionOfKnown(String spelling) {
        for (int end = spelling.length() - 2; end >= 2; end--) {
            if (gazetteer.lookUp(spelling.substring(0, end).strip()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** 宮城県内, 仙台市外, 新潟県の経済団体: the place, not the body that governs it. */
    private static boolean isPlaceMention(String text, Mention mention) {
        if (!mention.name().matches(".+[都道府県市町村区]")) {
            return false;
        }
        String after = text.substring(mention.end());
        // 盛岡市のNPO法人いわてソーシャルビズ: the place a body written with its legal form is in.
        return PLACE_USE.matcher(after).lookingAt()
                || ADDRESS_LABEL.matcher(text.substring(0, mention.start())).find()
                || after.startsWith("の")
                        && OrganizationNames.legalForms().stream().anyMatch(form -> after.startsWith(form, 1));
    }

    /**
     * 東北学院大学（仙台市青葉区、多賀城市）, 仙台市、大和町、大衡村の1市3町1村: towns written as where a body stands or
     * as the area a plan covers.
     */
    private static boolean isLocation(String text, Mention mention) {
        if (!isPlace(mention)) {
            return false;
        }
        int open = text.lastIndexOf('(', mention.start());
        int close = text.indexOf(')', mention.end());
        boolean bracketed = open > 0
                && close >= 0
                && !Character.isWhitespace(text.charAt(open - 1))
                && isWhere(text.substring(open + 1, close));
        return bracketed || COUNTED_TOWNS.matcher(text.substring(mention.end())).lookingAt();
    }

    /**
     * 仙台市青葉区、多賀城市 in brackets after a name, or the place first in brackets that describe a company with
     * slashes: (滝沢市／岩手県立大学発／…), (米沢市、山形大学発 / Yonezawa …).
     */
    private static boolean isWhere(String bracket) {
        if (LOCATIONS.matcher(bracket).matches()) {
            return true;
        }
        String[] described = bracket.split("[／/]");
        return described.length >= 2
                && LOCATIONS.matcher(described[0].split("、")[0].strip()).matches();
    }

    /** 北海道 宮城県 茨城県 東京都: a chart's labels, places and spaces only. */
    private static boolean isAxis(String text, List<Mention> mentions) {
        // 北海道 宮城県 茨城県, 秋田県 青森県: three places or more; two when only spaces stand between them.
        int fewest = text.strip().matches("\\S+\\s+\\S+") ? 2 : 3;
        if (mentions.size() < fewest || !mentions.stream().allMatch(OrganizationFinder::isPlace)) {
            return false;
        }
        StringBuilder rest = new StringBuilder(text);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            rest.delete(mentions.get(i).start(), mentions.get(i).end());
        }
        return rest.toString().replaceAll("北海道|\\p{IsHan}{1,3}[都府県]", "").isBlank();
    }

    private static boolean isPlace(Mention mention) {
        return mention.name().matches(".+[都道府県市町村区]");
    }

    /** The aliases a passage defines right after a name: (以下「…」という) or an acronym in brackets. */
    List<String[]> aliases(String text, List<Mention> mentions) {
        return aliasesAt(text, mentions).stream()
                .map(alias -> new String[] {alias.spelling(), alias.of()})
                .toList();
    }

    /** An alias in brackets after a name, and where the brackets stand. */
    private record Alias(String spelling, String of, int start, int end) {}

    private static List<Alias> aliasesAt(String text, List<Mention> mentions) {
        List<Alias> aliases = new ArrayList<>();
        for (Mention mention : mentions) {
            Matcher alias = ALIAS.matcher(text.substring(mention.end()));
            if (!alias.find()) {
                continue;
            }
            String spelling = alias.group(1).strip();
            boolean defined = alias.group().contains("以下") || alias.group().contains("という");
            boolean acronym = spelling.matches("[A-Z][A-Za-z&\\-]{1,9}");
            // ジェトロ仙台, T-Biz, NICHe: a short name in katakana or Latin letters, not a place, a date or a role.
            boolean shortName = spelling.length() <= 12
                    && spelling.matches(".*[\\p{IsKatakana}A-Za-z].*")
                    && !spelling.matches(".*[0-9、,].*|.*[都道府県市区町村]$");
            // （弘前大学発ベンチャー）: brackets that name another body with more words describe this one.
            int close = mention.end() + alias.end();
            boolean describes = mentions.stream()
                    .anyMatch(other -> other.start() > mention.end()
                            && other.end() < close
                            && !other.written().equals(spelling));
            if ((defined
                            || spelling.length() >= 2
                                    && !describes
                                    && (acronym || shortName || isAbbreviationOf(spelling, mention.name())))
                    && !spelling.equals(mention.name())
                    && OrganizationNames.legalForm("(" + spelling + ")").isEmpty()) {
                aliases.add(new Alias(spelling, mention.name(), mention.end(), mention.end() + alias.end()));
            }
        }
        return aliases;
    }

    /** 東北経産局 abbreviates 東北経済産業局: every character in order, and shorter. */
    private static boolean isAbbreviationOf(String shorter, String name) {
        if (shorter.length() >= name.length() || shorter.length() < 2) {
            return false;
        }
        int at = 0;
        for (char c : shorter.toCharArray()) {
            at = name.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private Optional<Mention> name(String text, int runStart, int runEnd, List<Token> tokens) {
        int start = trimStart(text, runStart, runEnd, tokens);
        start = withHiraganaBeginning(text, start, runEnd, tokens);
        // The run's own words, for what is read within it (a branch), not the passage's.
        var words = tokens.stream()
                .filter(token -> token.start() >= runStart && token.end() <= runEnd)
                .toList();
        int end = nameEnd(text, start, runEnd, tokens, words);
        if (end < 0) {
            return Optional.empty();
        }
        if (end < runEnd && isBranch(text, end, runEnd, words)) {
            end = runEnd; // 中小企業基盤整備機構東北支部: a branch written right after its body
        }
        int bodyEnd = branchStart(text, start, end, tokens, words);
        if (end == runEnd && startsWithForm(text.substring(start, end))) {
            end = withHiraganaEnding(text, end, tokens);
        }
        end = beforeDescription(text, start, end);
        String written = text.substring(start, end).strip();
        String bare = OrganizationNames.withoutLegalForm(written);
        if (bare.length() < 2
                || ADDRESS.matcher(bare).find()
                || PLACES.matcher(bare).matches()) {
            return Optional.empty();
        }
        if (GENERIC.contains(bare) || isGeneric(bare, tokens, start + formBefore(written))) {
            // 地域経済部, 地域連携センター: no name alone, but one after its body (東北経済産業局 地域経済部).
            if ((DEPARTMENT.matcher(bare).find()
                            || UNIVERSITY_UNIT.matcher(bare).find())
                    && !GENERIC.contains(bare)) {
                parts.add(new Mention(start, end, written, bare, null, "a department"));
            }
            return Optional.empty();
        }
        if (bare.endsWith("会議") && EVENT_YEAR.matcher(text.substring(end)).lookingAt()) {
            return Optional.empty(); // 国連防災世界会議（2015年）: a conference held, not a standing body
        }
        if (FLOOR.matcher(text.substring(end)).lookingAt()) {
            return Optional.empty(); // 宮城県商工振興センター 1 階: a building in an address
        }
        var known = gazetteer.lookUp(written);
        if (known.isPresent()) {
            return Optional.of(new Mention(
                    start,
                    end,
                    written,
                    known.get().known().name(),
                    known.get(),
                    known.get().reason()));
        }
        if (bodyEnd > 0) {
            // 中小企業基盤整備機構東北支部, 日本アジア投資(株)仙台支店: a branch, and the body it is part of.
            int from = start;
            String bodyWritten = text.substring(start, bodyEnd);
            var body = gazetteer
                    .lookUp(bodyWritten)
                    .map(match -> new Mention(
                            from, bodyEnd, bodyWritten, match.known().name(), match, match.reason()))
                    .orElseGet(() -> new Mention(
                            from,
                            bodyEnd,
                            bodyWritten,
                            OrganizationNames.withoutLegalForm(bodyWritten),
                            null,
                            "a name ending as names of bodies end"));
            return Optional.of(
                    new Mention(start, end, written, bare, null, BRANCH_OF + body.name(), null, false, body));
        }
        return Optional.of(new Mention(start, end, written, bare, null, "a name ending as names of bodies end"));
    }

    /**
     * A name Kuromoji's dictionary knows as an organization's (名詞-固有名詞-組織: マツダ, 九州電力, 凸版印刷), a run
     * of at most three words ending in one, or a Latin name in an enumeration (IBM、GE、Amazon等); the body is taken
     * for a company unless its ending says otherwise.
     */
    private Optional<Mention> named(String text, int from, int to, List<Token> tokens) {
        int start = trimStart(text, from, to, tokens);
        var inside = tokens.stream()
                .filter(token -> token.start() >= start && token.end() <= to)
                .toList();
        if (inside.isEmpty()
                || inside.size() > 3
                || inside.get(0).start() != start
                || inside.get(inside.size() - 1).end() != to) {
            return Optional.empty();
        }
        String written = text.substring(start, to);
        boolean latin = written.chars().allMatch(c -> c < 0x80);
        boolean organization = inside.get(inside.size() - 1).isOrganization();
        if (!organization || written.length() < 2 || NOT_NAMES.contains(written) || GENERIC.contains(written)) {
            return Optional.empty();
        }
        // A Latin name only as an acronym in a list (IBM、GE、JETRO); other words only as the dictionary has them.
        if (latin
                ? !written.matches("[A-Z][A-Z0-9&]{1,7}") || !inEnumeration(text, start, to)
                : inside.stream().anyMatch(token -> !token.known())) {
            return Optional.empty();
        }
        return Optional.of(unknown(
                start,
                to,
                written,
                "a name the dictionary knows as an organization's",
                OrganizationGuess.of(written).orElse(COMPANY)));
    }

    /** Between commas or dots of a list, or at its end before 等, など or や. */
    private static boolean inEnumeration(String text, int start, int end) {
        boolean before = start == 0 || "、,・ (（「".indexOf(text.charAt(start - 1)) >= 0;
        String after = text.substring(end);
        return before && (after.isEmpty() || after.matches("(?s)^\\s*(?:、|,|・|等|など|や|と|\\)|）).*"));
    }

    /** Leaves out the numbers, dates and determiners (同, 本, 各) a run of kanji may start with. */
    private static int trimStart(String text, int start, int end, List<Token> tokens) {
        if (text.charAt(start) == '「' || text.charAt(start) == '(') {
            return start;
        }
        for (Token token : tokens) {
            if (token.end() <= start) {
                continue;
            }
            if (token.start() >= end || token.start() > start) {
                break;
            }
            boolean leading = token.isNumber()
                            && (token.surface().matches("[0-9.,]+") || countsNext(tokens, token))
                            && !beginsCentury(tokens, token)
                    || token.partOfSpeech().startsWith("名詞-接尾-助数詞")
                    || token.partOfSpeech().startsWith("接頭詞") && GENERIC_START.contains(token.surface())
                    || Set.of(
                                    "年", "月", "日", "年度", "以降", "現在", "時点", "今回", "今後", "同年", "本年", "昨年", "令和", "平成",
                                    "現", "旧", "第")
                            .contains(token.surface());
            if (!leading || token.end() >= end) {
                break;
            }
            start = token.end();
        }
        return start;
    }

    /** 21世紀プラザ研究センター: a century begins names, as dates do not. */
    private static boolean beginsCentury(List<Token> tokens, Token number) {
        int at = tokens.indexOf(number) + 1;
        return at < tokens.size() && tokens.get(at).surface().equals("世紀");
    }

    /** 3年, 12団体: a number before a counter or a date word, not the 七十七 of 七十七銀行. */
    private static boolean countsNext(List<Token> tokens, Token number) {
        int at = tokens.indexOf(number) + 1;
        while (at < tokens.size() && tokens.get(at).isNumber()) {
            at++;
        }
        return at < tokens.size()
                && (tokens.get(at).partOfSpeech().startsWith("名詞-接尾-助数詞")
                        || Set.of("年", "月", "日", "年度", "つ")
                                .contains(tokens.get(at).surface()));
    }

    /**
     * A name written in hiragana at first (いわて連携復興センター, みやぎ工業会) keeps that beginning: the hiragana right
     * before a run that would not name a body by itself (連携復興センター: no proper noun in it), from after a particle
     * such as と, や or の that joins it to the words before, unless the hiragana are words of a sentence (ある, した,
     * とする, より).
     */
    private int withHiraganaBeginning(String text, int start, int runEnd, List<Token> tokens) {
        int from = start;
        while (from > 0
                && isHiragana(text.charAt(from - 1))
                && (text.charAt(from - 1) != 'ー' || from > 1 && isHiragana(text.charAt(from - 2)))) {
            from--;
        }
        if (start - from < 2) {
            return start;
        }
        // After a legal form (株式会社みずほ銀行) the name starts with the hiragana, and takes the form with it.
        int form = legalFormEndingAt(text, from);
        int led = formLedBefore(text, from);
        if (led >= 0 && !particleAt(tokens, from) && !isSentence(text.substring(from, start))) {
            return led;
        }
        // (3つの…: a counter after a digit is no beginning.)
        boolean marked = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)) || form >= 0;
        int hiragana = from;
        // 石巻かほく商工会: between a place and a word that names no body alone, hiragana however Kuromoji reads them.
        boolean betweenPlaceAndKind = start - from <= 4
                && tokens.stream()
                        .anyMatch(token ->
                                token.end() == hiragana && token.partOfSpeech().startsWith("名詞-固有名詞-地域"))
                && GENERIC.contains(text.substring(start, runEnd));
        if (!marked
                && start - from >= 2
                && start - from <= 6
                && "とやのはがをにでもへ".indexOf(text.charAt(from)) < 0
                && (betweenPlaceAndKind
                        || tokens.stream()
                                .filter(token -> token.end() > hiragana && token.start() < start)
                                .allMatch(token ->
                                        (token.isNoun() || token.partOfSpeech().startsWith("副詞-一般"))
                                                && token.start() >= hiragana
                                                && token.end() <= start))
                && !FUNCTION_WORDS.matcher(text.substring(from, start)).matches()) {
            // 宮城県よろず支援拠点: hiragana nouns inside a name join it to the kanji before them.
            int before = from;
            while (before > 0 && isNameChar(text.charAt(before - 1))) {
                before--;
            }
            // …協議会みやぎ…: a name complete before the hiragana (not just 宮城県) is one of its own.
            String preceding = text.substring(before, from);
            boolean complete = OrganizationGuess.ENDINGS.stream()
                    .anyMatch(ending -> ending.length() >= 2 && preceding.endsWith(ending));
            return complete ? start : before;
        }
        boolean boundary = marked;
        if (!boundary && "とやのはがをにでも".indexOf(text.charAt(from)) >= 0) {
            from++;
            boundary = true;
        }
        if (!boundary || start - from < 2 || start - from > 6) {
            return start;
        }
        int first = from;
        // After a bracket, a mark or a legal form (「あきた…」, 株式会社みずほ…), hiragana begin the name unless they are a
        // word of the sentence (この, ある, いわゆる); after a particle, Kuromoji's words decide.
        boolean sentence = tokens.stream()
                .filter(token -> token.end() > first && token.start() < start)
                .anyMatch(token -> token.partOfSpeech().startsWith("連体詞")
                        || token.partOfSpeech().startsWith("副詞")
                        || token.partOfSpeech().startsWith("助動詞")
                        // する, おける: a verb that ends its clause before the name
                        || token.partOfSpeech().startsWith("動詞")
                                && "うくすつぬむぶぐる"
                                                .indexOf(token.surface()
                                                        .charAt(token.surface().length() - 1))
                                        >= 0
                        || token.partOfSpeech().matches("助詞-(格助詞|係助詞|副助詞|並立助詞).*"));
        if (marked) {
            // At a line's start the hiragana may be the end of a verb wrapped from the line before (…を有 / する大学).
            boolean wrapped = from == 0 && form < 0 && sentence;
            return wrapped
                            || FUNCTION_WORDS
                                    .matcher(text.substring(first, start))
                                    .matches()
                    ? start
                    : form >= 0 ? form : first;
        }
        // Hiragana that are nouns (みちのく, みずほ) begin a name; others (いわて, ふくしま as Kuromoji reads them) only one
        // that would not be a name without them (連携復興センター), so that して仙台市 stays 仙台市.
        boolean nouns = tokens.stream()
                .filter(token -> token.end() > first && token.start() < start)
                .allMatch(token -> token.isNoun() && token.start() >= first);
        boolean named = tokens.stream()
                        .filter(token -> token.start() >= start && token.end() <= runEnd)
                        .anyMatch(Token::isProperNoun)
                || gazetteer.find(text.substring(start, runEnd)).stream()
                        .findAny()
                        .isPresent();
        return sentence || named && !nouns ? start : form >= 0 ? form : from;
    }

    /**
     * The legal forms that make the words after them a name though no ending does (株式会社みずほ, 税理士法人雄物川):
     * the forms of private bodies. 国立研究開発法人 and the like come before names that end as names do.
     */
    private static final List<String> LEGAL_FORMS = OrganizationNames.legalForms().stream()
            .filter(form -> !form.matches(".*(?:独立行政法人|国立研究開発法人|大学法人|学校法人)"))
            .toList();

    /** How long the legal form a name starts with is, with the space after it: 国立大学法人 東北大学 gives 7. */
    private static int formBefore(String written) {
        var form = OrganizationNames.legalForm(written);
        if (form.isEmpty() || !written.startsWith(form.get())) {
            return 0;
        }
        int length = form.get().length();
        return length < written.length() && written.charAt(length) == ' ' ? length + 1 : length;
    }

    /**
     * 株式会社青森みちのく銀行, 公益財団法人21あおもり…: where a legal form begins that a few characters naming nothing yet
     * follow right up to {@code at}, so that the hiragana there go on with the name; or -1.
     */
    private static int formLedBefore(String text, int at) {
        int before = at;
        while (before > 0
                && (isNameChar(text.charAt(before - 1))
                        || Character.isLetterOrDigit(text.charAt(before - 1)) && text.charAt(before - 1) < 0x80)) {
            before--;
        }
        for (String form : LEGAL_FORMS) {
            String rest = text.substring(Math.min(at, before + form.length()), at);
            if (text.startsWith(form, before)
                    && !rest.isEmpty()
                    && rest.length() <= 6
                    && OrganizationGuess.ENDINGS.stream().noneMatch(rest::endsWith)) {
                return before;
            }
        }
        return -1;
    }

    /** Where a legal form that ends right at {@code at} begins, or -1. */
    private static int legalFormEndingAt(String text, int at) {
        return LEGAL_FORMS.stream()
                .filter(form -> text.startsWith(form, at - form.length()) && at >= form.length())
                .mapToInt(form -> at - form.length())
                .findFirst()
                .orElse(-1);
    }

    /** Where the name in a run ends: at the run's end if that ends a name, else before words such as 長 or 内. */
    private static int nameEnd(String text, int start, int end, List<Token> tokens, List<Token> words) {
        for (int cut = end; cut > start + 1; cut--) {
            boolean branch = cut < end && isBranch(text, cut, end, words);
            if (cut < end
                    && !branch
                    && !TRAILER.matcher(text.substring(cut, end)).find()) {
                continue;
            }
            String candidate = text.substring(start, cut);
            if (endsAsName(candidate, text, start, cut, tokens)) {
                return cut;
            }
        }
        return -1;
    }

    private static final String BRANCH_OF = "a branch of ";

    /**
     * 東北支部, 宮城県支部, 仙台校, 東北センター, 宮城総合研究所: a place and the word for a branch or the name of an office,
     * written right after the body's name.
     */
    private static final Pattern BRANCH = Pattern.compile("支部|支店|支社|支所|営業所|事務所|出張所|本部|分室|校");

    /** Whether the words from {@code from} to {@code to} are a branch; {@code run} holds the words around them. */
    private static boolean isBranch(String text, int from, int to, List<Token> run) {
        var words = run.stream()
                .filter(token -> token.start() >= from && token.end() <= to)
                .toList();
        if (words.isEmpty()
                || words.get(0).start() != from
                || words.get(words.size() - 1).end() != to) {
            return false;
        }
        int place = 0;
        while (place < words.size()
                && (words.get(place).partOfSpeech().startsWith("名詞-固有名詞-地域")
                        || place > 0 && words.get(place).partOfSpeech().startsWith("名詞-接尾-地域"))) {
            place++;
        }
        if (place == 0 || place == words.size()) {
            return false;
        }
        String rest = text.substring(words.get(place).start(), to);
        return BRANCH.matcher(rest).matches()
                || OrganizationGuess.ENDINGS.stream().anyMatch(ending -> ending.length() >= 3 && rest.endsWith(ending));
    }

    /** Where the branch a name ends with begins, if the words before it name a body (東北支部 in …機構東北支部), or -1. */
    private static int branchStart(String text, int start, int end, List<Token> tokens, List<Token> words) {
        for (int cut = start + 2; cut < end - 1; cut++) {
            if (isBranch(text, cut, end, words)
                    && text.charAt(end - 1) != '校'
                    && endsAsName(text.substring(start, cut), text, start, cut, tokens)) {
                return cut;
            }
        }
        return -1;
    }

    /**
     * 株式会社むつ湾アクアテック　ホタテ養殖の…: after a name its legal form makes one, a space and words that end no
     * name (ホタテ養殖) begin what the body does, not more of its name.
     */
    private static int beforeDescription(String text, int start, int end) {
        int space = text.lastIndexOf(' ', end - 1);
        if (space <= start || !startsWithForm(text.substring(start, space))) {
            return end;
        }
        String after = text.substring(space + 1, end);
        boolean ending = OrganizationGuess.ENDINGS.stream().anyMatch(after::endsWith);
        return !ending && after.matches("\\p{IsKatakana}[\\p{IsKatakana}ー]*\\p{IsHan}+") ? space : end;
    }

    private static boolean startsWithForm(String written) {
        return formBefore(written) > 0 || written.matches("^" + ABBREVIATED_FORM + ".+");
    }

    /**
     * (株)テクノプラザみやぎ, (株)テクノプラザいわて（…）: after a legal form the name goes on through hiragana — nouns
     * to Kuromoji, or any that run up to a bracket, a comma or the end — unless they are words of the sentence (ほか,
     * など, でした).
     */
    private static int withHiraganaEnding(String text, int end, List<Token> tokens) {
        int delimited = end;
        while (delimited < text.length() && isHiragana(text.charAt(delimited))) {
            delimited++;
        }
        if (delimited - end >= 2
                && (delimited == text.length() || "(（)）、,。・ 」".indexOf(text.charAt(delimited)) >= 0)
                && !particleAt(tokens, end)
                && !isSentence(text.substring(end, delimited))) {
            return delimited;
        }
        int at = end;
        for (Token token : tokens) {
            if (token.start() < at) {
                continue;
            }
            if (token.start() > at
                    || !token.isHiragana()
                    || !token.isNoun() && !token.partOfSpeech().startsWith("接頭詞")) {
                break;
            }
            at = token.end();
        }
        boolean ends = at == text.length() || !isHiragana(text.charAt(at)) || particleAt(tokens, at);
        return at - end >= 2 && ends && !isSentence(text.substring(end, at)) ? at : end;
    }

    private static final Pattern SENTENCE_WORDS = Pattern.compile("(?:です|ます|でした|ました|した|する|して|など|ほか|とも|のみ|だけ)$");

    private static boolean isSentence(String hiragana) {
        return FUNCTION_WORDS.matcher(hiragana).matches()
                || SENTENCE_WORDS.matcher(hiragana).find();
    }

    private static boolean particleAt(List<Token> tokens, int at) {
        return tokens.stream().anyMatch(token -> token.start() == at && token.isParticle());
    }

    private static boolean endsAsName(String candidate, String text, int start, int cut, List<Token> tokens) {
        String bare = OrganizationNames.withoutLegalForm(candidate);
        boolean formAtAnEnd = legalFormEndingAt(candidate, candidate.length()) >= 0
                || LEGAL_FORMS.stream().anyMatch(candidate::startsWith)
                || candidate.matches("^" + ABBREVIATED_FORM + ".*|.*" + ABBREVIATED_FORM + "$");
        // 一般社団法人東北経済連合会作成資料: a legal form before a name does not make the words of a citation after it
        // part of the name.
        if (formAtAnEnd && bare.length() >= 2 && !CITATION.matcher(bare).find()) {
            return true;
        }
        if (OrganizationGuess.OFFICE.matcher(bare).matches()) {
            return true; // 政策局防災環境都市推進室: an office of a bureau or a department
        }
        for (String ending : OrganizationGuess.ENDINGS) {
            if (ending.equals("投資")) {
                continue; // 先行投資, 共同投資: a company ending so is found by its legal form
            }
            if (!bare.endsWith(ending) || bare.length() <= ending.length()) {
                continue;
            }
            if (ending.equals("大学") && text.startsWith("発", cut)) {
                // 東北大学発ベンチャー, but not 事業所あたり大学発ベンチャー: before 大学発 a university's own name.
                int at = cut - ending.length();
                return !standsAlone(tokens, at, cut) || properBefore(tokens, at, "県");
            }
            if (ending.length() > 1) {
                return true;
            }
            // 仙台市, 宮城県, 経済産業省: the ending is a word of its own after a name, not the end of 都市 or 地域.
            return standsAlone(tokens, cut - 1, cut) && properBefore(tokens, cut - 1, ending);
        }
        return false;
    }

    private static boolean standsAlone(List<Token> tokens, int from, int to) {
        return tokens.stream().anyMatch(token -> token.start() == from && token.end() == to);
    }

    /** Before 市, 県, 町 or 村 a place's name; before 省, 庁, 府, 局 or 課 at least a word. */
    private static boolean properBefore(List<Token> tokens, int at, String ending) {
        var before = tokens.stream().filter(token -> token.end() == at).findFirst();
        if (before.isEmpty()) {
            return false;
        }
        if ("市県町村".contains(ending)) {
            return before.get().isProperNoun();
        }
        return before.get().isNoun() && before.get().surface().length() >= 2;
    }

    /** 地元大学, 県内金融機関, 同センター: words that describe bodies rather than name one. */
    private static boolean isGeneric(String bare, List<Token> tokens, int start) {
        var first = tokens.stream().filter(token -> token.start() == start).findFirst();
        if (first.isPresent() && GENERIC_START.contains(first.get().surface())) {
            // 研究機関, 連携大学: a word of a topic before a kind; 研究シーズ事業化部会: before a name's own words.
            String rest =
                    bare.substring(Math.min(bare.length(), first.get().surface().length()));
            return !TOPIC_START.contains(first.get().surface()) || rest.length() <= TOPIC_KIND;
        }
        return GENERIC_START.stream()
                .anyMatch(word -> bare.startsWith(word) && GENERIC.contains(bare.substring(word.length())));
    }

    private static boolean isNameChar(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    private static boolean isHiragana(char c) {
        return c >= 'ぁ' && c <= 'ゖ' || c == 'ー';
    }

    /** Whether a mention already covers any of the text from {@code start} to {@code end}. */
    private static boolean overlaps(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** The longest of overlapping mentions; between equals the known one. */
    private static List<Mention> withoutOverlaps(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(
                Comparator.comparingInt((Mention m) -> -(m.end() - m.start())).thenComparing(m -> m.known() == null));
        List<Mention> kept = new ArrayList<>();
        for (Mention mention : sorted) {
            if (kept.stream().noneMatch(other -> other.start() < mention.end() && mention.start() < other.end())) {
                kept.add(mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
