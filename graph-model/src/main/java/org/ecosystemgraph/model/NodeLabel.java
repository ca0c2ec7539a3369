package org.ecosystemgraph.model;

import java.util.List;

/**
 * The labels of the graph's nodes. Labels reach Cypher only through this allow-list, never from input.
 *
 * <p>Fact labels are the things documents state: each of their nodes records its sources and disappears when no
 * document states it any more. Documents and support functions are reference data.
 */
public enum NodeLabel {
    DOCUMENT("Document", false, List.of()),
    SUPPORT_FUNCTION("SupportFunction", false, List.of()),
    ORGANIZATION(
            "Organization",
            true,
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
                    "description")),
    AGREEMENT("Agreement", true, List.of("title", "signedOn", "validFrom", "validTo", "status")),
    AGREEMENT_EVENT("AgreementEvent", true, List.of("type", "date", "validTo")),
    CLAUSE("Clause", true, List.of("number", "heading", "text", "contact")),
    INITIATIVE("Initiative", true, List.of("name", "description")),
    PROGRAMME("Programme", true, List.of("name", "kind", "description")),
    FACILITY("Facility", true, List.of("name", "kind", "address", "description")),
    PLAN("Plan", true, List.of("title", "kind", "periodFrom", "periodTo")),
    PLAN_ITEM("PlanItem", true, List.of("number", "kind", "title", "description")),
    KPI("Kpi", true, List.of("indicator", "target", "unit", "targetYear", "baseline", "baselineYear")),
    FIELD("Field", true, List.of("name", "nameEn")),
    PLACE("Place", true, List.of("name", "kind"));

    private final String cypher;
    private final boolean fact;
    private final List<String> properties;

    NodeLabel(String cypher, boolean fact, List<String> properties) {
        this.cypher = cypher;
        this.fact = fact;
        this.properties = properties;
    }

    /** The property that identifies a node of this label: {@code code} for support functions, {@code id} otherwise. */
    public String key() {
        return this == SUPPORT_FUNCTION ? "code" : "id";
    }

    /** The label as written in Cypher. */
    public String cypher() {
        return cypher;
    }

    /** Whether documents state these nodes (and so they carry sources). */
    public boolean isFact() {
        return fact;
    }

    /** The single-valued properties documents state; list properties (aliases, kinds) are unions of all statements. */
    public List<String> properties() {
        return properties;
    }
}
