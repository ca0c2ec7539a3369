package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Value;

/**
 * The evidence of every relationship states it (issue 18): each quote a relationship keeps names both its ends, by any
 * of their names after the importer's normalization ({@link OrganizationNames#key}), or names one end while its
 * {@code heading} names the other (a member list under its consortium's heading: the dataset's {@code source.heading},
 * which the importer puts before the quote, "heading … quote").
 *
 * <p>Where the other end is the section itself by the nature of the relationship (a plan's items under the plan, a
 * node's {@code SOURCED_FROM} the document it stands in), {@link #RULES} asks for the one end the lines must name and
 * says why. Every other quote that does not name both ends is listed, one by one with its reason, in {@link
 * #EXCEPTIONS}; a violation not listed there fails, and so does a listed one that no longer occurs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceNamesEndsTest {

    /** The exceptions allowed one by one: type, from, to, source, reason (tab separated; # starts a comment). */
    static final String EXCEPTIONS = "evidence-exceptions.tsv";

    /** What a quote must name. */
    enum Ends {
        /** Both ends. */
        BOTH,
        /** The start. */
        FROM,
        /** The start, where it is an organization; other nodes' sources are descriptions as often as names. */
        FROM_ORGANIZATION,
        /** Either end: the other is the dataset's classification of the record the quote states. */
        EITHER,
        /** Nothing more than the end's own statement: the quote is one of the sources of the end node itself. */
        END_STATED_THERE
    }

    record Rule(Ends ends, String reason) {}

    /** The relationship types that need less than both ends named, each with the reason; every other needs both. */
    static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry(
                    "SOURCED_FROM",
                    new Rule(
                            Ends.FROM_ORGANIZATION,
                            "the end is the document the quote stands in; an organization's quote names it, while"
                                    + " a place, field, plan item or KPI may be stated by what the document says of it")),
            Map.entry(
                    "HAS_ITEM",
                    new Rule(
                            Ends.END_STATED_THERE,
                            "an item is words of its plan under the plan's (or parent item's) heading; the tie"
                                    + " stands on the item's own source")),
            Map.entry(
                    "HAS_KPI",
                    new Rule(Ends.END_STATED_THERE, "a KPI is stated in its item's section, on its own source")),
            Map.entry(
                    "HAS_CLAUSE",
                    new Rule(Ends.END_STATED_THERE, "a clause is words of its agreement, on its own source")),
            Map.entry(
                    "HAS_INITIATIVE",
                    new Rule(Ends.END_STATED_THERE, "an initiative is listed under its clause, on its own source")),
            Map.entry(
                    "HAS_EVENT",
                    new Rule(
                            Ends.END_STATED_THERE,
                            "an event (signing, renewal) has no name; it is the words that date it, under its"
                                    + " agreement")),
            Map.entry(
                    "CONTACT_FOR",
                    new Rule(
                            Ends.END_STATED_THERE,
                            "the contact unit is listed under the clauses it answers for (【１（３）①に関すること】"
                                    + " 経済局産業振興課); the tie stands on the clause's source")),
            Map.entry(
                    "PARTNER_IN",
                    new Rule(Ends.FROM, "an initiative is a passage of its clause; the quote is that passage")),
            Map.entry(
                    "FOCUSES_ON",
                    new Rule(
                            Ends.EITHER,
                            "a field is the dataset's classification: the tie stands on the source of the field"
                                    + " (for the bodies it lists) or of the record (for the fields it lists)")),
            Map.entry(
                    "INVOLVES",
                    new Rule(
                            Ends.EITHER,
                            "a plan item's bodies and programmes are named in its text; the tie stands on the"
                                    + " item's source")),
            Map.entry(
                    "WITHIN",
                    new Rule(
                            Ends.FROM,
                            "places nest by administrative geography (places.partOf); the quote is where the"
                                    + " document names the narrower place")),
            Map.entry(
                    "BROADER",
                    new Rule(
                            Ends.FROM,
                            "a field's broader field is the dataset's taxonomy; the quote is where the document"
                                    + " names the narrower field")));

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private final SupportFunctionTaxonomy functions = SupportFunctionTaxonomy.bundled();
    private List<Statement> statements;

    /** One quote of one relationship, with whether it names each end, and whether the end node is stated there. */
    record Statement(
            String type,
            String from,
            String fromName,
            String fromLabel,
            String to,
            String toName,
            String toLabel,
            String source,
            String quote,
            boolean namesFrom,
            boolean namesTo,
            boolean endStatedThere) {

        String key() {
            return String.join("\t", type, from, to, source);
        }

        boolean states() {
            return switch (RULES.getOrDefault(type, new Rule(Ends.BOTH, "")).ends()) {
                case BOTH -> namesFrom && namesTo;
                case FROM -> namesFrom;
                case FROM_ORGANIZATION -> namesFrom || !fromLabel.equals("Organization");
                case EITHER -> namesFrom || namesTo;
                case END_STATED_THERE -> endStatedThere;
            };
        }

        Statement withEndStatedThere(boolean stated) {
            return new Statement(
                    type, from, fromName, fromLabel, to, toName, toLabel, source, quote, namesFrom, namesTo, stated);
        }

        String describe() {
            return type + " " + fromName + " (" + fromLabel + " " + from + ") → " + toName + " (" + toLabel + " " + to
                    + ") " + source + " 「" + quote + "」 names " + (namesFrom ? "" : "not ") + "the start, "
                    + (namesTo ? "" : "not ") + "the end";
        }
    }

    /**
     * A document's publisher speaks in it in the first person (本市, 本県, 私たち): a quote names the organization that
     * published the document it stands in, whose name the source's citation shows beside the excerpt.
     */
    static boolean publishes(Set<String> names, String publisher) {
        return publisher != null && names(names, publisher);
    }

    @BeforeAll
    void loadTheBundledCorpus() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
        statements = statements();
    }

    @Test
    void every_quote_names_both_ends_of_its_relationship_or_is_listed_with_its_reason() {
        Map<String, String> exceptions = exceptions();
        List<Statement> violations = statements.stream()
                .filter(s -> !s.states())
                .filter(s -> !exceptions.containsKey(s.key()))
                .toList();
        report(exceptions);
        assertThat(violations)
                .as(
                        "%d quotes do not name both ends of their relationship; add the words (or source.heading)"
                                + " that name them, or list the relationship in %s with the reason:%n%s",
                        violations.size(),
                        EXCEPTIONS,
                        violations.stream().map(Statement::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void every_listed_exception_is_still_one() {
        Map<String, Statement> byKey = new LinkedHashMap<>();
        statements.forEach(s -> byKey.putIfAbsent(s.key(), s));
        List<String> stale = exceptions().keySet().stream()
                .filter(key -> !byKey.containsKey(key) || byKey.get(key).states())
                .toList();
        assertThat(stale)
                .as("listed in %s but now stated by their quotes, or gone from the graph: remove them", EXCEPTIONS)
                .isEmpty();
    }

    @Test
    void each_hop_from_clean_planet_to_tohoku_innovation_capital_names_both_its_ends() {
        // The explorer's path クリーンプラネット → 東北大学 → TAP → 東北イノベーションキャピタル, hop by hop, with no exception.
        List<List<String>> hops = List.of(
                List.of("SPUN_OFF_FROM", "クリーンプラネット", "東北大学"),
                List.of("MEMBER_OF", "東北大学", "TAP"),
                List.of("MEMBER_OF", "東北イノベーションキャピタル", "TAP"));
        for (List<String> hop : hops) {
            List<Statement> quotes = statements.stream()
                    .filter(s -> s.type().equals(hop.get(0))
                            && s.fromName().equals(hop.get(1))
                            && s.toName().equals(hop.get(2)))
                    .toList();
            assertThat(quotes).as("the quotes of %s", hop).isNotEmpty();
            assertThat(quotes)
                    .as("the quotes of %s", hop)
                    .allSatisfy(s -> assertThat(s.namesFrom() && s.namesTo())
                            .as(s.describe())
                            .isTrue());
        }
        assertThat(quote("SPUN_OFF_FROM", "クリーンプラネット", "東北大学"))
                .contains("東北大学発スタートアップで、新水素エネルギーの実用化研究を行う株式会社グリーンプラネット");
        assertThat(quote("MEMBER_OF", "東北イノベーションキャピタル", "TAP"))
                .isEqualTo("TAP (Tohoku Activation Panel) / 地域企業支援事業検討会 … 東北イノベーションキャピタル株式会社");
    }

    @Test
    void a_quote_that_names_one_end_only_is_caught() {
        // The quote the spin-off had before issue 18: the valuation, naming neither the company nor the university.
        Set<String> company = Set.of(OrganizationNames.key("クリーンプラネット"), OrganizationNames.key("グリーンプラネット"));
        assertThat(names(company, "INITIALによる2023年9月時点の評価額は2,041億円")).isFalse();
        assertThat(names(company, "株式会社グリーンプラネット")).isTrue();
        Statement memberOnly = new Statement(
                "MEMBER_OF",
                "東北大学",
                "東北大学",
                "Organization",
                "TAP",
                "TAP",
                "Organization",
                "doc#L54",
                "国立大学法人 東北大学",
                true,
                false,
                false);
        assertThat(memberOnly.states()).isFalse();
    }

    private String quote(String type, String from, String to) {
        return statements.stream()
                .filter(s -> s.type().equals(type)
                        && s.fromName().equals(from)
                        && s.toName().equals(to))
                .map(Statement::quote)
                .findFirst()
                .orElseThrow();
    }

    private List<Statement> statements() {
        List<Statement> all = new ArrayList<>();
        Map<String, String> publishers = new TreeMap<>();
        try (var session = neo4j.driver().session()) {
            session.run("MATCH (d:Document) RETURN d.id AS id, d.publisher AS publisher")
                    .forEachRemaining(record -> publishers.put(
                            record.get("id").asString(), record.get("publisher").asString(null)));
            session.run("""
                            MATCH (a)-[r]->(b) WHERE r.quotes IS NOT NULL
                            RETURN type(r) AS type, a, b,
                                   CASE WHEN type(r) = 'SOURCED_FROM'
                                        THEN [line IN r.lines | b.id + '#L' + line] ELSE r.sources END AS sources,
                                   r.quotes AS quotes
                            """).forEachRemaining(record -> {
                Value a = record.get("a");
                Value b = record.get("b");
                List<String> sources = record.get("sources").asList(Value::asString);
                List<String> quotes = record.get("quotes").asList(Value::asString);
                Set<String> aNames = names(a);
                Set<String> bNames = names(b);
                for (int i = 0; i < quotes.size(); i++) {
                    String source = i < sources.size() ? sources.get(i) : "";
                    String publisher = publishers.get(source.replaceFirst("#.*", ""));
                    boolean organizationA = a.asNode().hasLabel("Organization");
                    boolean organizationB = b.asNode().hasLabel("Organization");
                    all.add(new Statement(
                            record.get("type").asString(),
                            id(a),
                            display(a),
                            label(a),
                            id(b),
                            display(b),
                            label(b),
                            source,
                            quotes.get(i),
                            names(aNames, quotes.get(i)) || (organizationA && publishes(aNames, publisher)),
                            names(bNames, quotes.get(i)) || (organizationB && publishes(bNames, publisher)),
                            false));
                }
            });
        }
        // Where each node is stated: its SOURCED_FROM lines and quotes.
        Set<String> stated = all.stream()
                .filter(s -> s.type().equals("SOURCED_FROM"))
                .map(s -> s.fromLabel() + ":" + s.from() + "\t" + s.source() + "\t" + s.quote())
                .collect(Collectors.toSet());
        return all.stream()
                .map(s -> s.withEndStatedThere(
                        stated.contains(s.toLabel() + ":" + s.to() + "\t" + s.source() + "\t" + s.quote())))
                .toList();
    }

    /** Whether a quote names a node: some name of it, normalized as the importer normalizes names, is in the quote. */
    static boolean names(Set<String> names, String quote) {
        String key = OrganizationNames.key(quote);
        return names.stream().anyMatch(key::contains);
    }

    private static String label(Value node) {
        return node.asNode().hasLabel("Organization")
                ? "Organization"
                : node.asNode().labels().iterator().next();
    }

    private static String id(Value node) {
        for (String property : List.of("id", "code")) {
            if (!node.get(property).isNull()) {
                return node.get(property).asString();
            }
        }
        return node.asNode().elementId();
    }

    private static String display(Value node) {
        for (String property : List.of("name", "title", "label", "indicator", "text", "type")) {
            if (!node.get(property).isNull()) {
                return node.get(property).asString();
            }
        }
        return id(node);
    }

    /** Every name of a node, as keys: an organization's name keys, a function's label, aliases and cues, others' names. */
    private Set<String> names(Value node) {
        Set<String> names = new LinkedHashSet<>();
        for (String property :
                List.of("name", "legalName", "nameEn", "title", "label", "labelEn", "indicator", "text")) {
            if (!node.get(property).isNull()) {
                String name = node.get(property).asString();
                names.add(OrganizationNames.key(name));
                // A title with a note of the reviewer's in brackets: 相互協力協定（基盤技術高度化支援グループ）.
                names.add(OrganizationNames.key(name.replaceFirst("[(（][^()（）]*[)）]$", "")));
            }
        }
        for (String property : List.of("aliases", "nameKeys")) {
            if (!node.get(property).isNull()) {
                node.get(property).asList(Value::asString).forEach(name -> names.add(OrganizationNames.key(name)));
            }
        }
        if (!node.get("code").isNull()) {
            functions.find(node.get("code").asString()).ifPresent(function -> {
                names.add(OrganizationNames.key(function.label().replaceFirst("支援$", "")));
                function.cues().forEach(cue -> names.add(OrganizationNames.key(cue)));
            });
        }
        names.remove("");
        return names;
    }

    /** The listed exceptions, by type, from, to and source, with their reasons. */
    static Map<String, String> exceptions() {
        Map<String, String> exceptions = new TreeMap<>();
        try (InputStream in = EvidenceNamesEndsTest.class.getClassLoader().getResourceAsStream(EXCEPTIONS)) {
            assertThat(in).as(EXCEPTIONS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                assertThat(fields)
                        .as("an exception is type, from, to, source and reason: %s", line)
                        .hasSize(5);
                assertThat(fields[4].strip()).as("the reason of %s", line).isNotEmpty();
                exceptions.put(String.join("\t", fields[0], fields[1], fields[2], fields[3]), fields[4]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return exceptions;
    }

    /** The counts by type, and every quote that does not state its relationship, for whoever fixes datasets. */
    private void report(Map<String, String> exceptions) {
        Map<String, int[]> counts = new TreeMap<>();
        StringBuilder failing = new StringBuilder();
        for (Statement s : statements) {
            int[] c = counts.computeIfAbsent(s.type(), k -> new int[3]);
            if (s.states()) {
                c[0]++;
            } else if (exceptions.containsKey(s.key())) {
                c[1]++;
            } else {
                c[2]++;
            }
            if (!s.states()) {
                failing.append(s.key())
                        .append('\t')
                        .append(exceptions.getOrDefault(s.key(), "NOT LISTED"))
                        .append('\t')
                        .append(s.describe())
                        .append('\n');
            }
        }
        // Relationships, as opposed to quotes: one whose every quote states it, and one with a quote excepted.
        Map<String, Set<String>> relationships = new TreeMap<>();
        Map<String, Set<String>> excepted = new TreeMap<>();
        for (Statement s : statements) {
            String tie = s.from() + "\t" + s.to();
            relationships
                    .computeIfAbsent(s.type(), k -> new java.util.HashSet<>())
                    .add(tie);
            if (!s.states()) {
                excepted.computeIfAbsent(s.type(), k -> new java.util.HashSet<>())
                        .add(tie);
            }
        }
        StringBuilder out = new StringBuilder("type\trelationships\twith a quote not stating it\n");
        relationships.forEach((type, ties) -> out.append(type)
                .append('\t')
                .append(ties.size())
                .append('\t')
                .append(excepted.getOrDefault(type, Set.of()).size())
                .append('\n'));
        out.append("\ntype\tquotes stating\texcepted\tfailing\n");
        counts.forEach((type, c) -> out.append(type)
                .append('\t')
                .append(c[0])
                .append('\t')
                .append(c[1])
                .append('\t')
                .append(c[2])
                .append('\n'));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "evidence-report.tsv"), out + "\n" + failing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
