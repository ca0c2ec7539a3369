package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The extraction sets' datasets are what a reviewer would import, so they must pass the importer's checks as well as
 * score the extractors: each set loads on top of the bundled corpus (whose places and organizations they refer to).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionSetsImportTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();

    @BeforeAll
    void loadTheBundledCorpus() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "held-out"})
    void every_dataset_of_the_set_loads(String set) {
        var corpus = DirectoryCorpus.open(Path.of("src/test/resources/extraction", set));

        var report = new CorpusImporter(neo4j.driver()).load(corpus);

        assertThat(report.written()).hasSameSizeAs(corpus.documents());
    }
}
