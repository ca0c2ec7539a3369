package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.Sector;
import org.neo4j.driver.Driver;

/**
 * Every organization already known, under every spelling: its name, aliases and legal name, each also without its
 * legal form, and the short forms Japanese writes (東北大 for 東北大学, 仙台高専 for 仙台高等専門学校). A known body is
 * recognized in any of them and resolved to its name in the graph, with the reason.
 */
public final class Gazetteer {

    /** An organization the graph (or a reviewed dataset) knows. */
    public record Known(String id, String name, Sector sector, List<OrganizationKind> kinds) {}

    /**
     * A spelling found in a text: whom it names and why it is taken to; {@code defined} when the document itself
     * defines it (以下「事業団」という), which makes even a bare ending such as 事業団 a name there.
     */
    record Match(Known known, String spelling, String reason, boolean defined) {}

    private static final int SHORTEST = 2;

    private final Map<String, Match> spellings = new HashMap<>();
    private int longest;

    private Gazetteer() {}

    public static Gazetteer empty() {
        return new Gazetteer();
    }

    /** The organizations of reviewed datasets, as the bundled corpus knows them. */
    public static Gazetteer of(Collection<Dataset> datasets) {
        var gazetteer = new Gazetteer();
        for (Dataset dataset : datasets) {
            for (var organization : dataset.organizations()) {
                if (organization.name() == null) {
                    continue;
                }
                // Datasets write names with their legal form or without; the graph keeps them without.
                var known = new Known(
                        null,
                        OrganizationNames.withoutLegalForm(organization.name()),
                        organization.sector(),
                        organization.kinds());
                gazetteer.add(known, organization.name(), organization.aliases());
            }
        }
        return gazetteer;
    }

    /**
     * The bodies a document names that no gazetteer knew, so that a second reading finds them where the document
     * writes them again without what made them names the first time (三陸マリンテック after 株式会社三陸マリンテック).
     */
    static Gazetteer ofNamed(Collection<OrganizationFinder.Mention> mentions) {
        var gazetteer = new Gazetteer();
        Map<String, Set<Known>> shortened = new HashMap<>();
        for (var named : mentions) {
            // 中小企業金融公庫仙台支店: the body a branch is of is named, and the branch is found again with it.
            var mention = named.isBranch() ? named.body() : named;
            if (mention.known() != null || mention.selfReference()) {
                continue;
            }
            mention.taken().ifPresent(guess -> {
                var known = new Known(
                        null, mention.name(), guess.sector(), guess.kind() == null ? List.of() : List.of(guess.kind()));
                gazetteer.put(mention.name(), known, "named so earlier in the document");
                shortForm(mention.name())
                        .ifPresent(form -> gazetteer.put(form, known, "the short form of " + mention.name()));
                if (guess.kind() == OrganizationKind.CONSORTIUM) {
                    endings(mention.name())
                            .forEach(ending -> shortened
                                    .computeIfAbsent(ending, e -> new LinkedHashSet<>())
                                    .add(known));
                }
            });
        }
        // 連携会議 for 東北スタートアップ連携会議: the end of a council's name, where only one council ends so.
        shortened.forEach((ending, councils) -> {
            if (councils.size() == 1 && !gazetteer.spellings.containsKey(compact(ending))) {
                var known = councils.iterator().next();
                gazetteer.put(ending, known, "the end of " + known.name() + ", named earlier in the document");
            }
        });
        return gazetteer;
    }

    /**
     * The spellings a document defines for the bodies it names (以下「事業団」という, an acronym in brackets), so that a
     * second reading finds the body wherever the document writes them.
     */
    static Gazetteer ofDefined(Map<String, OrganizationFinder.Mention> aliases) {
        var gazetteer = new Gazetteer();
        aliases.forEach((spelling, mention) -> {
            Known known = mention.known() != null
                    ? mention.known().known()
                    : mention.taken()
                            .map(guess -> new Known(
                                    null,
                                    mention.name(),
                                    guess.sector(),
                                    guess.kind() == null ? List.of() : List.of(guess.kind())))
                            .orElse(null);
            if (known != null) {
                gazetteer.put(spelling, known, "defined in the document for " + mention.name(), true);
            }
        });
        return gazetteer;
    }

    /** The ends of a council's name that still name a council: 連携会議, 推進協議会 (four characters or more). */
    private static List<String> endings(String name) {
        List<String> endings = new ArrayList<>();
        for (int from = 1; from + 4 <= name.length(); from++) {
            String ending = name.substring(from);
            if (ending.matches(".+(?:会議|協議会|コンソーシアム|ネットワーク|プラットフォーム)")
                    && Character.UnicodeScript.of(ending.charAt(0)) == Character.UnicodeScript.HAN) {
                endings.add(ending);
            }
        }
        return endings;
    }

    /** The organizations of the graph, with their ids. */
    public static Gazetteer of(Driver driver) {
        var gazetteer = new Gazetteer();
        driver.executableQuery("""
                        MATCH (o:Organization)
                        RETURN o.id AS id, o.name AS name, o.legalName AS legalName, coalesce(o.aliases, []) AS aliases,
                               o.sector AS sector, coalesce(o.kinds, []) AS kinds""").execute().records().forEach(record -> {
            List<String> aliases = new ArrayList<>(record.get("aliases").asList(v -> v.asString()));
            if (!record.get("legalName").isNull()) {
                aliases.add(record.get("legalName").asString());
            }
            var known = new Known(
                    record.get("id").asString(),
                    record.get("name").asString(),
                    Sector.valueOf(record.get("sector").asString()),
                    record.get("kinds").asList(v -> OrganizationKind.valueOf(v.asString())));
            gazetteer.add(known, known.name(), aliases);
        });
        return gazetteer;
    }

    /** Adds the organizations of another gazetteer that this one does not know under any of their spellings. */
    public Gazetteer with(Gazetteer other) {
        other.spellings.forEach((spelling, match) -> {
            if (!spellings.containsKey(spelling)) {
                spellings.put(spelling, match);
                longest = Math.max(longest, spelling.length());
            }
        });
        return this;
    }

    public int size() {
        return (int) spellings.values().stream().map(Match::known).distinct().count();
    }

    private void add(Known known, String name, List<String> aliases) {
        Set<String> written = new LinkedHashSet<>();
        written.add(name);
        written.addAll(aliases);
        for (String spelling : written) {
            String bare = OrganizationNames.withoutLegalForm(spelling);
            if (isDivisionAlone(known.name(), bare)) {
                continue; // 経営支援部 for 21あおもり産業総合支援センター経営支援部: it names the division at home only
            }
            put(spelling, known, spelling.equals(name) ? "its name" : "a spelling of " + known.name());
            put(bare, known, spelling.equals(name) ? "its name" : "a spelling of " + known.name());
            shortForm(bare).ifPresent(form -> put(form, known, "the short form of " + known.name()));
        }
    }

    /** Whether a spelling is the name of a division without the body it is a division of (部, 課, 室). */
    private static boolean isDivisionAlone(String name, String spelling) {
        return spelling.length() < name.length() && name.endsWith(spelling) && spelling.matches(".+[部課室]");
    }

    /** 東北大学 → 東北大, 仙台高等専門学校 → 仙台高専, 聖和学園短期大学 → 聖和学園短大, 七十七銀行 → 七十七銀 (as news write it). */
    static Optional<String> shortForm(String name) {
        String[][] forms = {{"高等専門学校", "高専"}, {"短期大学", "短大"}, {"大学", "大"}, {"銀行", "銀"}};
        for (String[] form : forms) {
            if (name.endsWith(form[0]) && name.length() > form[0].length() + 1) {
                return Optional.of(name.substring(0, name.length() - form[0].length()) + form[1]);
            }
        }
        return Optional.empty();
    }

    private void put(String spelling, Known known, String reason) {
        put(spelling, known, reason, false);
    }

    private void put(String spelling, Known known, String reason, boolean defined) {
        String compact = compact(spelling);
        // 以下「甲」という: a document may define even one letter for a body; other spellings need more.
        if (compact.isEmpty()
                || !defined && (compact.length() < SHORTEST || compact.length() < 3 && !isLatin(compact))) {
            return;
        }
        // The first organization to claim a spelling keeps it: a name before another's alias.
        var earlier = spellings.get(compact);
        if (earlier == null || !earlier.reason().equals("its name") && reason.equals("its name")) {
            spellings.put(compact, new Match(known, spelling, reason, defined));
            longest = Math.max(longest, compact.length());
        }
    }

    /** A known organization a new name may be, and why. */
    public record Near(Known known, String reason) {}

    /** The known body a name begins with (東北大学 in 東北大学金属材料研究所), the longest, if any. */
    Optional<Known> parentOf(String name) {
        String compact = compact(OrganizationNames.withoutLegalForm(name));
        for (int length = Math.min(longest, compact.length() - 2); length >= 3; length--) {
            var match = spellings.get(compact.substring(0, length));
            if (match != null) {
                return Optional.of(match.known());
            }
        }
        return Optional.empty();
    }

    /** Whether a spelling names a known organization. */
    public boolean knows(String spelling) {
        return lookUp(spelling).isPresent();
    }

    /**
     * The known organizations a new name may be, longest spelling first: those whose name it contains (七十七銀行 in
     * 七十七銀行法人営業部, a part or the body itself) and those whose name contains it (東北学院 in 東北学院大学).
     */
    public List<Near> near(String name) {
        String compact = compact(name);
        Map<Known, Near> near = new LinkedHashMap<>();
        spellings.entrySet().stream()
                .filter(entry -> entry.getKey().length() >= 3 && !entry.getKey().equals(compact))
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(entry -> {
                    Known known = entry.getValue().known();
                    if (compact.contains(entry.getKey())) {
                        near.putIfAbsent(
                                known,
                                new Near(
                                        known,
                                        "its name contains " + entry.getValue().spelling()));
                    } else if (compact.length() >= 3 && entry.getKey().contains(compact)) {
                        near.putIfAbsent(known, new Near(known, entry.getValue().spelling() + " contains its name"));
                    }
                });
        return near.values().stream().limit(5).toList();
    }

    /** The known organization this exact spelling names. */
    Optional<Match> lookUp(String spelling) {
        return Optional.ofNullable(spellings.get(compact(spelling)));
    }

    /**
     * Every known spelling in a text, longest first where they overlap, as {start, end, match}: the offsets are the
     * text's own (spaces inside a spelling are skipped).
     */
    List<Found> find(String text) {
        StringBuilder compact = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                compact.append(Character.toLowerCase(text.charAt(i)));
                at.add(i);
            }
        }
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < compact.length()) {
            Match match = null;
            int length = Math.min(longest, compact.length() - i);
            for (; length >= 1; length--) {
                match = spellings.get(compact.substring(i, i + length));
                if (match != null && fits(compact, i, i + length, match)) {
                    break;
                }
                match = null;
            }
            if (match == null) {
                i++;
                continue;
            }
            found.add(new Found(at.get(i), at.get(i + length - 1) + 1, match));
            i += length;
        }
        return found;
    }

    record Found(int start, int end, Match match) {}

    /**
     * A Latin spelling (TAP, NTT) counts only as a word of its own, not inside another; so does a defined spelling
     * shorter than names are (甲 in 甲、乙及び丙, not in 甲子園).
     */
    private static boolean fits(CharSequence text, int start, int end, Match match) {
        String spelling = text.subSequence(start, end).toString();
        if (!isLatin(spelling) && spelling.length() < 3) {
            return match.defined() && !isWordChar(text, start - 1) && !isWordChar(text, end);
        }
        if (!isLatin(spelling)) {
            return true;
        }
        boolean before = start > 0 && isLatinChar(text.charAt(start - 1));
        boolean after = end < text.length() && isLatinChar(text.charAt(end));
        return !before && !after;
    }

    private static boolean isWordChar(CharSequence text, int at) {
        if (at < 0 || at >= text.length() || "及並又等".indexOf(text.charAt(at)) >= 0) {
            return false; // 甲、乙及び丙: a word that joins names stands between them
        }
        var script = Character.UnicodeScript.of(text.charAt(at));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
    }

    static String compact(String spelling) {
        return OrganizationNames.clean(spelling).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isLatin(String text) {
        return text.chars().allMatch(c -> isLatinChar((char) c));
    }

    private static boolean isLatinChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
