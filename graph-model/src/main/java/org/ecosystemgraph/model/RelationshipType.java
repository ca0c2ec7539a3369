package org.ecosystemgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The graph's relationship types, with the properties documents state on each and the sets of them that mean ties
 * between organizations. Like labels, they reach Cypher only through this allow-list.
 *
 * <p>Besides its stated properties, every relationship a document states carries its provenance ({@link
 * #PROVENANCE}): the documents that state it, the sources ({@code document#Lline}) and quotes, and each document's
 * statement of its properties.
 */
public enum RelationshipType {
    SOURCED_FROM,
    MEMBER_OF("role", "sectorColumn", "since", "until"),
    PROVIDES,
    BROADER,
    PART_OF("date", "note"),
    SPUN_OFF_FROM("date", "note"),
    MERGED_INTO("date", "note"),
    RENAMED_TO("date", "note"),
    ESTABLISHED_BY("date", "note"),
    INVESTS_IN("date", "note"),
    FUNDS("date", "note"),
    COLLABORATES_WITH("date", "note"),
    SUPPORTS("date", "note"),
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

    /** The provenance every stated relationship carries, beside its own properties. */
    public static final List<String> PROVENANCE =
            List.of("documents", "sources", "quotes", "statedBy", "statedKeys", "statedValues");

    /** Direct ties of working together between two organizations: part of, spin-off, investment, funding, support. */
    public static final List<RelationshipType> DIRECT_TIES =
            List.of(PART_OF, SPUN_OFF_FROM, INVESTS_IN, FUNDS, COLLABORATES_WITH, SUPPORTS);

    /** Ties of lineage, one body becoming or founding another: merger, renaming, founding. */
    public static final List<RelationshipType> LINEAGE = List.of(ESTABLISHED_BY, MERGED_INTO, RENAMED_TO);

    /**
     * The relations a dataset may state between two organizations ({@code relations:}): direct ties and lineage. The
     * organization network that {@code ./kg analyze} measures ties organizations by these and by shared consortia.
     */
    public static final List<RelationshipType> ORGANIZATION_RELATIONS = concat(DIRECT_TIES, LINEAGE);

    /**
     * The ties that mean working together, over which paths and neighbourhoods run: membership, the organization
     * relations, agreements, programmes and initiatives. Never places or fields, which would join everything to
     * everything.
     */
    public static final List<RelationshipType> WORKING_TIES = List.of(
            MEMBER_OF,
            SPUN_OFF_FROM,
            PART_OF,
            PARTY_TO,
            OPERATES,
            PARTICIPATES_IN,
            PARTNER_IN,
            INVESTS_IN,
            FUNDS,
            COLLABORATES_WITH,
            SUPPORTS,
            ESTABLISHED_BY,
            MERGED_INTO,
            RENAMED_TO);

    private final List<String> properties;

    RelationshipType(String... properties) {
        this.properties = List.of(properties);
    }

    /** The properties documents state on relationships of this type, such as a membership's role. */
    public List<String> properties() {
        return properties;
    }

    /**
     * A Cypher map projection of a relationship of this type bound to {@code variable}, with its stated properties and,
     * if {@code sources}, its sources and quotes (most of what it holds): {@code m {.role, …, .sources, .quotes}}.
     */
    public String projection(String variable, boolean sources) {
        return variable + " "
                + Stream.concat(properties.stream(), sources ? Stream.of("sources", "quotes") : Stream.empty())
                        .map(name -> "." + name)
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A set of types as a Cypher relationship-type expression, for {@code [:%s]}: {@code MEMBER_OF|PART_OF|…}. */
    public static String cypher(List<RelationshipType> types) {
        return types.stream().map(Enum::name).collect(Collectors.joining("|"));
    }

    /** The type of this name if it is one of the organization relations. */
    public static java.util.Optional<RelationshipType> organizationRelation(String name) {
        return ORGANIZATION_RELATIONS.stream()
                .filter(type -> type.name().equals(name))
                .findFirst();
    }

    private static List<RelationshipType> concat(List<RelationshipType> first, List<RelationshipType> second) {
        List<RelationshipType> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
