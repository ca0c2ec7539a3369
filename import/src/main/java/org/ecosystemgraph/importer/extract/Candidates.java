package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.Dataset.Source;
import org.ecosystemgraph.model.OrganizationNames;

/** What the extractors found in one document, gathered into a dataset for people to review. */
final class Candidates {

    private final String document;
    private final Map<String, Dataset.Organization> organizations = new LinkedHashMap<>();
    private final List<Dataset.Membership> memberships = new ArrayList<>();
    private final List<Dataset.Provides> provides = new ArrayList<>();
    private final List<Dataset.Clause> clauses = new ArrayList<>();
    private final List<Dataset.Kpi> kpis = new ArrayList<>();
    private String agreementSigned;
    private String agreementValidTo;

    Candidates(String document) {
        this.document = document;
    }

    static Source at(int line, String quote) {
        return new Source(String.valueOf(line), quote.strip());
    }

    /** Adds an organization, or fills in what an earlier mention lacked. Returns false if the name is no name. */
    boolean organization(String name, String address, String phone, Source source) {
        var guess = OrganizationGuess.of(name);
        if (guess.isEmpty()) {
            return false;
        }
        String key = OrganizationNames.key(name);
        var earlier = organizations.get(key);
        organizations.put(
                key,
                new Dataset.Organization(
                        earlier == null ? name.strip() : earlier.name(),
                        null,
                        null,
                        List.of(),
                        guess.get().sector(),
                        List.of(guess.get().kind()),
                        earlier != null && earlier.address() != null ? earlier.address() : address,
                        earlier != null && earlier.phone() != null ? earlier.phone() : phone,
                        null,
                        null,
                        null,
                        null,
                        null,
                        earlier == null ? source : earlier.source()));
        return true;
    }

    void provides(String organization, String function, Source source) {
        provides.add(new Dataset.Provides(organization.strip(), function, source));
    }

    void membership(String member, String consortium, Source source) {
        memberships.add(new Dataset.Membership(member.strip(), consortium.strip(), null, null, null, null, source));
    }

    void clause(String number, String heading, String text, Source source) {
        if (clauses.stream().noneMatch(clause -> clause.number().equals(number))) {
            clauses.add(new Dataset.Clause(number, heading, text, null, List.of(), source));
        }
    }

    void agreementTerm(String signed, String validTo) {
        if (signed != null && agreementSigned == null) {
            agreementSigned = signed;
        }
        if (validTo != null && agreementValidTo == null) {
            agreementValidTo = validTo;
        }
    }

    void kpi(String indicator, String target, String unit, String targetYear, Source source) {
        kpis.add(new Dataset.Kpi(indicator, target, unit, targetYear, null, null, source));
    }

    Dataset toDataset() {
        List<Dataset.Agreement> agreements = clauses.isEmpty()
                ? List.of()
                : List.of(new Dataset.Agreement(
                        document + "-agreement",
                        "(extracted) " + document,
                        List.of(),
                        agreementSigned,
                        null,
                        agreementValidTo,
                        null,
                        null,
                        List.of(),
                        clauses,
                        clauses.get(0).source()));
        List<Dataset.Plan> plans = kpis.isEmpty()
                ? List.of()
                : List.of(new Dataset.Plan(
                        document + "-kpis",
                        "(extracted) KPIs of " + document,
                        null,
                        null,
                        null,
                        List.of(),
                        kpis,
                        kpis.get(0).source()));
        return new Dataset(
                document,
                List.copyOf(organizations.values()),
                memberships,
                provides,
                List.of(),
                agreements,
                List.of(),
                List.of(),
                plans,
                List.of(),
                List.of());
    }
}
