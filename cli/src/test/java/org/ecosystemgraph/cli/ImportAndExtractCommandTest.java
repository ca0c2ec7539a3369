package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
                .contains("[5/5] tohoku-deeptech-ecosystem-2025")
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
    void extracts_candidate_clauses_and_reports_recall() {
        int exitCode = kg("extract", "sendai-tohoku-agreement-2021");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains("number: 1(1)①", "number: 1(3)②", "signedOn: 2021-03-31");
        assertThat(err.toString()).containsPattern("sendai-tohoku-agreement-2021 +\\d+ / +\\d+");
    }

    @Test
    void reports_recall_for_every_bundled_document() {
        int exitCode = kg("extract", "--report");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("miyagi-business-environment-2005", "tohoku-innovation-declaration-2024", "all documents");
    }
}
