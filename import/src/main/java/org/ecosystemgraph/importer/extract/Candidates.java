package org.ecosystemgraph.importer.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.Dataset.Source;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.Sector;

/**
 * What the extractors found in one document, gathered into a dataset for people to review. Names are resolved as
 * they come in: a spelling the gazetteer knows becomes the known organization's name (and sector), and every
 * resolution is noted with its reason.
 */
final class Candidates {

    /** An agreement the document states: what the extractors filled in of it so far. */
    private static final class AgreementDraft {
        String title;
        final Set<String> parties = new LinkedHashSet<>();
        String signedOn;
        String validTo;
        Source source;
    }

    private final String document;
    private final Gazetteer gazetteer;
    private final Map<String, Dataset.Organization> organizations = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Map<String, Dataset.Membership> memberships = new LinkedHashMap<>();
    private final Map<String, Dataset.Provides> provides = new LinkedHashMap<>();
    private final Map<String, Dataset.Relation> relations = new LinkedHashMap<>();
    private final List<Dataset.Clause> clauses = new ArrayList<>();
    private final List<Dataset.Kpi> kpis = new ArrayList<>();
    private final AgreementDraft agreement = new AgreementDraft();

    Candidates(String document, Gazetteer gazetteer) {
        this.document = document;
        this.gazetteer = gazetteer;
    }

    static Source at(int line, String quote) {
        return new Source(String.valueOf(line), quote.strip());
    }

    /** The name an organization goes by in the candidates: the graph's name for a known body, else as written. */
    String resolve(String written) {
        String alias = aliases.get(OrganizationNames.key(written));
        if (alias != null) {
            return alias;
        }
        String bare = OrganizationNames.withoutLegalForm(written.strip());
        return gazetteer
                .lookUp(written)
                .map(match -> match.known().name())
                .or(() -> shortFor(bare))
                .orElse(bare);
    }

    /** 推進会議 after あきた産学官金連携推進会議: the end of a name the document gave in full before. */
    private Optional<String> shortFor(String bare) {
        if (bare.length() < 3
                || OrganizationGuess.ENDINGS.stream().noneMatch(e -> e.length() >= 2 && bare.endsWith(e))) {
            return Optional.empty();
        }
        return organizations.values().stream()
                .map(Dataset.Organization::name)
                .filter(name -> name.length() > bare.length() + 1 && name.endsWith(bare))
                .findFirst();
    }

    /** A word by which the document means an organization (本学, 当行), for this document only. */
    void refersTo(String word, String name) {
        aliases.putIfAbsent(OrganizationNames.key(word), resolve(name));
    }

    /**
     * The known body a name begins with when the rest names a unit of it (a centre, an office, a branch), not a
     * body of its own: ジェトロ for ジェトロ仙台貿易情報センター; a city or a prefecture only says where its namesakes are.
     */
    Optional<String> parentNamed(String written) {
        return gazetteer
                .parentOf(written)
                .filter(parent -> parent.sector() != Sector.GOVERNMENT)
                .filter(parent -> UNIT.matcher(written).find())
                .map(Gazetteer.Known::name);
    }

    private static final Pattern UNIT = Pattern.compile("(?:センター|研究所|本部|支部|支店|支社|事務所|部|課|室)$");

    /** A spelling the document defines for a name (以下「…」という): its later mentions are that organization. */
    void alias(String spelling, String name) {
        aliases.putIfAbsent(OrganizationNames.key(spelling), resolve(name));
        if (OrganizationGuess.ENDINGS.contains(spelling) || spelling.strip().length() < 3) {
            // 以下「事業団」, 以下「甲」: a bare word of a kind of body, or a party's letter, is the document's own word
            // for it, no alias for the corpus
            return;
        }
        String key = OrganizationNames.key(resolve(name));
        var known = organizations.get(key);
        if (known != null && !known.aliases().contains(spelling)) {
            List<String> more = new ArrayList<>(known.aliases());
            more.add(spelling);
            organizations.put(key, withAliases(known, more));
        }
    }

    /** Adds an organization, or fills in what an earlier mention lacked. Returns false if the name is no name. */
    boolean organization(String written, String address, String phone, Source source) {
        return organization(written, address, phone, source, null);
    }

    /** The same, with the guess to take when the name itself suggests none (a name the dictionary knows). */
    boolean organization(String written, String address, String phone, Source source, OrganizationGuess fallback) {
        String name = resolve(written);
        var known = Optional.ofNullable(aliases.get(OrganizationNames.key(written)))
                .flatMap(gazetteer::lookUp)
                .or(() -> gazetteer.lookUp(written));
        // A part of a body the graph knows (東北大学金属材料研究所, 七十七銀行仙台支店) is of the body's sector.
        var parent = known.isEmpty() ? gazetteer.parentOf(written) : Optional.<Gazetteer.Known>empty();
        var guess = known.map(match -> new OrganizationGuess(
                        match.known().sector(),
                        match.known().kinds().isEmpty()
                                ? null
                                : match.known().kinds().get(0)))
                .or(() -> OrganizationGuess.of(written)
                        .map(own -> parent.map(p -> OrganizationGuess.partOf(p, own))
                                .orElse(own)))
                .or(() -> Optional.ofNullable(fallback));
        if (guess.isEmpty() || guess.get().sector() == null) {
            return false;
        }
        known.ifPresent(match -> {
            if (!match.spelling().equals(name) || !written.strip().equals(name)) {
                notes.putIfAbsent(
                        OrganizationNames.key(written), written.strip() + " → " + name + ": " + match.reason());
            }
        });
        String key = OrganizationNames.key(name);
        var earlier = organizations.get(key);
        List<String> spellings = new ArrayList<>(earlier == null ? List.of() : earlier.aliases());
        String cleaned = OrganizationNames.clean(written);
        if (!cleaned.equals(name)
                && cleaned.length() >= 2 // 甲, 乙: a party's letter in an agreement is no spelling of the body
                && !spellings.contains(cleaned)
                && !name.endsWith(cleaned)
                && !OrganizationNames.key(cleaned).equals(key)) {
            spellings.add(cleaned);
        }
        List<org.ecosystemgraph.model.OrganizationKind> kinds =
                guess.get().kind() == null ? List.of() : List.of(guess.get().kind());
        organizations.put(
                key,
                new Dataset.Organization(
                        earlier == null ? name : earlier.name(),
                        earlier != null
                                ? earlier.legalForm()
                                : OrganizationNames.legalForm(written).orElse(null),
                        null,
                        spellings,
                        earlier == null ? guess.get().sector() : earlier.sector(),
                        earlier == null ? kinds : earlier.kinds(),
                        earlier != null && earlier.address() != null ? earlier.address() : address,
                        earlier != null && earlier.phone() != null ? earlier.phone() : phone,
                        null,
                        List.of(),
                        earlier != null
                                ? earlier.partOf()
                                : parent.map(Gazetteer.Known::name).orElse(null),
                        null,
                        null,
                        null,
                        earlier == null ? source : earlier.source()));
        return true;
    }

    /** A department's body, when the graph did not already know which it is part of. */
    void partOf(String department, String body) {
        String key = OrganizationNames.key(resolve(department));
        var earlier = organizations.get(key);
        if (earlier != null && earlier.partOf() == null && isOrganization(body)) {
            organizations.put(key, withPartOf(earlier, resolve(body)));
        }
    }

    boolean isOrganization(String written) {
        return organizations.containsKey(OrganizationNames.key(resolve(written)));
    }

    void provides(String organization, String function, Source source) {
        String name = resolve(organization);
        provides.putIfAbsent(
                OrganizationNames.key(name) + " " + function, new Dataset.Provides(name, function, source));
    }

    void membership(String member, String consortium, Source source) {
        membership(member, consortium, null, source);
    }

    void membership(String member, String consortium, String role, Source source) {
        String who = resolve(member);
        String of = resolve(consortium);
        if (OrganizationNames.key(who).equals(OrganizationNames.key(of))) {
            return;
        }
        String key = OrganizationNames.key(who) + " in " + OrganizationNames.key(of);
        var earlier = memberships.get(key);
        if (earlier == null || earlier.role() == null && role != null) {
            memberships.put(key, new Dataset.Membership(who, of, role, null, null, null, source));
        }
    }

    /** The consortia a member belongs to in the candidates so far. */
    List<String> consortiaOf(String member) {
        String who = OrganizationNames.key(resolve(member));
        return memberships.values().stream()
                .filter(membership -> OrganizationNames.key(membership.member()).equals(who))
                .map(Dataset.Membership::consortium)
                .toList();
    }

    /** SPUN_OFF_FROM, INVESTS_IN and the other relations between two organizations. */
    void relation(String type, String from, String to, String date, Source source) {
        String a = resolve(from);
        String b = resolve(to);
        if (OrganizationNames.key(a).equals(OrganizationNames.key(b))) {
            return;
        }
        relations.putIfAbsent(
                type + " " + OrganizationNames.key(a) + " " + OrganizationNames.key(b),
                new Dataset.Relation(type, a, b, date, null, source));
    }

    void clause(String number, String heading, String text, Source source) {
        if (clauses.stream().noneMatch(clause -> clause.number().equals(number))) {
            clauses.add(new Dataset.Clause(number, heading, text, null, List.of(), source));
        }
    }

    boolean hasAgreement() {
        return agreement.title != null || agreement.parties.size() >= 2;
    }

    boolean hasClauses() {
        return !clauses.isEmpty();
    }

    /** The agreement the document states: its title, date and parties, as far as they are found. */
    void agreement(String title, List<String> parties, String signedOn, Source source) {
        if (agreement.title == null && title != null) {
            agreement.title = title;
            agreement.source = source;
        }
        parties.forEach(party -> agreement.parties.add(resolve(party)));
        if (agreement.signedOn == null) {
            agreement.signedOn = signedOn;
        }
        if (agreement.source == null) {
            agreement.source = source;
        }
    }

    void agreementTerm(String signed, String validTo) {
        if (signed != null && agreement.signedOn == null) {
            agreement.signedOn = signed;
        }
        if (validTo != null && agreement.validTo == null) {
            agreement.validTo = validTo;
        }
    }

    void kpi(String indicator, String target, String unit, String targetYear, Source source) {
        boolean again = kpis.stream()
                .anyMatch(kpi -> kpi.target().equals(target)
                        && kpi.unit().equals(unit)
                        && kpi.source()
                                .lines()
                                .split("-")[0]
                                .equals(source.lines().split("-")[0]));
        if (!again) {
            kpis.add(new Dataset.Kpi(indicator, target, unit, targetYear, null, null, source));
        }
    }

    /** How names were resolved to organizations already known, one line each. */
    List<String> notes() {
        return List.copyOf(notes.values());
    }

    Dataset toDataset() {
        List<Dataset.Agreement> agreements = clauses.isEmpty() && agreement.title == null
                ? List.of()
                : List.of(new Dataset.Agreement(
                        document + "-agreement",
                        agreement.title == null ? "(extracted) " + document : agreement.title,
                        List.copyOf(agreement.parties),
                        agreement.signedOn,
                        null,
                        agreement.validTo,
                        null,
                        null,
                        List.of(),
                        clauses,
                        agreement.source != null
                                ? agreement.source
                                : clauses.get(0).source()));
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
                List.copyOf(memberships.values()),
                List.copyOf(provides.values()),
                List.copyOf(relations.values()),
                agreements,
                List.of(),
                List.of(),
                plans,
                List.of(),
                List.of());
    }

    private static Dataset.Organization withPartOf(Dataset.Organization o, String partOf) {
        return new Dataset.Organization(
                o.name(),
                o.legalForm(),
                o.nameEn(),
                o.aliases(),
                o.sector(),
                o.kinds(),
                o.address(),
                o.phone(),
                o.place(),
                o.locations(),
                partOf,
                o.established(),
                o.memberCount(),
                o.description(),
                o.source());
    }

    private static Dataset.Organization withAliases(Dataset.Organization o, List<String> aliases) {
        return new Dataset.Organization(
                o.name(),
                o.legalForm(),
                o.nameEn(),
                aliases,
                o.sector(),
                o.kinds(),
                o.address(),
                o.phone(),
                o.place(),
                o.locations(),
                o.partOf(),
                o.established(),
                o.memberCount(),
                o.description(),
                o.source());
    }
}
