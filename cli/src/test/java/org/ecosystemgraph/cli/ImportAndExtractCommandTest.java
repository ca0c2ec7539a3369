package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemgraph.importer.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./kg import} and {@code ./kg extract} as a user runs them, on the embedded database. */
class ImportAndExtractCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int kg(String... args) {
        return Kg.commandLine()
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }

    @Test
    void imports_the_bundled_corpus_and_reports_what_it_resolved_and_holds() {
        int exitCode = kg("import", "bundled", "--data-dir=" + dataDir);

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("[5/6] tohoku-deeptech-ecosystem-2025", "[6/6] english-names-reviewed: 1 nodes")
                .contains("国立大学法人 東北大学 -> 東北大学")
                .containsPattern("nodes .*Organization \\d+")
                .containsPattern("relationships .*MEMBER_OF \\d+");
    }

    @Test
    void runs_library_queries_read_only_and_prints_csv() {
        String database = "--data-dir=" + dataDir;
        assertThat(kg("import", "bundled", database)).isZero();

        int exitCode =
                kg("cypher", "consortium-members-by-sector", "--param", "consortium=tap", "--format", "csv", database);

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("sector,members,organizations,reportedTotal")
                .contains("GOVERNMENT,3,\"[\"\"仙台市\"\",\"\"宮城県\"\",\"\"東北経済産業局\"\"]\",10");
        assertThat(kg("cypher", "MATCH (n) DETACH DELETE n", database)).isEqualTo(1);
        assertThat(err.toString()).contains("Writing in read access mode not allowed", "read-only unless --write");

        out.getBuffer().setLength(0);
        assertThat(kg("analyze", "--top", "1", database)).isZero();
        assertThat(out.toString())
                .containsPattern("Organization network: \\d+ organizations, \\d+ ties")
                .contains("Top brokers by role and sector", "liaison", "Stored on the organizations");
        out.getBuffer().setLength(0);
        String analyzed = "MATCH (o:Organization {id: '東北大学'}) RETURN o.networkDegree > 0 AS analyzed";
        assertThat(kg("cypher", analyzed, "--format", "csv", database)).isZero();
        assertThat(out.toString()).isEqualToIgnoringNewLines("analyzedtrue");
    }

    @Test
    void exports_graphml_to_a_file(@TempDir Path exports) throws IOException {
        String database = "--data-dir=" + dataDir;
        assertThat(kg("import", "bundled", database)).isZero();
        Path file = exports.resolve("ecosystem.graphml");

        int exitCode = kg("export", "--format", "graphml", "--out", file.toString(), "--consortium", "MASP", database);

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(err.toString()).containsPattern("Exported \\d+ nodes and \\d+ relationships as graphml");
        assertThat(Files.readString(file)).startsWith("<?xml").contains("みちのくアカデミア発スタートアップ共創プラットフォーム");
    }

    @Test
    void refuses_a_broken_corpus_folder_naming_the_file_and_field(@TempDir Path corpus) throws IOException {
        Files.createDirectories(corpus.resolve("documents"));
        Files.createDirectories(corpus.resolve("datasets"));
        Files.writeString(corpus.resolve("documents/memo.txt"), "東北大学と仙台市の連携\n");
        Files.writeString(
                corpus.resolve("documents.yaml"),
                "documents:\n  - {id: memo, file: memo.txt, title: メモ, publisher: 仙台市, published: \"2024\"}\n");
        Files.writeString(
                corpus.resolve("datasets/memo.yaml"),
                "document: memo\norganizations:\n  - {name: 東北大学, sector: ACADEMIA, kinds: [UNIVERSITY],"
                        + " source: {lines: \"1\", quote: 宮城大学}}\n");

        int exitCode = kg("import", corpus.toString(), "--data-dir=" + dataDir);

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString())
                .contains("Nothing was imported.")
                .contains("datasets/memo.yaml")
                .contains("organizations[0] (東北大学).source: quote '宮城大学' is not on lines 1");
    }

    @Test
    void extracts_candidate_clauses_and_reports_the_score() {
        int exitCode = kg("extract", "sendai-tohoku-agreement-2021");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("number: 1(1)①", "number: 1(3)②", "signedOn: 2021-03-31", "parties:", "- 仙台市", "- 東北大学");
        assertThat(err.toString()).containsPattern("parties +2/2 +100.0% +2/2 +100.0%");
    }

    @Test
    void reports_recall_and_precision_for_the_bundled_documents_and_a_test_set() {
        int exitCode = kg("extract", "--report", "../import/src/test/resources/extraction/development");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("bundled corpus", "miyagi-business-environment-2005", "tohoku-innovation-declaration-2024")
                .contains(
                        "../import/src/test/resources/extraction/development",
                        "press-release-agreement",
                        "news-article")
                .containsPattern("relations \\(parties … clauses\\) +\\d+/\\d+");
    }

    @Test
    void extracts_a_pdf_a_web_page_and_a_text_file_into_a_corpus_that_imports(@TempDir Path work) throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Files.write(
                inbox.resolve("agreement.pdf"),
                TestPdfs.write(
                        "報道発表資料 令和７年６月１２日",
                        "宮城県、国立大学法人東北大学及び株式会社七十七銀行は、６月１０日に「地域産業の振興に関する連携協定」を締結しました。",
                        "（１）県内企業と大学の共同研究の促進に関すること",
                        "（２）大学発スタートアップの創出と成長支援に関すること"));
        Files.writeString(inbox.resolve("council.html"), """
                <!DOCTYPE html><html><head><title>協議会について</title></head><body>
                <nav>ホーム</nav><main><h1>みやぎ未来創造協議会</h1>
                <p>みやぎ未来創造協議会は、東北学院大学、仙台市、株式会社東北ベンチャーオフィスなど３団体で構成されています。</p>
                </main></body></html>""");
        Files.writeString(inbox.resolve("notice.txt"), "東北大学発スタートアップの株式会社マテリアルフロンティアは、仙台市内に工場を整備する。\n");
        Files.write(inbox.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'});
        Path corpus = work.resolve("corpus");

        int extracted = kg("extract", inbox.toString(), "--corpus", corpus.toString());

        assertThat(extracted)
                .as("the unreadable scan.pdf fails the run, the others are added")
                .isEqualTo(1);
        assertThat(err.toString())
                .contains("[1/4] " + inbox.resolve("agreement.pdf") + " (PDF)")
                .contains(inbox.resolve("scan.pdf") + ": is not a PDF that can be read")
                .contains("1 of 4 documents could not be read");
        assertThat(Files.readString(corpus.resolve("datasets/agreement.yaml")))
                .contains("- 宮城県", "- 東北大学", "- 七十七銀行", "number: (1)", "signedOn: 2025-06-10");
        assertThat(Files.readString(corpus.resolve("datasets/council.yaml")))
                .contains("member: 東北学院大学", "consortium: みやぎ未来創造協議会");
        assertThat(Files.readString(corpus.resolve("datasets/notice.yaml")))
                .contains("type: SPUN_OFF_FROM", "from: マテリアルフロンティア", "to: 東北大学");
        assertThat(Files.readString(corpus.resolve("documents/agreement.txt"))).contains("（１）県内企業と大学の共同研究の促進に関すること");

        int imported = kg("import", corpus.toString(), "--data-dir=" + dataDir);

        assertThat(imported).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("[3/3]")
                .containsPattern("PARTY_TO 3")
                .containsPattern("SPUN_OFF_FROM 1");
    }

    @Test
    void with_graph_names_resolve_to_the_organizations_of_the_store(@TempDir Path work) throws Exception {
        assertThat(kg("import", "bundled", "--data-dir=" + dataDir)).isZero();
        Path notice = work.resolve("notice.txt");
        Files.writeString(notice, "東北大と仙台高専は、みやぎ産業振興機構とともに地元企業の技術相談に応じる。\n");

        int exitCode = kg("extract", notice.toString(), "--graph", "--data-dir=" + dataDir);

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(err.toString())
                .containsPattern("Knowing the \\d+ organizations of ")
                .contains("東北大 → 東北大学: the short form of 東北大学")
                .contains("仙台高専 → 仙台高等専門学校: the short form of 仙台高等専門学校");
        assertThat(out.toString()).contains("name: 東北大学", "name: 仙台高等専門学校", "name: みやぎ産業振興機構");
    }
}
