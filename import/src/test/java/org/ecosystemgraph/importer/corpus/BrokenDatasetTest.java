package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset with a problem loads nothing, and the message says which file, record and field. */
class BrokenDatasetTest {

    private static final String DOCUMENT = DeclarationCorpus.DOCUMENT;

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();

    @TempDir
    Path corpus;

    @BeforeEach
    void aCorpusFolderWithTheDeclaration() throws IOException {
        neo4j.clear();
        DeclarationCorpus.writeTo(corpus);
    }

    @Test
    void a_sound_dataset_from_a_folder_loads() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRY
                    kinds: [INDUSTRY_ASSOCIATION]
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会"}
                """);
        new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus));
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void an_unknown_sector_names_file_line_and_field_and_loads_nothing() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRIAL
                    kinds: [INDUSTRY_ASSOCIATION]
                """);
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("tohoku-innovation-declaration-2024.yaml")
                .hasMessageContaining("line 4")
                .hasMessageContaining("organizations[0].sector")
                .hasMessageContaining("INDUSTRIAL");
        assertThat(count()).isZero();
    }

    @Test
    void a_quote_that_is_not_in_the_document_is_refused_with_its_record() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRY
                    kinds: [INDUSTRY_ASSOCIATION]
                    source: {lines: "52", quote: "宮城工業会"}
                memberships:
                  - member: みやぎ工業会
                    consortium: TAP
                    source: {lines: "52", quote: "みやぎ工業会"}
                """);
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .isInstanceOf(DatasetException.class)
                .satisfies(e -> assertThat(((DatasetException) e).problems())
                        .containsExactly(
                                "line 3, organizations[0] (一般社団法人みやぎ工業会).source: quote '宮城工業会' is not on" + " lines 52",
                                "line 8, memberships[0].consortium: 'TAP' is not an organization of this dataset or of the graph;"
                                        + " add it to organizations (or as an alias)"));
        assertThat(count()).isZero();
    }

    @Test
    void a_membership_from_a_member_list_keeps_its_heading_before_its_quote() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: TAP
                    sector: SUPPORT
                    kinds: [CONSORTIUM]
                    source: {lines: "48", quote: "TAP (Tohoku Activation Panel)"}
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRY
                    kinds: [INDUSTRY_ASSOCIATION]
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会"}
                memberships:
                  - member: みやぎ工業会
                    consortium: TAP
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会", heading: {lines: "48", quote: "TAP (Tohoku Activation Panel)"}}
                """);
        new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus));
        var tie = neo4j.driver()
                .executableQuery(
                        "MATCH (:Organization)-[r:MEMBER_OF]->(:Organization) RETURN r.sources AS s, r.quotes AS q")
                .execute()
                .records()
                .get(0);
        assertThat(tie.get("s").asList(v -> v.asString())).containsExactly("tohoku-innovation-declaration-2024#L48,52");
        assertThat(tie.get("q").asList(v -> v.asString()))
                .containsExactly("TAP (Tohoku Activation Panel) … 一般社団法人みやぎ工業会");
    }

    @Test
    void a_heading_that_is_not_on_its_lines_is_refused() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: TAP
                    sector: SUPPORT
                    kinds: [CONSORTIUM]
                    source: {lines: "48", quote: "TAP (Tohoku Activation Panel)"}
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRY
                    kinds: [INDUSTRY_ASSOCIATION]
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会"}
                memberships:
                  - member: みやぎ工業会
                    consortium: TAP
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会", heading: {lines: "50", quote: "TAP"}}
                """);
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("memberships[0].source.heading: quote 'TAP' is not on lines 50");
        assertThat(count()).isZero();
    }

    @Test
    void a_location_without_its_place_or_with_words_not_on_its_lines_is_refused_by_field() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRY
                    kinds: [INDUSTRY_ASSOCIATION]
                    locations:
                      - {source: {lines: "52", quote: "一般社団法人みやぎ工業会"}}
                      - {place: sendai, source: {lines: "52", quote: "仙台市"}}
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会"}
                """);
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(
                        "organizations[0] (一般社団法人みやぎ工業会).locations[0].place: a location needs the id of its place")
                .hasMessageContaining(
                        "organizations[0] (一般社団法人みやぎ工業会).locations[1].source: quote '仙台市' is not on lines 52");
        assertThat(count()).isZero();
    }

    @Test
    void an_unknown_key_and_a_wrong_document_are_refused() throws IOException {
        dataset("""
                document: tohoku-innovation-declaration-2024
                organisations: []
                """);
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .hasMessageContaining(
                        "line 2, organisations: 'organisations' is not a key of this record; its keys are")
                .hasMessageContaining("organizations");
        dataset("document: sendai-tohoku-agreement-2021\n");
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .hasMessageContaining("belongs to tohoku-innovation-declaration-2024");
        assertThat(count()).isZero();
    }

    @Test
    void a_broken_dataset_leaves_a_loaded_graph_as_it_was() throws IOException {
        a_sound_dataset_from_a_folder_loads();
        dataset("""
                document: tohoku-innovation-declaration-2024
                organizations:
                  - name: 一般社団法人みやぎ工業会
                    sector: INDUSTRY
                    kinds: []
                    source: {lines: "52", quote: "一般社団法人みやぎ工業会"}
                """);
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .hasMessageContaining("organizations[0] (一般社団法人みやぎ工業会).kinds: required");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_document_that_is_not_utf8_is_named() throws IOException {
        var declaration = Files.list(corpus.resolve("documents")).findFirst().orElseThrow();
        Files.write(declaration, "東北イノベーション宣言".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        dataset("document: tohoku-innovation-declaration-2024\n");
        assertThatThrownBy(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)))
                .hasMessageContaining(declaration.getFileName().toString())
                .hasMessageContaining("is not UTF-8");
    }

    private void dataset(String yaml) throws IOException {
        Files.writeString(corpus.resolve("datasets").resolve(DOCUMENT + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    private long count() {
        return neo4j.driver()
                .executableQuery("MATCH (o:Organization) RETURN count(o) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
    }
}
