package org.ecosystemgraph.importer.extract;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * How the extractors did on a document whose facts people have written down: for organizations and for each kind
 * of relation, how many of the expected facts were found (recall) and how many found facts were expected
 * (precision). Facts compare by normalized name (through the expected aliases), function code, clause number and
 * target figure.
 */
public final class Score {

    /** The kinds scored, in the order reports print them. */
    public static final List<String> KINDS =
            List.of("organizations", "parties", "memberships", "functions", "clauses", "kpis", "ventures");

    /** Expected, found and both, of one kind. */
    public record Kind(Set<String> expected, Set<String> found, Set<String> hits) {

        public double recall() {
            return expected.isEmpty() ? 1.0 : (double) hits.size() / expected.size();
        }

        public double precision() {
            return found.isEmpty() ? 1.0 : (double) hits.size() / found.size();
        }

        public List<String> missed() {
            return expected.stream().filter(fact -> !hits.contains(fact)).toList();
        }

        public List<String> wrong() {
            return found.stream().filter(fact -> !hits.contains(fact)).toList();
        }

        Kind plus(Kind other) {
            return new Kind(union(expected, other.expected), union(found, other.found), union(hits, other.hits));
        }
    }

    private final Map<String, Kind> kinds;

    private Score(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    public static Score of(Dataset expected, Dataset extracted, SupportFunctionTaxonomy taxonomy) {
        Function<String, String> organization = canonicalizer(expected);
        Map<String, Set<String>> want = facts(expected, organization, taxonomy);
        Map<String, Set<String>> got = facts(extracted, throughSpellings(extracted, expected), taxonomy);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Set<String> hits = new LinkedHashSet<>(want.get(kind));
            hits.retainAll(got.get(kind));
            kinds.put(kind, new Kind(want.get(kind), got.get(kind), hits));
        }
        return new Score(kinds);
    }

    /** Several documents' scores as one, each document's facts its own (a name in two documents counts twice). */
    public static Score sum(Map<String, Score> scores) {
        Map<String, Kind> total = new LinkedHashMap<>();
        for (String kind : KINDS) {
            Kind sum = new Kind(Set.of(), Set.of(), Set.of());
            for (var document : scores.entrySet()) {
                Kind own = document.getValue().kinds.get(kind);
                sum = sum.plus(new Kind(
                        prefixed(document.getKey(), own.expected),
                        prefixed(document.getKey(), own.found),
                        prefixed(document.getKey(), own.hits)));
            }
            total.put(kind, sum);
        }
        return new Score(total);
    }

    public Map<String, Kind> kinds() {
        return kinds;
    }

    public Kind kind(String name) {
        return kinds.get(name);
    }

    /** Every relation kind together: parties, memberships, functions and clauses (the targets' "relations"). */
    public Kind relations() {
        Kind all = new Kind(Set.of(), Set.of(), Set.of());
        for (String kind : List.of("parties", "memberships", "functions", "clauses")) {
            Kind own = kinds.get(kind);
            all = all.plus(new Kind(prefixed(kind, own.expected), prefixed(kind, own.found), prefixed(kind, own.hits)));
        }
        return all;
    }

    /** Names map to the expected dataset's own spelling of the organization, through its aliases. */
    private static Function<String, String> canonicalizer(Dataset expected) {
        Map<String, String> canonical = spellings(expected);
        return name -> {
            String key = OrganizationNames.key(name);
            return canonical.getOrDefault(key, key);
        };
    }

    /** Every spelling of the expected organizations, to the key of the name each spells. */
    private static Map<String, String> spellings(Dataset expected) {
        Map<String, String> canonical = new TreeMap<>();
        for (var record : expected.organizations()) {
            if (record.name() == null) {
                continue;
            }
            String key = OrganizationNames.key(record.name());
            canonical.putIfAbsent(key, key);
            record.aliases().forEach(alias -> canonical.putIfAbsent(OrganizationNames.key(alias), key));
        }
        return canonical;
    }

    /**
     * A found body named otherwise than the expected one is still that body when one of its spellings is: the
     * graph's 多元物質科学研究所, written 東北大学多元物質科学研究所 in the document.
     */
    private static Function<String, String> throughSpellings(Dataset found, Dataset expected) {
        Map<String, String> known = spellings(expected);
        Map<String, String> canonical = new TreeMap<>();
        for (var record : found.organizations()) {
            if (record.name() == null) {
                continue;
            }
            String key = OrganizationNames.key(record.name());
            record.aliases().stream()
                    .map(alias -> known.get(OrganizationNames.key(alias)))
                    .filter(match -> match != null && !known.containsKey(key))
                    .findFirst()
                    .ifPresent(match -> canonical.put(key, match));
        }
        return name -> {
            String key = OrganizationNames.key(name);
            return canonical.getOrDefault(key, known.getOrDefault(key, key));
        };
    }

    private static Map<String, Set<String>> facts(
            Dataset dataset, Function<String, String> organization, SupportFunctionTaxonomy taxonomy) {
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        KINDS.forEach(kind -> facts.put(kind, new LinkedHashSet<>()));
        for (var record : dataset.organizations()) {
            if (record.name() != null) {
                facts.get("organizations").add(organization.apply(record.name()));
            }
        }
        for (var record : dataset.provides()) {
            if (record.organization() != null) {
                taxonomy.find(record.function())
                        .ifPresent(function -> facts.get("functions")
                                .add(organization.apply(record.organization()) + " " + function.code()));
            }
        }
        for (var record : dataset.memberships()) {
            if (record.member() != null && record.consortium() != null) {
                facts.get("memberships")
                        .add(organization.apply(record.member()) + " in " + organization.apply(record.consortium()));
            }
        }
        for (var agreement : dataset.agreements()) {
            agreement.parties().forEach(party -> facts.get("parties").add(organization.apply(party)));
            for (var clause : agreement.clauses()) {
                if (clause.number() != null) {
                    facts.get("clauses")
                            .add(OrganizationNames.clean(clause.number()).replace(" ", ""));
                }
            }
        }
        for (var plan : dataset.plans()) {
            plan.kpis().forEach(kpi -> facts.get("kpis").add(target(kpi)));
            plan.items().forEach(item -> itemKpis(item, facts.get("kpis")));
        }
        for (var relation : dataset.relations()) {
            if (relation.type().equals("SPUN_OFF_FROM") || relation.type().equals("INVESTS_IN")) {
                facts.get("ventures")
                        .add(organization.apply(relation.from()) + " " + relation.type() + " "
                                + organization.apply(relation.to()));
            }
        }
        return facts;
    }

    private static void itemKpis(Dataset.PlanItem item, Set<String> kpis) {
        item.kpis().forEach(kpi -> kpis.add(target(kpi)));
        item.items().forEach(child -> itemKpis(child, kpis));
    }

    private static String target(Dataset.Kpi kpi) {
        String unit = kpi.unit() == null ? "" : OrganizationNames.clean(kpi.unit());
        // 300社以上 is written as target 300以上 or as unit 社以上: the figure and the unit are what is compared.
        return (OrganizationNames.clean(String.valueOf(kpi.target())).replace(",", "") + unit).replaceAll("以上|超", "");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new LinkedHashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static Set<String> prefixed(String document, Set<String> facts) {
        Set<String> prefixed = new LinkedHashSet<>();
        facts.forEach(fact -> prefixed.add(document + ": " + fact));
        return prefixed;
    }
}
