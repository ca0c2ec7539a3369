package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.GraphDump;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.model.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The graph is a function of the corpus alone: loading it twice, with its catalogue in any order, or reloading its
 * documents one at a time in any order gives the same content, line for line of the full dump.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphContentTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private final Corpus corpus = BundledCorpus.load();
    private GraphDump clean;

    @BeforeAll
    void aCleanLoad() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(corpus);
        clean = GraphDump.of(neo4j.driver());
    }

    @Test
    void the_clean_load_has_the_whole_corpus() {
        assertThat(clean.nodes()).isGreaterThan(800);
        assertThat(clean.relationships()).isGreaterThan(1300);
        assertThat(clean.lines())
                .anyMatch(line -> line.startsWith("(:Document \"tohoku-innovation-declaration-2024\""));
    }

    @Test
    void loading_the_corpus_again_changes_nothing() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(corpus);
        new CorpusImporter(neo4j.driver()).load(corpus);
        assertSameAsClean(GraphDump.of(neo4j.driver()), "after loading the corpus twice");
    }

    @Test
    void the_order_of_the_catalogue_does_not_matter() {
        Random random = new Random(7);
        for (int trial = 0; trial < 3; trial++) {
            List<SourceDocument> shuffled = new ArrayList<>(corpus.documents());
            Collections.shuffle(shuffled, random);
            neo4j.clear();
            new CorpusImporter(neo4j.driver()).load(listedAs(shuffled));
            assertSameAsClean(
                    GraphDump.of(neo4j.driver()),
                    "with the documents listed as "
                            + shuffled.stream().map(SourceDocument::id).toList());
        }
    }

    @Test
    void reloading_each_document_alone_in_any_order_changes_nothing() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(corpus);
        List<SourceDocument> documents = new ArrayList<>(corpus.documents());
        Collections.shuffle(documents, new Random(11));
        var importer = new CorpusImporter(neo4j.driver());
        documents.forEach(document -> importer.load(corpus, d -> d.id().equals(document.id()), message -> {}));
        assertSameAsClean(
                GraphDump.of(neo4j.driver()),
                "after reloading each document alone, in the order "
                        + documents.stream().map(SourceDocument::id).toList());
    }

    private void assertSameAsClean(GraphDump dump, String when) {
        List<String> difference = new ArrayList<>();
        clean.lines().stream()
                .filter(line -> !dump.lines().contains(line))
                .forEach(line -> difference.add("- " + line));
        dump.lines().stream()
                .filter(line -> !clean.lines().contains(line))
                .forEach(line -> difference.add("+ " + line));
        assertThat(difference).as("lines missing (-) or added (+) " + when).isEmpty();
        assertThat(dump.sha256()).isEqualTo(clean.sha256());
    }

    /** The bundled corpus with its catalogue in another order. */
    private Corpus listedAs(List<SourceDocument> order) {
        return new Corpus() {
            @Override
            public String location() {
                return corpus.location();
            }

            @Override
            public List<SourceDocument> documents() {
                return order;
            }

            @Override
            public String text(SourceDocument document) {
                return corpus.text(document);
            }

            @Override
            public java.util.Optional<DatasetFile> dataset(SourceDocument document) {
                return corpus.dataset(document);
            }
        };
    }
}
