package org.ecosystemgraph.cli;

import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.neo4j.driver.Driver;

/** The shared test Neo4j holding the bundled corpus, loaded once for the research tests of this JVM. */
public final class BundledGraph {

    private static boolean loaded;

    private BundledGraph() {}

    public static synchronized Driver driver() {
        var neo4j = EmbeddedNeo4jFixture.shared();
        if (!loaded) {
            neo4j.clear();
            new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
            loaded = true;
        }
        return neo4j.driver();
    }
}
