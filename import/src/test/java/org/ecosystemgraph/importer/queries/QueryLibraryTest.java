package org.ecosystemgraph.importer.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.database.QueryLibrary;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.ecosystemgraph.model.RelationshipType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/** Every query of the researchers' library, run read-only on the bundled corpus, gives what the documents say. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryLibraryTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private final QueryLibrary library = QueryLibrary.bundled();

    @BeforeAll
    void loadTheBundledCorpus() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
    }

    @Test
    void every_library_file_states_its_question_and_runs_read_only() {
        assertThat(library.queries()).hasSizeGreaterThanOrEqualTo(11);
        for (var query : library.queries()) {
            assertThat(query.header()).as(query.name()).contains("Question:", "Parameters:");
            assertThat(run(query.name(), Map.of())).as(query.name()).isNotNull();
        }
    }

    @Test
    void support_bodies_by_function_finds_the_technology_transfer_bodies_of_table_2() {
        var rows = run("support-bodies-by-function", Map.of("function", "TECHNOLOGY_TRANSFER", "sector", "SUPPORT"));
        assertThat(column(rows, "body")).contains("東北テクノアーチ", "発明協会宮城県支部", "宮城県知的所有権センター");
        assertThat(column(rows, "sector")).containsOnly("SUPPORT");
    }

    @Test
    void tap_members_by_sector_are_the_ten_of_the_declaration() {
        var rows = run("consortium-members-by-sector", Map.of("consortium", "tap"));
        assertThat(rows.stream().mapToLong(r -> r.get("members").asLong()).sum())
                .isEqualTo(10);
        var government = rows.stream()
                .filter(r -> r.get("sector").asString().equals("GOVERNMENT"))
                .findFirst()
                .orElseThrow();
        assertThat(government.get("organizations").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("仙台市", "宮城県", "東北経済産業局");
    }

    @Test
    void tohoku_university_sits_in_five_consortia_and_tap_shares_five_members_with_the_sendai_council() {
        var overlap = run("consortium-overlap", Map.of());
        assertThat(overlap.get(0).get("organization").asString()).isEqualTo("東北大学");
        assertThat(overlap.get(0).get("count").asLong()).isEqualTo(5);
        var matrix = run("consortium-overlap-matrix", Map.of());
        var tapAndSendai = matrix.stream()
                .filter(r -> r.get("consortium").asString().equals("TAP")
                        && r.get("other").asString().equals("仙台スタートアップ・エコシステム推進協議会"))
                .findFirst()
                .orElseThrow();
        assertThat(tapAndSendai.get("shared").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("東北大学", "仙台市", "宮城県", "東北経済産業局", "仙台市産業振興事業団");
    }

    @Test
    void co_located_organizations_share_the_buildings_table_2_names() {
        var rows = run("co-located-organizations", Map.of());
        var meidori = rows.stream()
                .filter(r -> r.get("building").asString().equals("仙台市泉区明通 2-2"))
                .findFirst()
                .orElseThrow();
        assertThat(meidori.get("organizations").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("宮城県産業技術総合センター", "宮城県知的所有権センター", "みやぎ工業会");
    }

    @Test
    void the_agreement_reads_clause_by_clause_with_its_initiatives() {
        var rows = run("agreement-clauses-and-initiatives", Map.of("agreement", "sendai-tohoku-regional-economy-2021"));
        assertThat(column(rows, "clause")).containsExactly("1(1)①", "1(1)②", "1(2)①", "1(2)②", "1(3)①", "1(3)②");
        var disasterTech =
                rows.get(4).get("initiatives").asList(v -> v.get("partners").asList(p -> p.asString()));
        assertThat(disasterTech).anySatisfy(partners -> assertThat(partners).contains("東北大学災害科学国際研究所"));
    }

    @Test
    void the_spin_off_reaches_investors_in_three_hops() {
        var rows = run("spin-off-to-investor-paths", Map.of());
        assertThat(rows.get(0).get("spinOff").asString()).isEqualTo("クリーンプラネット");
        assertThat(rows.get(0).get("hops").asLong()).isEqualTo(3);
        assertThat(column(rows, "investor")).contains("スパークル", "七十七銀行", "東北イノベーションキャピタル");
    }

    @Test
    void the_library_ties_organizations_by_the_catalogue_sets_of_relationship_types() {
        assertThat(library.find("sector-crossing-ties").orElseThrow().cypher())
                .contains("[:" + RelationshipType.cypher(RelationshipType.ORGANIZATION_RELATIONS) + "]");
        assertThat(library.find("changes-over-time").orElseThrow().cypher())
                .contains("[r:" + RelationshipType.cypher(RelationshipType.LINEAGE) + "]");
        assertThat(library.find("spin-off-to-investor-paths").orElseThrow().cypher())
                .contains("[:" + RelationshipType.cypher(RelationshipType.WORKING_TIES) + "]");
    }

    @Test
    void sector_crossing_ties_include_academia_and_finance_in_tap() {
        var rows = run("sector-crossing-ties", Map.of());
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.get("crossing").asBoolean())
                        .isEqualTo(!r.get("sectorA")
                                .asString()
                                .equals(r.get("sectorB").asString())));
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.get("sectorA").asString() + "-"
                                + r.get("sectorB").asString())
                        .isEqualTo("ACADEMIA-FINANCE"));
    }

    @Test
    void the_support_function_matrix_rebuilds_table_4_from_the_credited_functions() {
        var rows = run("support-function-matrix", Map.of());
        var technoArch = row(rows, "body", "東北テクノアーチ");
        assertThat(technoArch.get("技術移転支援").asString()).isEqualTo("●");
        var guarantee = row(rows, "body", "宮城県信用保証協会");
        assertThat(guarantee.get("資金設備支援").asString()).isEqualTo("●"); // 信用補完 is narrower
        assertThat(guarantee.get("技術開発支援").asString()).isEmpty();
    }

    @Test
    void miyagi_holds_the_most_organizations() {
        var rows = run("organizations-by-prefecture", Map.of());
        Map<String, Long> byPrefecture = new HashMap<>();
        rows.forEach(r -> byPrefecture.merge(
                r.get("prefecture").asString(), r.get("organizations").asLong(), Long::sum));
        String most = byPrefecture.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(most).isEqualTo("宮城県");
    }

    @Test
    void changes_over_time_list_the_1999_merger_and_the_agreement_terms_and_stop_at_as_of() {
        var all = run("changes-over-time", Map.of());
        assertThat(all)
                .anySatisfy(r -> assertThat(
                                r.get("date").asString() + " " + r.get("change").asString() + " "
                                        + r.get("what").asString())
                        .startsWith("1999-04 MERGED_INTO")
                        .endsWith("→ みやぎ産業振興機構"));
        assertThat(column(all, "date")).contains("2008-08", "2021-03-31");
        var before2010 = run("changes-over-time", Map.of("asOf", "2010-01-01"));
        assertThat(column(before2010, "date")).contains("2008-08").doesNotContain("2021-03-31");
    }

    private List<Record> run(String name, Map<String, Object> given) {
        var query = library.find(name).orElseThrow();
        Map<String, Object> parameters = new HashMap<>();
        query.parameters().forEach(p -> parameters.put(p, null));
        parameters.putAll(given);
        try (var session = neo4j.driver()
                .session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build())) {
            return session.executeRead(tx -> tx.run(query.cypher(), parameters).list());
        }
    }

    private static List<String> column(List<Record> rows, String column) {
        return rows.stream().map(r -> r.get(column).asString()).toList();
    }

    private static Record row(List<Record> rows, String column, String value) {
        return rows.stream()
                .filter(r -> r.get(column).asString().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value));
    }
}
