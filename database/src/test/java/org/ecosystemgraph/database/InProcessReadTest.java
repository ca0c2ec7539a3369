package org.ecosystemgraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path.Segment;
import org.neo4j.driver.types.Relationship;

/** A read in this process gives the records a read over Bolt gives, and cannot write. */
class InProcessReadTest {

    private static final String EVERY_KIND_OF_VALUE = """
            MATCH p = (u:Organization {id: 'tohoku-university'})-[m:MEMBER_OF]->(c:Consortium)
            RETURN u, m, p, c {.id, .name, aliases: c.aliases} AS consortium, u.founded AS founded,
                   [u.score, u.members, null, true] AS mixed, u.missing AS missing
            """;

    @TempDir
    static Path dataDir;

    static EmbeddedNeo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void aMembership() {
        neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
        driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken());
        driver.executableQuery("""
                        CREATE (:Organization {id: 'tohoku-university', name: '東北大学', founded: date('1907-06-22'),
                                               score: 0.75, members: 18000})
                               -[:MEMBER_OF {role: '会員', sources: ['000#L12', '000#L40']}]->
                               (:Organization:Consortium {id: 'tap', name: 'TAP',
                                                          aliases: ['東北アクセラレーションプログラム', 'ＴＡＰ']})
                        """).execute();
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @Test
    void gives_the_values_the_driver_gives() {
        Record overBolt =
                driver.executableQuery(EVERY_KIND_OF_VALUE).execute().records().get(0);
        Record inProcess = read(EVERY_KIND_OF_VALUE, row -> row).get(0);

        assertThat(inProcess.keys()).isEqualTo(overBolt.keys());
        assertSameNode(inProcess.get("u").asNode(), overBolt.get("u").asNode());
        assertSameRelationship(
                inProcess.get("m").asRelationship(), overBolt.get("m").asRelationship());
        var path = inProcess.get("p").asPath();
        var pathOverBolt = overBolt.get("p").asPath();
        assertThat(path.length()).isEqualTo(pathOverBolt.length()).isEqualTo(1);
        assertSameNode(path.start(), pathOverBolt.start());
        assertSameNode(path.end(), pathOverBolt.end());
        Segment segment = path.iterator().next();
        assertSameRelationship(
                segment.relationship(), pathOverBolt.iterator().next().relationship());
        for (String key : List.of("consortium", "founded", "mixed", "missing")) {
            assertThat(inProcess.get(key)).as(key).isEqualTo(overBolt.get(key));
        }
        assertThat(inProcess.get("consortium").get("aliases").asList(v -> v.asString()))
                .containsExactly("東北アクセラレーションプログラム", "ＴＡＰ");
        assertThat(inProcess.get("founded").asLocalDate()).hasYear(1907);
        assertThat(inProcess.get("missing").isNull()).isTrue();
    }

    @Test
    void cannot_write_and_leaves_the_graph_as_it_was() {
        assertThatThrownBy(() -> read("CREATE (:Probe) RETURN 1 AS one", row -> row))
                .hasMessageContaining("READ");
        assertThat(read(
                        "MATCH (p:Probe) RETURN count(p) AS n",
                        row -> row.get("n").asLong()))
                .containsExactly(0L);
    }

    @Test
    void shows_each_statement_to_the_steps_before_it_runs() {
        neo4j.beforeRead(query -> query.text().contains("'tap'")
                ? query.withText("MATCH (c:Consortium {id: 'tap'}) RETURN c.name + '!' AS name")
                : query);
        assertThat(read("MATCH (c:Consortium {id: $id}) RETURN c.name AS name", Map.of("id", "tap")))
                .containsExactly("TAP");
        assertThat(read("MATCH (c:Consortium {id: 'tap'}) RETURN c.name AS name", Map.of()))
                .containsExactly("TAP!");
    }

    private static List<String> read(String cypher, Map<String, Object> parameters) {
        return neo4j.read(
                cypher,
                parameters,
                Duration.ofSeconds(10),
                row -> row.get("name").asString());
    }

    private static <T> List<T> read(String cypher, Function<Record, T> row) {
        return neo4j.read(cypher, Map.of(), Duration.ofSeconds(10), row);
    }

    private static void assertSameNode(Node actual, Node expected) {
        assertThat(actual.elementId()).isEqualTo(expected.elementId());
        assertThat(actual.labels()).containsExactlyInAnyOrderElementsOf(expected.labels());
        assertThat(actual.asMap()).isEqualTo(expected.asMap());
    }

    private static void assertSameRelationship(Relationship actual, Relationship expected) {
        assertThat(actual.elementId()).isEqualTo(expected.elementId());
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.startNodeElementId()).isEqualTo(expected.startNodeElementId());
        assertThat(actual.endNodeElementId()).isEqualTo(expected.endNodeElementId());
        assertThat(actual.asMap()).isEqualTo(expected.asMap());
    }
}
