package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bundled corpus, loaded once into an empty graph, answers what the documents say. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusImporterTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private CorpusImporter.Report report;

    @BeforeAll
    void loadTheBundledCorpus() {
        neo4j.clear();
        report = new CorpusImporter(neo4j.driver()).load(BundledCorpus.load(), d -> true, System.out::println);
    }

    @Test
    void loads_the_five_bundled_documents_with_title_and_publisher() {
        assertThat(rows("MATCH (d:Document) RETURN d.publisher + '|' + d.title + '|' + d.published AS row"
                        + " ORDER BY d.published"))
                .containsExactly(
                        "宮城県|事業環境整備構想|2005-12",
                        "仙台市|仙台市経済成長戦略2023（案）|2019",
                        "仙台市 経済局|「仙台市と東北大学との地域経済発展に関する協定」を締結します|2021-03-31",
                        "TAP（Tohoku Activation Panel／地域企業支援事業検討会）|東北イノベーション宣言|2024-03-18",
                        "日本経済研究所|東北地域におけるディープテック系スタートアップ・エコシステムの課題と発展に向けた提言|2025");
    }

    @Test
    void tap_has_the_ten_members_the_declaration_lists() {
        assertThat(rows("MATCH (o:Organization)-[:MEMBER_OF]->(:Consortium {id: 'tap'}) RETURN o.name AS row"))
                .containsExactlyInAnyOrder(
                        "東経連ビジネスセンター",
                        "みやぎ工業会",
                        "東北大学",
                        "東北経済産業局",
                        "宮城県",
                        "仙台市",
                        "産業技術総合研究所 東北センター",
                        "東北イノベーションキャピタル",
                        "仙台市産業振興事業団",
                        "natural science");
    }

    @Test
    void the_agreement_has_six_clauses_and_its_term() {
        assertThat(rows("MATCH (a:Agreement {id: 'sendai-tohoku-regional-economy-2021'})-[:HAS_CLAUSE]->(c)"
                        + " RETURN c.number AS row ORDER BY row"))
                .containsExactly("1(1)①", "1(1)②", "1(2)①", "1(2)②", "1(3)①", "1(3)②");
        assertThat(rows("MATCH (a:Agreement {id: 'sendai-tohoku-regional-economy-2021'})"
                        + " RETURN a.validFrom + '..' + a.validTo AS row"))
                .containsExactly("2021-04-01..2024-03-31");
        assertThat(rows("MATCH (o:Organization)-[:PARTY_TO]->(:Agreement {id: 'sendai-tohoku-regional-economy-2021'})"
                        + " RETURN o.name AS row ORDER BY row"))
                .containsExactly("仙台市", "東北大学");
    }

    @Test
    void every_fact_names_its_source_document_and_excerpt() {
        assertThat(rows("MATCH (n) WHERE (n:Organization OR n:Agreement OR n:Clause OR n:Programme)"
                        + " AND NOT (n)-[:SOURCED_FROM]->(:Document) RETURN n.id AS row"))
                .isEmpty();
        assertThat(rows("MATCH ()-[r:MEMBER_OF|PROVIDES|PARTY_TO|PART_OF]->()"
                        + " WHERE size(r.sources) = 0 OR size(r.quotes) <> size(r.sources) RETURN type(r) AS row"))
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

    private List<String> rows(String cypher) {
        return neo4j.driver().executableQuery(cypher).execute().records().stream()
                .map(record -> record.get("row").asString())
                .toList();
    }
}
