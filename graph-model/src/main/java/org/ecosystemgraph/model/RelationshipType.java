package org.ecosystemgraph.model;

/** The graph's relationship types; like labels, they reach Cypher only through this allow-list. */
public enum RelationshipType {
    SOURCED_FROM,
    MEMBER_OF,
    PROVIDES,
    BROADER,
    PART_OF,
    SPUN_OFF_FROM,
    MERGED_INTO,
    RENAMED_TO,
    ESTABLISHED_BY,
    INVESTS_IN,
    FUNDS,
    COLLABORATES_WITH,
    SUPPORTS,
    PARTY_TO,
    SUCCEEDS,
    HAS_EVENT,
    HAS_CLAUSE,
    HAS_INITIATIVE,
    PARTNER_IN,
    CONTACT_FOR,
    OPERATES,
    PARTICIPATES_IN,
    PUBLISHED,
    HAS_ITEM,
    HAS_KPI,
    INVOLVES,
    FOCUSES_ON,
    LOCATED_IN,
    WITHIN;

    /** The relation types a dataset may state between two organizations. */
    public static boolean isOrganizationRelation(String type) {
        return switch (type) {
            case "PART_OF",
                    "SPUN_OFF_FROM",
                    "MERGED_INTO",
                    "RENAMED_TO",
                    "ESTABLISHED_BY",
                    "INVESTS_IN",
                    "FUNDS",
                    "COLLABORATES_WITH",
                    "SUPPORTS" -> true;
            default -> false;
        };
    }
}
