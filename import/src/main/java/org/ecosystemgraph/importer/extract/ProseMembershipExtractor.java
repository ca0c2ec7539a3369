package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memberships stated in sentences: 「本協議会は、A、B、Cなど12団体で構成」, 「Aが会長、Bが副会長を務める」,
 * 「会長：A」, and a list in brackets after a consortium's name (X協議会（A、B、C）). The consortium is the one the
 * passage names, or else the one the document last named (本協議会, 同会).
 */
final class ProseMembershipExtractor implements Extractor {

    private static final Pattern JOINED = Pattern.compile(
            "構成|参画|参加(?!者|企業|費|機会|申込|人数)|加盟|加入|会員(?!企業|向け|数)|理事|メンバー|入会|幹事|会長|事務局|オブザーバー|監事|座長|顧問|リーダー|を形成|を結成|を組織|加わ|発足");
    /** 「…グループ」を形成: whatever the bodies of a sentence form together is their consortium. */
    private static final Pattern FORMED = Pattern.compile("^」?\\s*を(?:形成|結成|組織|設立|発足|設置)");

    private static final Pattern ROLE_AFTER =
            Pattern.compile("^\\s*\\(?(?:が|は|を|に)?\\s*(代表幹事|副会長|会長|幹事|事務局|オブザーバー|顧問|監事|座長|副座長|理事長|理事)");
    // リーダー Lead：…: a role may have its English gloss.
    private static final Pattern ROLE_BEFORE =
            Pattern.compile("(代表幹事|副会長|会長|幹事|事務局|オブザーバー|顧問|監事|座長|副座長|理事長|理事|委員長|部会長|リーダー)"
                    + "\\s*(?:[A-Z][a-z]+\\s*)?(?:[:：)]|には|は|に|を|として|である)?\\s*$");
    private static final Pattern THIS_ONE = Pattern.compile("(?:^|本|同|当)(?:協議会|会議|コンソーシアム|ネットワーク|会|機構|プラットフォーム)");
    /** これらの機関, 上記の団体: the bodies the sentence before named. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?:これら|上記|以上|前記)の(?:\\d+)?(?:機関|団体|大学|企業|組織|者|各機関)");

    /** How many passages after a consortium's a sentence may speak of it without naming it (会長には…が就き). */
    private static final int NEARBY = 3;

    /** 会長：A, 会長　　A (a table of officers), （オブザーバー）A, （構成団体）A、B: a line that gives its names a role. */
    private static final Pattern ROLE_ROW =
            Pattern.compile("^\\s*(?:\\((?:代表幹事|副会長|会長|幹事|事務局|オブザーバー|顧問|監事|座長|構成団体|構成員|会員)\\)"
                    + "|(?:代表幹事|副会長|会長|幹事|事務局|オブザーバー|顧問|監事|座長|理事長|理事)(?:\\s*[:：]|\\s+(?=\\S)))");

    /** A heading that is only a role (オブザーバー, 役員): the names under it hold it. */
    private static final Pattern ROLE_HEADING = Pattern.compile("^(代表幹事|副会長|会長|幹事|事務局|オブザーバー|顧問|監事|座長)$");

    @Override
    public void extract(Reading reading, Candidates candidates) {
        String current = null;
        String headingRole = null;
        int sinceCurrent = 0;
        Reading.Named previous = null;
        // The council a document's title names is the one its statements of joining are about, however far down.
        String titled = reading.titledBody();
        String voice = reading.voice();
        for (var named : reading.passages()) {
            String text = named.passage().text();
            sinceCurrent++;
            // 4 会員の異動: a new section speaks of the document's own body again, not of the one above.
            if (SECTION.matcher(text).find()) {
                sinceCurrent = NEARBY + 1;
            }
            Matcher roleHeading = ROLE_HEADING.matcher(text.strip());
            if (roleHeading.matches()) {
                headingRole = roleHeading.group(1);
                continue;
            }
            if (headingRole != null && current != null && !named.mentions().isEmpty()) {
                for (var mention : named.mentions()) {
                    candidates.membership(
                            mention.written(),
                            current,
                            headingRole,
                            named.passage().source(mention.start(), mention.end()));
                }
                headingRole = null;
                continue;
            }
            headingRole = null;
            List<OrganizationFinder.Mention> mentions = named.mentions();
            OrganizationFinder.Mention consortium = mentions.stream()
                    .filter(mention -> mention.isConsortium()
                            || FORMED.matcher(text.substring(mention.end())).find())
                    .findFirst()
                    .orElse(null);
            // 研究シーズ事業化部会（部会長：山形大学）…創業・スタートアップ部会（部会長：山形銀行）: each its own brackets.
            List<int[]> brackets = new java.util.ArrayList<>();
            for (var mention : mentions) {
                if (mention == consortium || mention.isConsortium()) {
                    bracketed(text, mention, mentions, named.passage(), candidates)
                            .ifPresent(brackets::add);
                }
            }
            if (!brackets.isEmpty()) {
                mentions = mentions.stream()
                        .filter(m -> brackets.stream().noneMatch(b -> m.start() > b[0] && m.end() <= b[1]))
                        .toList();
            }
            if (voice != null && consortium != null && joinsWithoutSubject(text, consortium, mentions)) {
                // 「みやぎ起業家支援ネットワーク」に構成団体として参加しています: the body the document speaks as joined.
                candidates.membership(
                        voice,
                        consortium.written(),
                        null,
                        named.passage().source(consortium.start(), consortium.end()));
            }
            if (JOINED.matcher(text).find()) {
                boolean roleLine = ROLE_BEFORE
                                .matcher(text.substring(0, Math.min(text.length(), 8)) + " ")
                                .find()
                        || ROLE_ROW.matcher(text).find();
                String of = consortium != null
                        ? consortium.written()
                        : (THIS_ONE.matcher(text).find() || roleLine || sinceCurrent <= NEARBY) && current != null
                                ? current
                                : titled != null ? titled : current;
                if (of != null) {
                    Matcher row = ROLE_ROW.matcher(text);
                    String rowRole = row.lookingAt() ? leadingRole(text) : null;
                    members(text, of, consortium, mentions, named.passage(), rowRole, candidates);
                    if (previous != null && BACK_REFERENCE.matcher(text).find()) {
                        // これらの機関に…を加えた8機関が「…」を設立: the bodies of the sentence before are members too.
                        String earlier = previous.passage().text();
                        for (var mention : previous.mentions()) {
                            if (inList(earlier, mention)) {
                                candidates.membership(
                                        mention.written(),
                                        of,
                                        null,
                                        previous.passage().source(mention.start(), mention.end()));
                            }
                        }
                    }
                }
            }
            if (consortium != null) {
                current = consortium.written();
                sinceCurrent = 0;
            }
            previous = named;
        }
    }

    /** 「…」に…参加しています: joining a consortium named as the sentence's object. */
    private static final Pattern JOINS_IN = Pattern.compile("^」?\\s*に[^。]{0,30}?(?:参加|加盟|加入|入会)");

    /** Whether the sentence says its consortium is joined, and no body before it is the sentence's topic (Aは…). */
    private static boolean joinsWithoutSubject(
            String text, OrganizationFinder.Mention consortium, List<OrganizationFinder.Mention> mentions) {
        return JOINS_IN.matcher(text.substring(consortium.end())).lookingAt()
                && mentions.stream().noneMatch(m -> m.end() <= consortium.start() && text.startsWith("は", m.end()));
    }

    /** X協議会（A、B、C）: the names in the brackets right after a consortium's; where the brackets are, if they had any. */
    private static java.util.Optional<int[]> bracketed(
            String text,
            OrganizationFinder.Mention consortium,
            List<OrganizationFinder.Mention> mentions,
            Passage passage,
            Candidates candidates) {
        int open = text.startsWith("」", consortium.end()) ? consortium.end() + 1 : consortium.end();
        if (open >= text.length() || text.charAt(open) != '(') {
            return java.util.Optional.empty();
        }
        int close = text.indexOf(')', open);
        if (close < 0) {
            return java.util.Optional.empty();
        }
        var inside = mentions.stream()
                .filter(m -> m.start() > open && m.end() <= close)
                .toList();
        if (inside.size() >= 2) {
            inside.forEach(
                    m -> candidates.membership(m.written(), consortium.written(), passage.source(m.start(), m.end())));
            return java.util.Optional.of(new int[] {open, close});
        } else if (inside.size() == 1) {
            // 技術委員会（委員長：株式会社ヤマガタ光電）: one body in the brackets, with its role.
            var member = inside.get(0);
            Matcher role = ROLE_BEFORE.matcher(text.substring(open + 1, member.start()));
            if (role.find()) {
                candidates.membership(
                        member.written(), consortium.written(), role.group(1), passage.source(open, close + 1));
                return java.util.Optional.of(new int[] {open, close});
            }
        }
        return java.util.Optional.empty();
    }

    /** 1 概要, 4 会員の異動, 第2章: a section of its own. */
    private static final Pattern SECTION =
            Pattern.compile("^\\s*(?:\\d{1,2}\\s|\\d{1,2}[.．]\\s|第[0-9一二三四五六七八九十]+[章節])");

    /** 会長 President：国立大学法人東北大学: the role a row of a table of officers starts with. */
    private static String leadingRole(String text) {
        Matcher role = LEADING_ROLE.matcher(text);
        return role.lookingAt() ? role.group(1) : null;
    }

    private static final Pattern LEADING_ROLE = Pattern.compile("\\s*\\(?(代表幹事|副会長|会長|幹事|事務局|オブザーバー|顧問|監事|座長|理事長|理事)");

    private static void members(
            String text,
            String consortium,
            OrganizationFinder.Mention named,
            List<OrganizationFinder.Mention> mentions,
            Passage passage,
            String rowRole,
            Candidates candidates) {
        String previousRole = null;
        OrganizationFinder.Mention previous = null;
        for (var mention : mentions) {
            if (mention == named || candidates.resolve(mention.written()).equals(candidates.resolve(consortium))) {
                continue;
            }
            String role = rowRole != null ? rowRole : role(text, mention);
            // 副会長：宮城県、仙台市 — a role before a list holds for every name in it.
            if (role == null
                    && previousRole != null
                    && text.substring(previous.end(), mention.start()).matches("\\s*(?:、|,|・|及び|および|と|や)\\s*")) {
                role = previousRole;
            }
            previous = mention;
            previousRole = role;
            boolean listed = role != null || inList(text, mention);
            if (listed) {
                candidates.membership(
                        mention.written(), consortium, role, passage.source(mention.start(), mention.end()));
            }
        }
    }

    /** 「Aが会長」 or 「会長：A」. */
    private static String role(String text, OrganizationFinder.Mention mention) {
        Matcher after = ROLE_AFTER.matcher(text.substring(mention.end()));
        if (after.find()) {
            return after.group(1);
        }
        Matcher before = ROLE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 12), mention.start()));
        return before.find() ? before.group(1) : null;
    }

    /** 「Sは、A、Bとともに「X」を構成し」: the subject and the bodies with it form X together. */
    private static final Pattern FORMED_TOGETHER =
            Pattern.compile("(?s)^(?:は|が)?、?[^。]*?と(?:共に|ともに)[^。]*を(?:構成|形成|結成|組織|設立)");

    private static final Pattern MEMBERS_IN_BRACKETS = Pattern.compile("\\s*\\((?:構成|参画|参加|会員|加盟)[^:：)]{0,6}[:：]");

    /** A name in an enumeration: followed by 、 ・ 及び や など 等, the verb's particle (で構成, が参画) or the list's bracket. */
    private static boolean inList(String text, OrganizationFinder.Mention mention) {
        String after = text.substring(mention.end());
        return FORMED_TOGETHER.matcher(after).lookingAt()
                || after.matches(
                        "(?s)^\\s*(?:\\([^)]{0,30}\\))?\\s*(?:、|,|・|及び|および|並びに|や|など|等|ほか|の[0-9一二三四五六七八九十]+|で構成|が参画|が参加|が加盟|が会員|により構成|によって構成|を構成|を加え|が加わ|$|。).*")
                // （構成機関：A、B、C）: the last name of a list in brackets that close the line.
                || after.matches("(?s)^\\s*\\)\\s*$")
                        && MEMBERS_IN_BRACKETS.matcher(text).lookingAt()
                || after.matches("(?s)^と\\s*[^\\s、。].*") && !after.matches("(?s)^と(?:の|して|連携|共に|ともに).*");
    }
}
