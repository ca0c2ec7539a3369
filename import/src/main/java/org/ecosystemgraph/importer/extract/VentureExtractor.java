package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.model.Sector;

/**
 * Where start-ups come from and who invests in them: 「東北大学発スタートアップの株式会社X」 or 「Xは東北大学発
 * ベンチャー」 (X SPUN_OFF_FROM the university); 「AがBに出資」, 「BはAから出資を受け」 and 「Aも出資した」 about the
 * company the text is about (A INVESTS_IN B), an investor being a body of finance.
 */
final class VentureExtractor implements Extractor {

    private static final Pattern SPUN_OFF =
            Pattern.compile("^発(?:の)?(?:ディープテック|大学|研究|素材|技術)?(?:系)?(?:スタートアップ|ベンチャー|ベンチャー企業|企業)"
                    // 東北大発の光ファイバセンシング・スタートアップ「ネクスフォトン」: what it does between.
                    + "|^発の[^、。「」()]{1,16}?(?:スタートアップ|ベンチャー)");
    private static final Pattern INVESTMENT = Pattern.compile("出資|投資|増資|引き受け|引受");
    /** Who takes up new shares invests, whatever kind of body it is. */
    private static final Pattern SUBSCRIBED = Pattern.compile("引き受け|引受");

    private static final Pattern INVESTEE =
            Pattern.compile("^\\s*(?:\\([^)]{0,30}\\))?\\s*(?:に|へ)(?:対して|対し)?(?:、)?[^。、]{0,12}?(?:出資|投資)");
    private static final Pattern INVESTOR = Pattern.compile(
            "^\\s*(?:\\([^)]{0,30}\\))?\\s*(?:が運営する[^、。]{0,12}?ファンド|の運営する[^、。]{0,12}?ファンド)?\\s*(?:は|が|も|から|より|、|及び|および|と)");
    private static final Pattern SUBJECT = Pattern.compile("^\\s*(?:\\([^)]{0,30}\\))?\\s*は");

    /** The mark of a list's item before the body it is about: ・, ○, ■. */
    private static final Pattern ITEM = Pattern.compile("\\s*[・●○◆◇■□]\\s*");
    /** 当行の100%出資子会社であるX: the company after is one the body before invests in. */
    private static final Pattern SUBSIDIARY =
            Pattern.compile("^\\s*の?\\s*(?:\\d+\\s*%|完全)?\\s*(?:出資子会社|出資先|子会社)(?:で)?(?:ある|の|、)?\\s*");

    /** （２）令和７年度に設立された主な大学発ベンチャー, ■東北大学発スタートアップ一覧: a heading over a list of spin-offs. */
    private static final Pattern SPIN_OFF_HEADING = Pattern.compile("(?:大学|本学|高専)?発(?:ベンチャー|スタートアップ)");

    private static final int HEADING = 40;

    /** Between a table's cells: a tab, a bar (賞　｜　企業名　｜　出身大学) or wide spaces. */
    private static final Pattern CELL = Pattern.compile("\\t|\\s*[|｜]\\s*|[\\s\u3000]{2,}");

    /** A table's column of the university each row's company comes from. */
    private static final Pattern ORIGIN_COLUMN = Pattern.compile("^(?:出身大学|出身機関|出身校|関連大学|母体大学|シーズ元)(?:名)?$");

    /** 引受先, リード投資家, 共同投資家: a label over (or before) the bodies that took up a round's shares. */
    private static final Pattern INVESTORS_LABEL =
            Pattern.compile("^(?:主な)?(?:引受先|割当先|出資者|リード投資家|共同投資家|投資家)(?:[:：\\s\u3000]|$)");

    /** 借入先, ■…: a label or heading that ends a list of investors. */
    private static final Pattern OTHER_LABEL =
            Pattern.compile("^(?:[■◆●【]|[^\\s\u3000:：]{2,8}(?:先|者)(?:[:：\\s\u3000]|$))");

    /**
     * 引受先 / リード投資家　東北イノベーションキャピタル株式会社（…） / 　　七十七キャピタル株式会社: the first body of each
     * line under the label invests in the company the release speaks for. Returns whether the line is one of such a
     * list.
     */
    private static boolean investorLine(
            Reading reading, Reading.Named named, boolean inList, String investee, Candidates candidates) {
        String text = named.passage().text().strip();
        boolean labelled = INVESTORS_LABEL.matcher(text).lookingAt();
        if (!labelled && (!inList || OTHER_LABEL.matcher(text).lookingAt())) {
            return false;
        }
        String raw = named.passage().text();
        int bracket = raw.indexOf('(');
        var investor = named.mentions().stream()
                .filter(m -> bracket < 0 || m.start() < bracket)
                .findFirst();
        if (investor.isPresent()
                && !candidates.resolve(investor.get().written()).equals(candidates.resolve(investee))) {
            var body = investor.get();
            candidates.relation(
                    "INVESTS_IN",
                    body.written(),
                    investee,
                    reading.published(),
                    named.passage().source(body.start(), body.end()));
        }
        return true;
    }

    /** The column of a table's origin, by the header row the passage is; -1 when it is no such header. */
    private static int originColumn(String text) {
        String[] cells = CELL.split(text.strip());
        for (int k = 0; k < cells.length && cells.length >= 2; k++) {
            if (ORIGIN_COLUMN.matcher(cells[k].strip()).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** The cell a mention stands in. */
    private static int cellOf(String text, OrganizationFinder.Mention mention) {
        String stripped = text.stripLeading();
        int offset = text.length() - stripped.length();
        Matcher breaks = CELL.matcher(stripped);
        int cell = 0;
        while (breaks.find() && breaks.end() + offset <= mention.start()) {
            cell++;
        }
        return cell;
    }

    /**
     * 最優秀賞　｜　株式会社ルミナセル　｜　東北大学　｜　…: under a header with a column of origins (出身大学), the row's
     * company comes from the university in that column. Returns whether the row was one of such a table.
     */
    private static boolean originRow(Reading.Named named, int column, int columns, Candidates candidates) {
        String text = named.passage().text();
        if (CELL.split(text.strip()).length != columns) {
            return false;
        }
        var origin = named.mentions().stream()
                .filter(m -> cellOf(text, m) == column && isAcademic(m))
                .findFirst();
        var company = named.mentions().stream()
                .filter(m -> cellOf(text, m) != column && isCompany(m))
                .findFirst();
        if (origin.isPresent() && company.isPresent()) {
            candidates.relation(
                    "SPUN_OFF_FROM",
                    company.get().written(),
                    origin.get().written(),
                    null,
                    named.passage().source(company.get().start(), origin.get().end()));
        }
        return true;
    }

    /**
     * The university a heading says the list under it is of: the one it names before 発, or the document's own
     * (本学発, or 大学発 on a university's page). Null when the passage is no such heading.
     */
    private static String listOrigin(Reading.Named named, String voice) {
        String text = named.passage().text().strip();
        Matcher heading = SPIN_OFF_HEADING.matcher(text);
        if (text.length() > HEADING || text.endsWith("。") || !heading.find()) {
            return null;
        }
        var before = named.mentions().stream()
                .filter(m -> m.end() == heading.start() || m.end() + 1 == heading.start())
                .findFirst();
        if (before.isPresent()) {
            return before.get().written();
        }
        boolean own = heading.group().startsWith("本学") || heading.group().startsWith("大学");
        return own && voice != null && voice.matches(".*(?:大学|高等専門学校|高専)") ? voice : null;
    }

    @Override
    public void extract(Reading reading, Candidates candidates) {
        String company = null;
        String voice = reading.voice();
        // The university the list being read is of, under a heading of spin-offs.
        String listOf = null;
        // The column of origins of the table being read (出身大学), and how many columns it has.
        int originColumn = -1;
        int columns = 0;
        // Whether the lines being read list the investors of the company the document speaks for (引受先).
        boolean investors = false;
        for (var named : reading.passages()) {
            String text = named.passage().text();
            var mentions = named.mentions();
            investors = voice != null && investorLine(reading, named, investors, voice, candidates);
            if (investors) {
                continue;
            }
            if (originColumn >= 0 && originRow(named, originColumn, columns, candidates)) {
                continue;
            }
            originColumn = originColumn(text);
            if (originColumn >= 0) {
                columns = CELL.split(text.strip()).length;
                continue;
            }
            String heading = listOrigin(named, voice);
            if (heading != null) {
                listOf = heading;
                continue;
            }
            if (listOf != null) {
                var first = mentions.isEmpty() ? null : mentions.get(0);
                boolean row = reading.text().line(named.passage().firstLine()).contains("\t")
                        || ITEM.matcher(text).lookingAt();
                if (first == null || !row || !isCompany(first) || !startsWith(text, first)) {
                    listOf = mentions.isEmpty() && row ? listOf : null; // 社名⇥設立⇥…: the table's header
                } else if (!candidates.resolve(first.written()).equals(candidates.resolve(listOf))) {
                    candidates.relation(
                            "SPUN_OFF_FROM",
                            first.written(),
                            listOf,
                            null,
                            named.passage().source(first.start(), first.end()));
                }
            }
            for (var origin : mentions) {
                Matcher spunOff = SPUN_OFF.matcher(text.substring(origin.end()));
                if (!spunOff.find()) {
                    continue;
                }
                int after = origin.end() + spunOff.end();
                // The start-up named right after (…発スタートアップの株式会社X), or the subject before (Xは…発).
                var startup = mentions.stream()
                        .filter(m -> m.start() >= after
                                && m.start() - after <= 8
                                && !text.substring(after, m.start()).matches(".*[、。をは].*"))
                        .findFirst()
                        // …発スタートアップで、GaN基板を開発するX（仙台市）は: the subject the clause describes.
                        .or(() -> mentions.stream()
                                .filter(m -> m.start() >= after
                                        && !text.substring(after, m.start()).contains("。")
                                        && SUBJECT.matcher(text.substring(m.end()))
                                                .find())
                                .findFirst())
                        .or(() -> mentions.stream()
                                .filter(m -> m.end() <= origin.start()
                                        && text.substring(m.end(), origin.start())
                                                .matches("\\s*(?:は|、|\\([^)]*\\)|\\()*\\s*"))
                                .reduce((a, b) -> b))
                        // ・東北ナーシングテック株式会社（盛岡市）　…（東北大学発ベンチャー）: the body the item is about.
                        .or(() -> mentions.stream()
                                .findFirst()
                                .filter(m -> m != origin
                                        && isCompany(m)
                                        && ITEM.matcher(text.substring(0, m.start()))
                                                .matches()));
                if (startup.isPresent()) {
                    var s = startup.get();
                    company = s.written();
                    candidates.relation(
                            "SPUN_OFF_FROM",
                            s.written(),
                            origin.written(),
                            null,
                            named.passage().source(Math.min(s.start(), origin.start()), Math.max(s.end(), after)));
                }
            }
            for (int i = 0; i + 1 < mentions.size(); i++) {
                var parent = mentions.get(i);
                Matcher subsidiary = SUBSIDIARY.matcher(text.substring(parent.end()));
                if (subsidiary.find()
                        && parent.end() + subsidiary.end()
                                == mentions.get(i + 1).start()) {
                    var child = mentions.get(i + 1);
                    candidates.relation(
                            "INVESTS_IN",
                            parent.written(),
                            child.written(),
                            null,
                            named.passage().source(parent.start(), child.end()));
                }
            }
            var subject = mentions.stream()
                    .filter(m -> SUBJECT.matcher(text.substring(m.end())).find() && isCompany(m))
                    .findFirst();
            if (subject.isPresent() && company == null) {
                company = subject.get().written();
            }
            if (INVESTMENT.matcher(text).find()) {
                company = investments(
                        reading,
                        named,
                        subject.map(OrganizationFinder.Mention::written).orElse(company),
                        candidates);
            }
        }
    }

    /** The investments a passage states; returns the company they are in. */
    private static String investments(Reading reading, Reading.Named named, String company, Candidates candidates) {
        String text = named.passage().text();
        List<OrganizationFinder.Mention> mentions = named.mentions();
        var explicit = mentions.stream()
                .filter(m -> INVESTEE.matcher(text.substring(m.end())).find() && !isPublic(m))
                .findFirst();
        String investee = explicit.map(OrganizationFinder.Mention::written).orElse(company);
        if (investee == null) {
            return company;
        }
        int verb = -1;
        Matcher words = INVESTMENT.matcher(text);
        while (words.find()) {
            verb = words.start();
        }
        boolean subscribed = SUBSCRIBED.matcher(text).find();
        String date = JapaneseDates.find(text, reading.published()).orElse(reading.published());
        for (var investor : mentions) {
            if (investor.start() > verb
                    || !isFinance(investor) && !subscribed
                    || candidates.resolve(investor.written()).equals(candidates.resolve(investee))
                    || !INVESTOR.matcher(text.substring(investor.end())).find()) {
                continue;
            }
            candidates.relation(
                    "INVESTS_IN",
                    investor.written(),
                    investee,
                    date,
                    named.passage().source(investor.start(), Math.min(text.length(), verb + 2)));
        }
        return investee;
    }

    /** Whether a table's row or a list's item begins with the body, after the item's mark if it has one. */
    private static boolean startsWith(String text, OrganizationFinder.Mention body) {
        String before = text.substring(0, body.start());
        return before.isBlank() || ITEM.matcher(before).matches();
    }

    /** A company, or a body whose kind nothing says: what a start-up is. */
    private static boolean isCompany(OrganizationFinder.Mention mention) {
        return mention.taken().map(guess -> guess.sector() == Sector.INDUSTRY).orElse(true);
    }

    /** A city, a university, a support body: none is what a fund invests in. */
    private static boolean isPublic(OrganizationFinder.Mention mention) {
        return mention.taken()
                .map(guess -> guess.sector() == Sector.GOVERNMENT
                        || guess.sector() == Sector.ACADEMIA
                        || guess.sector() == Sector.SUPPORT)
                .orElse(false);
    }

    private static boolean isAcademic(OrganizationFinder.Mention mention) {
        return mention.taken().map(guess -> guess.sector() == Sector.ACADEMIA).orElse(false);
    }

    private static boolean isFinance(OrganizationFinder.Mention mention) {
        return mention.taken().map(guess -> guess.sector() == Sector.FINANCE).orElse(false);
    }
}
