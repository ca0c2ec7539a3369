package org.ecosystemgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one catalogue of properties and tie sets that the importer, the API and the research commands read. */
class CatalogueTest {

    @Test
    void an_organization_is_read_as_its_key_stated_and_list_properties_without_its_name_keys_or_readings() {
        assertThat(NodeLabel.ORGANIZATION.projection("o"))
                .startsWith("o {.id, .name, .legalName, .legalForm, .nameEn, .sector,")
                .endsWith(".description, .aliases, .kinds}")
                .doesNotContain("nameKeys", "romaji", "network");
        assertThat(NodeLabel.SUPPORT_FUNCTION.projection("f")).isEqualTo("f {.code, .label, .labelEn, .aliases}");
    }

    @Test
    void a_membership_is_read_with_its_role_dates_and_sources() {
        assertThat(RelationshipType.MEMBER_OF.projection("m", true))
                .isEqualTo("m {.role, .sectorColumn, .since, .until, .sources, .quotes}");
        assertThat(RelationshipType.MEMBER_OF.projection("m", false))
                .isEqualTo("m {.role, .sectorColumn, .since, .until}");
    }

    @Test
    void the_organization_relations_are_the_direct_ties_and_lineage_and_paths_walk_all_of_them() {
        assertThat(RelationshipType.ORGANIZATION_RELATIONS)
                .containsExactlyInAnyOrder(
                        RelationshipType.PART_OF,
                        RelationshipType.SPUN_OFF_FROM,
                        RelationshipType.INVESTS_IN,
                        RelationshipType.FUNDS,
                        RelationshipType.COLLABORATES_WITH,
                        RelationshipType.SUPPORTS,
                        RelationshipType.ESTABLISHED_BY,
                        RelationshipType.MERGED_INTO,
                        RelationshipType.RENAMED_TO);
        assertThat(RelationshipType.WORKING_TIES)
                .containsAll(RelationshipType.ORGANIZATION_RELATIONS)
                .contains(RelationshipType.MEMBER_OF, RelationshipType.PARTY_TO, RelationshipType.PARTNER_IN)
                .doesNotContain(RelationshipType.LOCATED_IN, RelationshipType.FOCUSES_ON, RelationshipType.SOURCED_FROM)
                .doesNotHaveDuplicates();
        assertThat(RelationshipType.cypher(RelationshipType.LINEAGE))
                .isEqualTo("ESTABLISHED_BY|MERGED_INTO|RENAMED_TO");
        assertThat(RelationshipType.organizationRelation("SPUN_OFF_FROM")).contains(RelationshipType.SPUN_OFF_FROM);
        assertThat(RelationshipType.organizationRelation("LOCATED_IN")).isEmpty();
    }

    @Test
    void labels_are_found_by_their_cypher_name_only() {
        assertThat(NodeLabel.ofCypher("PlanItem")).contains(NodeLabel.PLAN_ITEM);
        assertThat(NodeLabel.ofCypher("Consortium")).isEmpty();
    }

    @Test
    void the_taxonomy_names_technology_transfer_by_code_label_and_short_label() {
        var functions = SupportFunctionTaxonomy.bundled();
        assertThat(functions.find("TECHNOLOGY_TRANSFER").orElseThrow().label()).isEqualTo("技術移転支援");
        assertThat(functions.find("技術移転").orElseThrow().code()).isEqualTo("TECHNOLOGY_TRANSFER");
        assertThat(functions.find("特許情報提供").orElseThrow().broader()).isEqualTo("TECHNOLOGY_TRANSFER");
        assertThat(functions.find("宇宙開発支援")).isEmpty();
    }
}
