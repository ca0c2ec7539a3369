package org.ecosystemgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The labels of the graph's nodes, each with the one catalogue of its properties. Labels reach Cypher only through
 * this allow-list, never from input.
 *
 * <p>A node's properties come in three kinds: <em>stated</em> ones, single values that documents state (where they
 * disagree, the most recent document's value wins); <em>lists</em>, the union of what every document states (aliases,
 * kinds); and <em>derived</em> ones, which the tool computes from the graph (a place's count of organizations, an
 * organization's network measures).
 */
public enum NodeLabel {
    DOCUMENT(
            "Document",
            List.of("title", "publisher", "published", "publishedYear", "summary", "file", "sha256", "lineCount"),
            List.of(),
            List.of()),
    SUPPORT_FUNCTION("SupportFunction", List.of("label", "labelEn"), List.of("aliases"), List.of()),
    ORGANIZATION(
            "Organization",
            List.of(
                    "name",
                    "legalName",
                    "legalForm",
                    "nameEn",
                    "sector",
                    "address",
                    "phone",
                    "established",
                    "memberCount",
                    "description"),
            List.of("aliases", "kinds", Names.KEYS, Names.READINGS),
            List.of(
                    "networkDegree",
                    "networkBetweenness",
                    "networkCommunity",
                    "brokerageCoordinator",
                    "brokerageItinerant",
                    "brokerageGatekeeper",
                    "brokerageRepresentative",
                    "brokerageLiaison",
                    "networkComputedOn",
                    "networkAsOf")),
    AGREEMENT("Agreement", List.of("title", "signedOn", "validFrom", "validTo", "status"), List.of(), List.of()),
    AGREEMENT_EVENT("AgreementEvent", List.of("type", "date", "validTo"), List.of(), List.of()),
    CLAUSE("Clause", List.of("number", "heading", "text", "contact"), List.of(), List.of()),
    INITIATIVE("Initiative", List.of("name", "description"), List.of(), List.of()),
    PROGRAMME("Programme", List.of("name", "kind", "description"), List.of("aliases", Names.READINGS), List.of()),
    FACILITY(
            "Facility",
            List.of("name", "kind", "address", "description"),
            List.of("aliases", Names.READINGS),
            List.of()),
    PLAN("Plan", List.of("title", "kind", "periodFrom", "periodTo"), List.of(), List.of()),
    PLAN_ITEM("PlanItem", List.of("number", "kind", "title", "description"), List.of(), List.of()),
    KPI("Kpi", List.of("indicator", "target", "unit", "targetYear", "baseline", "baselineYear"), List.of(), List.of()),
    FIELD("Field", List.of("name", "nameEn"), List.of(), List.of()),
    PLACE("Place", List.of("name", "kind"), List.of(Names.READINGS), List.of("organizationCount"));

    /** Property names that mean the same on every label that has them. */
    public static final class Names {
        /** Every normalized spelling of an organization's name, for the name index; never shown to users. */
        public static final String KEYS = "nameKeys";

        /** How the names read in romaji (sendai shi, sendai), for the search index; never shown to users. */
        public static final String READINGS = "romaji";

        /** Lists kept for look-ups and search, not facts: no read or export shows them. */
        public static boolean internal(String name) {
            return name.equals(KEYS) || name.equals(READINGS);
        }

        private Names() {}
    }

    private final String cypher;
    private final List<String> stated;
    private final List<String> lists;
    private final List<String> derived;

    NodeLabel(String cypher, List<String> stated, List<String> lists, List<String> derived) {
        this.cypher = cypher;
        this.stated = stated;
        this.lists = lists;
        this.derived = derived;
    }

    /** The property that identifies a node of this label: {@code code} for support functions, {@code id} otherwise. */
    public String key() {
        return this == SUPPORT_FUNCTION ? "code" : "id";
    }

    /** The label as written in Cypher. */
    public String cypher() {
        return cypher;
    }

    /** The single-valued properties documents state; the most recent document's value is the node's. */
    public List<String> properties() {
        return stated;
    }

    /** The list properties (aliases, kinds): the union of every document's statement. */
    public List<String> lists() {
        return lists;
    }

    /** The properties the tool computes from the graph rather than reads from documents. */
    public List<String> derived() {
        return derived;
    }

    /**
     * A Cypher map projection of a node of this label bound to {@code variable}, with its key, stated and list
     * properties (not the name keys, nor the derived ones): {@code o {.id, .name, …}}. Reads return this rather than
     * the whole node.
     */
    public String projection(String variable) {
        return projection(variable, name -> true);
    }

    /** The same projection with only the properties {@code wanted} keeps, and the key always. */
    public String projection(String variable, Predicate<String> wanted) {
        List<String> names = new ArrayList<>();
        names.add(key());
        stated.stream().filter(wanted).forEach(names::add);
        lists.stream().filter(name -> !Names.internal(name)).filter(wanted).forEach(names::add);
        return variable + " " + names.stream().map(name -> "." + name).collect(Collectors.joining(", ", "{", "}"));
    }

    /** The label written as {@code cypher} in Cypher, if there is one. */
    public static java.util.Optional<NodeLabel> ofCypher(String cypher) {
        for (NodeLabel label : values()) {
            if (label.cypher.equals(cypher)) {
                return java.util.Optional.of(label);
            }
        }
        return java.util.Optional.empty();
    }
}
