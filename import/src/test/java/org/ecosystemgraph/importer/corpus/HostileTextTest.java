package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.GraphDump;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.ecosystemgraph.importer.extract.Extraction;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document text is data: Cypher and YAML metacharacters, quotes, backslashes, {@code $}, control characters and a very
 * long line pass through extraction and import as plain values, and nothing else in the graph changes.
 */
class HostileTextTest {

    private static final String DOCUMENT = "hostile-text";
    private static final String LONG_LINE = "長".repeat(200_000);
    private static final List<String> NAMES = List.of(
            "株式会社'; MATCH (n) DETACH DELETE n; //",
            "合同会社\"}) RETURN 1 UNION MATCH (m) SET m.name = 'x' //",
            "バックスラッシュ\\商会\\n\\\\",
            "ドル$name${x}{{y}}組合",
            "制御\u0007\u001B文字協会",
            "`バッククォート`]->(:Hack) 研究所");

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();

    @TempDir
    Path corpus;

    @Test
    void hostile_names_are_stored_as_written_and_touch_nothing_else() throws IOException {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
        GraphDump before = GraphDump.of(neo4j.driver());

        writeCorpus();
        new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus));

        List<String> stored = neo4j
                .driver()
                .executableQuery("""
                        MATCH (o:Organization)-[:SOURCED_FROM]->(:Document {id: $document})
                        RETURN o.name AS name ORDER BY name""")
                .withParameters(java.util.Map.of("document", DOCUMENT))
                .execute()
                .records()
                .stream()
                .map(r -> r.get("name").asString())
                .toList();
        assertThat(stored)
                .containsExactlyInAnyOrderElementsOf(
                        NAMES.stream().map(OrganizationNames::withoutLegalForm).toList());
        assertThat(stored).anyMatch(name -> name.contains("MATCH (n) DETACH DELETE n"));
        assertThat(stored).anyMatch(name -> name.contains("\u0007\u001B"));
        GraphDump after = GraphDump.of(neo4j.driver());
        assertThat(after.lines()).containsAll(before.lines());
        assertThat(after.nodes()).isEqualTo(before.nodes() + 1 + NAMES.size());
        String longLine = neo4j.driver()
                .executableQuery("MATCH (d:Document {id: $document}) RETURN d.lineCount AS lines")
                .withParameters(java.util.Map.of("document", DOCUMENT))
                .execute()
                .records()
                .get(0)
                .get("lines")
                .toString();
        assertThat(longLine).isEqualTo(String.valueOf(NAMES.size() + 2));
    }

    @Test
    void extraction_of_hostile_text_round_trips_through_its_yaml() {
        var extraction = new Extraction(SupportFunctionTaxonomy.bundled());
        var dataset = extraction.extract(DOCUMENT, documentText());
        String yaml = Extraction.toYaml(dataset);
        var readBack = new DatasetReader()
                .read("extracted.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(readBack).isEqualTo(dataset);
    }

    private static String documentText() {
        StringBuilder text = new StringBuilder("敵対的テキスト試験文書\n");
        NAMES.forEach(name -> text.append(name).append("（技術移転支援）\n"));
        return text.append(LONG_LINE).append('\n').toString();
    }

    private void writeCorpus() throws IOException {
        Files.createDirectories(corpus.resolve("documents"));
        Files.createDirectories(corpus.resolve("datasets"));
        Files.writeString(corpus.resolve("documents").resolve(DOCUMENT + ".txt"), documentText());
        Files.writeString(corpus.resolve("documents.yaml"), """
                documents:
                  - id: %s
                    file: %s.txt
                    title: "Hostile text: '; DROP \\"everything\\" $x"
                    publisher: test
                    published: "2026-01-01"
                """.formatted(DOCUMENT, DOCUMENT));
        StringBuilder dataset = new StringBuilder("document: " + DOCUMENT + "\norganizations:\n");
        for (int i = 0; i < NAMES.size(); i++) {
            dataset.append("  - name: ")
                    .append(yamlQuoted(NAMES.get(i)))
                    .append("\n    sector: INDUSTRY\n    kinds: [COMPANY]\n    source: {lines: \"")
                    .append(i + 2)
                    .append("\", quote: ")
                    .append(yamlQuoted(NAMES.get(i)))
                    .append("}\n");
        }
        Files.writeString(corpus.resolve("datasets").resolve(DOCUMENT + ".yaml"), dataset);
    }

    /** A YAML double-quoted scalar; control characters as \\xNN escapes. */
    private static String yamlQuoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                quoted.append("\\x%02X".formatted(c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
