package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorpusImporterTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private final CorpusImporter importer = new CorpusImporter(neo4j.driver());

    @BeforeEach
    void startEmpty() {
        neo4j.clear();
    }

    @Test
    void loads_the_five_bundled_documents_with_title_and_publisher() {
        assertThat(importer.graphIsEmpty()).isTrue();

        importer.load(BundledCorpus.load());

        assertThat(importer.graphIsEmpty()).isFalse();
        List<String> rows = neo4j
                .driver()
                .executableQuery("MATCH (d:Document) RETURN d.publisher + '|' + d.title + '|' + d.published AS row"
                        + " ORDER BY d.published")
                .execute()
                .records()
                .stream()
                .map(record -> record.get("row").asString())
                .toList();
        assertThat(rows)
                .containsExactly(
                        "宮城県|事業環境整備構想|2005-12",
                        "仙台市|仙台市経済成長戦略2023（案）|2019",
                        "仙台市 経済局|「仙台市と東北大学との地域経済発展に関する協定」を締結します|2021-03-31",
                        "TAP（Tohoku Activation Panel／地域企業支援事業検討会）|東北イノベーション宣言|2024-03-18",
                        "日本経済研究所|東北地域におけるディープテック系スタートアップ・エコシステムの課題と発展に向けた提言|2025");
    }

    @Test
    void loading_twice_changes_nothing() {
        importer.load(BundledCorpus.load());
        importer.load(BundledCorpus.load());

        long documents = neo4j.driver()
                .executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
        assertThat(documents).isEqualTo(5);
    }

    @Test
    void reads_the_texts_that_ship_with_the_project() {
        var corpus = BundledCorpus.load();
        var agreement = corpus.documents().stream()
                .filter(document -> document.id().equals("sendai-tohoku-agreement-2021"))
                .findFirst()
                .orElseThrow();
        assertThat(corpus.text(agreement)).contains("青葉山新キャンパス");
    }
}
