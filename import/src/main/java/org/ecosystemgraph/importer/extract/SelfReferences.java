package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.model.OrganizationKind;

/**
 * A document's words for its own publisher or subject — 本学, 当行, 当社, 本協議会, 当協会, 当センター — taken for the first body
 * of that kind the document names (本学 for the university a notice is about, 当行 for the bank of a press release).
 */
final class SelfReferences {

    private static final Pattern WORD = Pattern.compile("(?:本|当)(学|行|庫|社|協議会|協会|会議|機構|センター|財団|事業団|法人|市|県|町|村)"
            // センターは、…: a page about a body calls it by its kind alone, starting a sentence.
            + "|(?<=^|[\\s。])(センター|協議会|機構|財団)(?=は|が|の|では|と(?!し))");

    private static final Map<String, Set<OrganizationKind>> KINDS = Map.ofEntries(
            Map.entry("学", Set.of(OrganizationKind.UNIVERSITY, OrganizationKind.KOSEN)),
            Map.entry("行", Set.of(OrganizationKind.BANK)),
            Map.entry("庫", Set.of(OrganizationKind.BANK, OrganizationKind.GOVERNMENT_FINANCIAL_INSTITUTION)),
            Map.entry(
                    "社", Set.of(OrganizationKind.COMPANY, OrganizationKind.STARTUP, OrganizationKind.VENTURE_CAPITAL)),
            Map.entry("協議会", Set.of(OrganizationKind.CONSORTIUM)),
            Map.entry("会議", Set.of(OrganizationKind.CONSORTIUM)),
            Map.entry("機構", Set.of(OrganizationKind.SUPPORT_CENTER, OrganizationKind.RESEARCH_INSTITUTE)),
            Map.entry("センター", Set.of(OrganizationKind.SUPPORT_CENTER, OrganizationKind.RESEARCH_CENTER)),
            Map.entry("財団", Set.of(OrganizationKind.FOUNDATION)),
            Map.entry("事業団", Set.of(OrganizationKind.FOUNDATION)),
            Map.entry(
                    "協会",
                    Set.of(
                            OrganizationKind.CREDIT_GUARANTEE,
                            OrganizationKind.INDUSTRY_ASSOCIATION,
                            OrganizationKind.FOUNDATION)),
            Map.entry(
                    "法人",
                    Set.of(OrganizationKind.FOUNDATION, OrganizationKind.NPO, OrganizationKind.INDUSTRY_ASSOCIATION)),
            Map.entry("市", Set.of(OrganizationKind.MUNICIPALITY)),
            Map.entry("県", Set.of(OrganizationKind.PREFECTURE)),
            Map.entry("町", Set.of(OrganizationKind.MUNICIPALITY)),
            Map.entry("村", Set.of(OrganizationKind.MUNICIPALITY)));

    private SelfReferences() {}

    /**
     * 同行, 同社, 同大学: the body of that kind the text named last; and 市は, 県と as news write of the city or the
     * prefecture named before (市は同ローンの利用者に…), the word standing alone after a mark or the passage's start.
     */
    private static final Pattern SAME =
            Pattern.compile("同(行|庫|社|大学|大|機構|センター|協議会|会議|財団|市|県|町|村)|(?<=^|[、。「（(\\s])([市県町])(?=は|が|と(?!し)|も|では|から)");

    /** The passages with their self-references added as mentions of the bodies they stand for. */
    static List<Reading.Named> resolve(List<Reading.Named> passages) {
        return same(own(passages));
    }

    /** 同行は…: the bank the text named last; 同社の: the company. */
    private static List<Reading.Named> same(List<Reading.Named> passages) {
        Map<String, OrganizationFinder.Mention> lastOfKind = new java.util.HashMap<>();
        List<Reading.Named> resolved = new ArrayList<>();
        for (var named : passages) {
            String text = named.passage().text();
            List<OrganizationFinder.Mention> mentions = new ArrayList<>(named.mentions());
            List<OrganizationFinder.Mention> added = new ArrayList<>();
            Matcher word = SAME.matcher(text);
            while (word.find()) {
                int start = word.start();
                int end = word.end();
                String said = word.group(1) != null ? word.group(1) : word.group(2);
                String kind = said.equals("大") || said.equals("大学") ? "学" : said;
                // The body named last before the word in this passage, or in those before it.
                var body = mentions.stream()
                        .filter(m -> m.end() <= start
                                && m.taken().map(g -> isOfKind(g.kind(), kind)).orElse(false))
                        .reduce((a, b) -> b)
                        .orElse(lastOfKind.get(kind));
                boolean free = mentions.stream().noneMatch(m -> m.start() < end && start < m.end());
                boolean alone = end == text.length() || "のはがをにとでもや、".indexOf(text.charAt(end)) >= 0;
                if (body != null && free && alone) {
                    // Written as the body itself, so that a later 同社 does not stand for this one.
                    added.add(new OrganizationFinder.Mention(
                            start,
                            end,
                            body.written(),
                            body.name(),
                            body.known(),
                            word.group() + " is " + body.name() + ", named just before",
                            body.guess(),
                            false));
                }
            }
            for (var mention : mentions) {
                mention.taken()
                        .ifPresent(guess -> KINDS.forEach((kind, kinds) -> {
                            if (kinds.contains(guess.kind())) {
                                lastOfKind.put(kind, mention);
                            }
                        }));
            }
            mentions.addAll(added);
            mentions.sort(Comparator.comparingInt(OrganizationFinder.Mention::start));
            resolved.add(new Reading.Named(named.passage(), mentions));
        }
        return resolved;
    }

    private static boolean isOfKind(OrganizationKind kind, String word) {
        var kinds = KINDS.get(word);
        return kinds != null && kinds.contains(kind);
    }

    /** 本学, 当行: the document's own body of that kind. */
    private static List<Reading.Named> own(List<Reading.Named> passages) {
        Map<String, OrganizationFinder.Mention> firstOfKind = new LinkedHashMap<>();
        for (var named : passages) {
            for (var written : named.mentions()) {
                // 国立大学法人東北大学　産学連携機構: a department's university is the document's 本学 too.
                var bodies = written.body() == null ? List.of(written) : List.of(written, written.body());
                for (var mention : bodies) {
                    mention.taken()
                            .map(OrganizationGuess::kind)
                            .ifPresent(kind -> KINDS.forEach((word, kinds) -> {
                                if (kinds.contains(kind)) {
                                    firstOfKind.putIfAbsent(word, mention);
                                }
                            }));
                }
            }
        }
        if (firstOfKind.isEmpty()) {
            return passages;
        }
        List<Reading.Named> resolved = new ArrayList<>();
        for (var named : passages) {
            String text = named.passage().text();
            List<OrganizationFinder.Mention> mentions = new ArrayList<>(named.mentions());
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                var body = firstOfKind.get(word.group(1) != null ? word.group(1) : word.group(2));
                int start = word.start();
                int end = word.end();
                boolean free = mentions.stream().noneMatch(m -> m.start() < end && start < m.end());
                // 本学の, 当行は: the word ends where a particle or a mark follows, not inside a longer word (本会議).
                boolean alone = end == text.length()
                        || !Character.isLetter(text.charAt(end))
                        || "のはがをにとでもや".indexOf(text.charAt(end)) >= 0
                        || text.startsWith("発", end);
                if (body != null && free && alone) {
                    mentions.add(new OrganizationFinder.Mention(
                            start,
                            end,
                            word.group(),
                            body.name(),
                            body.known(),
                            word.group() + " is the document's own " + body.name(),
                            body.guess(),
                            true));
                }
            }
            mentions.sort(Comparator.comparingInt(OrganizationFinder.Mention::start));
            resolved.add(new Reading.Named(named.passage(), mentions));
        }
        return resolved;
    }
}
