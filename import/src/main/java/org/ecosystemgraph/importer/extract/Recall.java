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
 * How many of a reviewed dataset's facts the extractors found unaided: organizations, phone numbers, function
 * credits, memberships, clauses and KPI targets, compared by normalized name, code and number. The missed facts are
 * the corrections people made by hand.
 */
public final class Recall {

    /** Found and missed facts of one kind. */
    public record Kind(int reviewed, int found, List<String> missed) {
        public double recall() {
            return reviewed == 0 ? 1.0 : (double) found / reviewed;
        }
    }

    private final Map<String, Kind> kinds;

    private Recall(Map<String, Kind> kinds) {
        this.kinds = kinds;
    }

    public static Recall of(Dataset reviewed, Dataset extracted, SupportFunctionTaxonomy taxonomy) {
        Function<String, String> organization = canonicalizer(reviewed);
        Map<String, Set<String>> expected = facts(reviewed, organization, taxonomy);
        Map<String, Set<String>> found = facts(extracted, organization, taxonomy);
        Map<String, Kind> kinds = new LinkedHashMap<>();
        expected.forEach((kind, facts) -> {
            Set<String> hits = new LinkedHashSet<>(facts);
            hits.retainAll(found.getOrDefault(kind, Set.of()));
            List<String> missed =
                    facts.stream().filter(fact -> !hits.contains(fact)).toList();
            kinds.put(kind, new Kind(facts.size(), hits.size(), missed));
        });
        return new Recall(kinds);
    }

    public Map<String, Kind> kinds() {
        return kinds;
    }

    public int reviewed() {
        return kinds.values().stream().mapToInt(Kind::reviewed).sum();
    }

    public int found() {
        return kinds.values().stream().mapToInt(Kind::found).sum();
    }

    public double recall() {
        return reviewed() == 0 ? 1.0 : (double) found() / reviewed();
    }

    /** Names map to the reviewed dataset's own spelling of the organization, through its aliases. */
    private static Function<String, String> canonicalizer(Dataset reviewed) {
        Map<String, String> canonical = new TreeMap<>();
        for (var record : reviewed.organizations()) {
            if (record.name() == null) {
                continue;
            }
            String key = OrganizationNames.key(record.name());
            canonical.putIfAbsent(key, key);
            record.aliases().forEach(alias -> canonical.putIfAbsent(OrganizationNames.key(alias), key));
        }
        return name -> {
            String key = OrganizationNames.key(name);
            return canonical.getOrDefault(key, key);
        };
    }

    private static Map<String, Set<String>> facts(
            Dataset dataset, Function<String, String> organization, SupportFunctionTaxonomy taxonomy) {
        Map<String, Set<String>> facts = new LinkedHashMap<>();
        for (String kind : List.of("organizations", "phones", "functions", "memberships", "clauses", "kpis")) {
            facts.put(kind, new LinkedHashSet<>());
        }
        for (var record : dataset.organizations()) {
            if (record.name() == null) {
                continue;
            }
            facts.get("organizations").add(organization.apply(record.name()));
            if (record.phone() != null) {
                facts.get("phones")
                        .add(organization.apply(record.name()) + " "
                                + record.phone().replaceAll("\\D", ""));
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
            for (var clause : agreement.clauses()) {
                if (clause.number() != null) {
                    facts.get("clauses")
                            .add(OrganizationNames.clean(clause.number())
                                    .replace(" ", "")
                                    .replace("(", "(")); // numbers compare as written after width folding
                }
            }
        }
        for (var plan : dataset.plans()) {
            plan.kpis().forEach(kpi -> facts.get("kpis").add(target(kpi)));
            plan.items().forEach(item -> itemKpis(item, facts.get("kpis")));
        }
        facts.values().removeIf(Set::isEmpty);
        return facts;
    }

    private static void itemKpis(Dataset.PlanItem item, Set<String> kpis) {
        item.kpis().forEach(kpi -> kpis.add(target(kpi)));
        item.items().forEach(child -> itemKpis(child, kpis));
    }

    private static String target(Dataset.Kpi kpi) {
        String unit = kpi.unit() == null ? "" : OrganizationNames.clean(kpi.unit());
        return OrganizationNames.clean(String.valueOf(kpi.target())).replace(",", "") + unit;
    }
}
