package org.ecosystemgraph.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.importer.corpus.CorpusImporter;
import org.ecosystemgraph.importer.corpus.DirectoryCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus: the same seed gives the same files, and the importer takes it as it takes real documents. */
class SyntheticCorpusTest {

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();

    @TempDir
    Path work;

    @Test
    void the_same_seed_gives_the_same_corpus_and_another_seed_another() throws IOException {
        SyntheticCorpus.write(work.resolve("a"), 1000, 7, line -> {});
        SyntheticCorpus.write(work.resolve("b"), 1000, 7, line -> {});
        SyntheticCorpus.write(work.resolve("c"), 1000, 8, line -> {});
        assertThat(contents(work.resolve("a"))).isEqualTo(contents(work.resolve("b")));
        assertThat(contents(work.resolve("a"))).isNotEqualTo(contents(work.resolve("c")));
    }

    @Test
    void imports_with_every_prefecture_and_the_national_hubs() throws IOException {
        var summary = SyntheticCorpus.write(work.resolve("corpus"), 1000, 1, line -> {});
        assertThat(summary.documents()).isEqualTo(48);
        assertThat(summary.organizations()).isBetween(900, 1300);
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(work.resolve("corpus")));
        assertThat(count("MATCH (o:Organization) RETURN count(o)")).isEqualTo(summary.organizations());
        assertThat(count("MATCH (o:Organization) WHERE 'PREFECTURE' IN o.kinds RETURN count(o)"))
                .isEqualTo(47);
        assertThat(count("MATCH ()-[m:MEMBER_OF]->() RETURN count(m)")).isEqualTo(summary.memberships());
        // The national hubs sit in consortia all over the country.
        assertThat(count("""
                        MATCH (:Organization {name: '経済産業省'})-[:MEMBER_OF]->(:Consortium)-[:LOCATED_IN]->(p:Place)
                        RETURN count(DISTINCT p)""")).isGreaterThanOrEqualTo(5);
        assertThat(count("MATCH (:Organization)-[:SPUN_OFF_FROM]->(u:Organization) WHERE 'UNIVERSITY' IN u.kinds"
                        + " RETURN count(*)"))
                .isPositive();
        assertThat(summary.agreements()).isPositive();
        // Each agreement binds a prefecture to one of its universities or banks, with three clauses.
        assertThat(count("MATCH (g:Organization)-[:PARTY_TO]->(a:Agreement)-[:HAS_CLAUSE]->(:Clause)"
                        + " WHERE 'PREFECTURE' IN g.kinds RETURN count(DISTINCT a)"))
                .isEqualTo(summary.agreements());
    }

    @Test
    void refuses_fewer_than_ten_organizations_per_prefecture() {
        assertThatThrownBy(() -> SyntheticCorpus.write(work.resolve("tiny"), 100, 1, line -> {}))
                .hasMessageContaining("at least 470");
    }

    private long count(String cypher) {
        return neo4j.driver()
                .executableQuery(cypher)
                .execute()
                .records()
                .get(0)
                .get(0)
                .asLong();
    }

    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .map(file -> {
                        try {
                            return folder.relativize(file) + ":"
                                    + Files.readString(file).hashCode();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }
}
