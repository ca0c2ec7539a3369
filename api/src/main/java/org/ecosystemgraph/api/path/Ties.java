package org.ecosystemgraph.api.path;

/**
 * The relationship types that mean working together, over which {@code connections} and {@code neighbourhood}
 * travel: membership, spin-off, part-of, agreements, programmes, initiatives, investment. Never places or topics,
 * which would join everything to everything.
 */
public final class Ties {

    /** As a Cypher relationship-type expression, for {@code [:%s]}. */
    public static final String CYPHER = "MEMBER_OF|SPUN_OFF_FROM|PART_OF|PARTY_TO|OPERATES|PARTICIPATES_IN"
            + "|PARTNER_IN|INVESTS_IN|FUNDS|COLLABORATES_WITH|SUPPORTS|ESTABLISHED_BY|MERGED_INTO|RENAMED_TO";

    private Ties() {}
}
