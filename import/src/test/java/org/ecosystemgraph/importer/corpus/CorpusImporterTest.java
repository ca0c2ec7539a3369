package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.GraphSchema;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.model.OrganizationNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bundled corpus, loaded into an empty graph, answers what the bundled documents say. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusImporterTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private CorpusImporter.Report report;

    @BeforeAll
    void loadTheBundledCorpus() {
        neo4j.clear();
        report = new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
    }

    @Test
    void loads_the_six_bundled_documents_with_title_and_publisher() {
        assertThat(rows("MATCH (d:Document) RETURN d.publisher + '|' + d.title + '|' + d.published AS row"
                        + " ORDER BY d.published"))
                .containsExactly(
                        "宮城県|事業環境整備構想|2005-12",
                        "仙台市|仙台市経済成長戦略2023（案）|2019",
                        "仙台市 経済局|「仙台市と東北大学との地域経済発展に関する協定」を締結します|2021-03-31",
                        "TAP（Tohoku Activation Panel／地域企業支援事業検討会）|東北イノベーション宣言|2024-03-18",
                        "日本経済研究所|東北地域におけるディープテック系スタートアップ・エコシステムの課題と発展に向けた提言|2025",
                        "ecosystem-graph|機関の英語名（各機関自身の英語の刊行物による）|2026-12");
    }

    @Test
    void counts_the_organizations_each_document_names() {
        assertThat(rows("MATCH (o:Organization)-[:SOURCED_FROM]->(d:Document)"
                        + " WITH d, count(o) AS n RETURN d.id + ' ' + toString(n) AS row ORDER BY row"))
                .containsExactly(
                        "english-names-reviewed 1",
                        "miyagi-business-environment-2005 109",
                        "sendai-growth-strategy-2023 28",
                        "sendai-tohoku-agreement-2021 11",
                        "tohoku-deeptech-ecosystem-2025 180",
                        "tohoku-innovation-declaration-2024 15");
    }

    @Test
    void the_reviewed_list_gives_tohoku_university_its_english_name_and_takes_nothing_the_documents_state() {
        // The list states no legal form or description: those the documents state stay.
        assertThat(rows("MATCH (o:Organization {name: '東北大学'})"
                        + " RETURN o.nameEn + '|' + o.sector + '|' + o.legalForm + '|'"
                        + " + toString(o.description IS NOT NULL) AS row"))
                .containsExactly("Tohoku University|ACADEMIA|国立大学法人|true");
        assertThat(rows("MATCH (o:Organization {name: '東北大学'})-[s:SOURCED_FROM]->(:Document {id:"
                        + " 'english-names-reviewed'}) RETURN s.quotes[0] AS row"))
                .containsExactly("東北大学 | Tohoku University");
    }

    @Test
    void table_2_credits_five_bodies_with_technology_transfer_support() {
        assertThat(rows("""
                        MATCH (o:Organization)-[p:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->
                              (:SupportFunction {code: 'TECHNOLOGY_TRANSFER'})
                        WHERE 'miyagi-business-environment-2005' IN p.documents
                        RETURN DISTINCT o.name AS row ORDER BY row
                        """))
                .containsExactly("宮城県産業技術総合センター", "宮城県知的所有権センター", "東北テクノアーチ", "東北大学 未来科学技術共同研究センター", "発明協会宮城県支部");
    }

    @Test
    void tap_has_the_ten_members_the_declaration_lists() {
        assertThat(keys(rows("MATCH (o:Organization)-[:MEMBER_OF]->(:Consortium {id: 'tap'}) RETURN o.name AS row")))
                .containsExactlyInAnyOrderElementsOf(keys(List.of(
                        "東経連ビジネスセンター",
                        "一般社団法人みやぎ工業会",
                        "国立大学法人 東北大学",
                        "東北経済産業局",
                        "宮城県",
                        "仙台市",
                        "国立研究開発法人 産業技術総合研究所 東北センター",
                        "東北イノベーションキャピタル株式会社",
                        "公益財団法人仙台市産業振興事業団",
                        "特定非営利活動法人 natural science")));
    }

    @Test
    void masp_has_twenty_two_schools_led_by_tohoku_university() {
        assertThat(rows("MATCH (s:Organization)-[r:MEMBER_OF]->(c:Consortium) WHERE 'masp' IN c.nameKeys"
                        + " RETURN s.name AS row"))
                .hasSize(22)
                .contains("東北大学", "宮城大学", "福島工業高等専門学校");
        assertThat(rows("MATCH (s:Organization)-[r:MEMBER_OF {role: '主幹校'}]->(c:Consortium)"
                        + " WHERE 'masp' IN c.nameKeys RETURN s.name AS row"))
                .containsExactly("東北大学");
    }

    @Test
    void the_sendai_startup_council_reports_65_members_and_lists_them_by_sector() {
        assertThat(rows("MATCH (c:Consortium {name: '仙台スタートアップ・エコシステム推進協議会'})"
                        + " RETURN toString(c.memberCount) AS row"))
                .containsExactly("65");
        assertThat(rows("MATCH (o)-[r:MEMBER_OF]->(:Consortium {name: '仙台スタートアップ・エコシステム推進協議会'})"
                        + " WHERE r.sectorColumn = '金' RETURN o.name AS row ORDER BY row"))
                .containsExactly("スパークル", "七十七銀行");
    }

    @Test
    void the_smaller_groups_of_document_001_have_their_stated_sizes() {
        assertThat(rows("MATCH (m)-[:MEMBER_OF]->(c:Consortium) WHERE c.name IN"
                        + " ['基盤技術高度化支援グループ', '産学官連携ラウンドテーブル']"
                        + " WITH c, count(m) AS n RETURN c.name + ' ' + toString(n) + '/' + toString(c.memberCount) AS row"
                        + " ORDER BY row"))
                .containsExactly("基盤技術高度化支援グループ 11/11", "産学官連携ラウンドテーブル 4/4");
    }

    @Test
    void the_agreement_has_six_clauses_its_term_and_its_predecessor() {
        assertThat(rows("MATCH (a:Agreement {id: 'sendai-tohoku-regional-economy-2021'})-[:HAS_CLAUSE]->(c)"
                        + " RETURN c.number AS row ORDER BY row"))
                .containsExactly("1(1)①", "1(1)②", "1(2)①", "1(2)②", "1(3)①", "1(3)②");
        assertThat(rows("MATCH (a:Agreement {id: 'sendai-tohoku-regional-economy-2021'})"
                        + " RETURN a.signedOn + ' ' + a.validFrom + '..' + a.validTo AS row"))
                .containsExactly("2021-03-31 2021-04-01..2024-03-31");
        assertThat(rows("MATCH (o:Organization)-[:PARTY_TO]->(:Agreement {id: 'sendai-tohoku-regional-economy-2021'})"
                        + " RETURN o.name AS row ORDER BY row"))
                .containsExactly("仙台市", "東北大学");
        assertThat(rows("MATCH (:Agreement {id: 'sendai-tohoku-regional-economy-2021'})-[:SUCCEEDS]->(p:Agreement)"
                        + "-[:HAS_CLAUSE]->(c) RETURN p.signedOn + ' ' + c.number AS row ORDER BY row"))
                .containsExactly("2008-08 ①", "2008-08 ②");
        assertThat(rows("MATCH (o:Organization)-[:CONTACT_FOR]->(c:Clause {number: '1(3)②'}) RETURN o.name AS row"))
                .containsExactly("経済局産業振興課");
    }

    @Test
    void clean_planet_is_one_spin_off_of_tohoku_university_under_both_spellings() {
        assertThat(rows(
                        "MATCH (s:Organization)-[:SPUN_OFF_FROM]->(:Organization {name: '東北大学'})"
                                + " WHERE $key IN s.nameKeys RETURN s.name AS row",
                        Map.of("key", OrganizationNames.key("株式会社グリーンプラネット"))))
                .containsExactly("クリーンプラネット");
    }

    @Test
    void each_of_the_seven_projects_of_the_growth_strategy_has_its_kpi() {
        assertThat(rows("MATCH (:Plan {id: 'sendai-economic-growth-strategy-2023'})-[:HAS_ITEM]->"
                        + "(p:PlanItem {kind: 'PROJECT'})-[:HAS_KPI]->(k) RETURN p.number + ' ' + k.target + k.unit AS row"
                        + " ORDER BY row"))
                .containsExactly("1 50社", "2 400件", "3 100件", "4 70％", "5 50件", "6 55％", "7 150件");
    }

    @Test
    void name_variants_of_one_organization_are_one_node_with_both_sources() {
        assertThat(rows("MATCH (o:Organization {name: 'みやぎ工業会'})-[:SOURCED_FROM]->(d) RETURN d.id AS row ORDER BY row"))
                .containsExactly("miyagi-business-environment-2005", "tohoku-innovation-declaration-2024");
        assertThat(rows("MATCH (o:Organization {name: 'みやぎ工業会'}) UNWIND o.aliases AS row RETURN row"))
                .contains("(社)みやぎ工業会", "一般社団法人みやぎ工業会");
        assertThat(report.resolutions())
                .anySatisfy(decision -> assertThat(decision.spelling()).isEqualTo("国立大学法人 東北大学"));
    }

    @Test
    void every_fact_names_its_source_document_and_excerpt() {
        assertThat(rows("MATCH (n) WHERE NOT (n:Document OR n:SupportFunction OR n:__Neo4jMigration)"
                        + " AND NOT (n)-[:SOURCED_FROM]->(:Document) RETURN n.id AS row"))
                .isEmpty();
        assertThat(rows("MATCH ()-[s:SOURCED_FROM]->() WHERE size(s.quotes) = 0 RETURN 'no quote' AS row"))
                .isEmpty();
        assertThat(rows("MATCH (a)-[r]->() WHERE NOT a:__Neo4jMigration AND NOT type(r) IN ['SOURCED_FROM', 'BROADER']"
                        + " AND (size(r.sources) = 0 OR size(r.quotes) <> size(r.sources)) RETURN type(r) AS row"))
                .isEmpty();
    }

    @Test
    void loading_again_changes_nothing() {
        Map<String, Long> nodes = report.nodesInGraph();
        Map<String, Long> relationships = report.relationshipsInGraph();

        var again = new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());

        assertThat(again.nodesInGraph()).isEqualTo(nodes);
        assertThat(again.relationshipsInGraph()).isEqualTo(relationships);
    }

    @Test
    void a_body_keeps_every_place_a_document_gives_it_each_with_its_words() {
        String places = "MATCH (o:Organization {name: $name})-[r:LOCATED_IN]->(p:Place)"
                + " RETURN p.id + ' ' + r.sources[0] + ' ' + r.quotes[0] AS row ORDER BY row";
        // 001 places 宮城大学 in two towns on one line; 003 lists it under 宮城県.
        assertThat(rows(places, Map.of("name", "宮城大学")))
                .containsExactly(
                        "miyagi tohoku-deeptech-ecosystem-2025#L1292,1295 宮城県 … ・宮城大学",
                        "sendai-taihaku miyagi-business-environment-2005#L448 宮城大学（大和町、仙台市太白区）",
                        "taiwa miyagi-business-environment-2005#L448 宮城大学（大和町、仙台市太白区）");
        // Its head office in 泉区 and its branch in 青葉区, from two lines of 表-2.
        assertThat(rows(places, Map.of("name", "宮城県知的所有権センター")))
                .containsExactly(
                        "sendai-aoba miyagi-business-environment-2005#L305,306 宮城県知的所有権センター … (支部) 仙台市青葉区本町"
                                + " 3-4-18 太陽生命仙台北町ビル 7 階",
                        "sendai-izumi miyagi-business-environment-2005#L305 宮城県知的所有権センター (本部) 仙台市泉区明通 2-2"
                                + " 宮城県産業技術総合センター内 022-377-8700");
    }

    @Test
    void places_keep_their_organization_count_and_the_data_migration_gives_it_to_a_graph_without_it() {
        String counts = "MATCH (p:Place) RETURN p.id + ' ' + toString(p.organizationCount) AS row ORDER BY row";
        List<String> kept = rows(counts);
        assertThat(kept).isNotEmpty().allSatisfy(row -> assertThat(row).doesNotEndWith("null"));
        // 宮城県 counts what is located in it or below it: at least what 仙台市 counts.
        assertThat(count("miyagi", kept))
                .isGreaterThanOrEqualTo(count("sendai", kept))
                .isPositive();

        // A graph written before the counts were kept, and migrated before V0005 existed.
        neo4j.driver()
                .executableQuery("MATCH (p:Place) REMOVE p.organizationCount")
                .execute();
        neo4j.driver()
                .executableQuery("MATCH (m:__Neo4jMigration {version: '0005'}) DETACH DELETE m")
                .execute();
        GraphSchema.applyTo(neo4j.driver());
        assertThat(rows(counts)).isEqualTo(kept);
    }

    private static int count(String place, List<String> rows) {
        return rows.stream()
                .filter(row -> row.startsWith(place + " "))
                .mapToInt(row -> Integer.parseInt(row.substring(place.length() + 1)))
                .findFirst()
                .orElseThrow();
    }

    private List<String> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    private List<String> rows(String cypher, Map<String, Object> parameters) {
        return neo4j.driver().executableQuery(cypher).withParameters(parameters).execute().records().stream()
                .map(record -> record.get("row").asString())
                .toList();
    }

    private static List<String> keys(List<String> names) {
        return names.stream().map(OrganizationNames::key).toList();
    }
}
