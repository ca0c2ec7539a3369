package org.ecosystemgraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

/** What every Neo4j the application runs on must do: hold the schema, keep what is written, enforce identity. */
abstract class DatabaseContract {

    abstract Neo4jFixture fixture();

    @BeforeEach
    void clear() {
        fixture().clear();
    }

    @Test
    void holds_every_constraint_of_the_bundled_schema() {
        try (var session = fixture().driver().session()) {
            var names = session.executeRead(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                    .single()
                    .get("names")
                    .asList(value -> value.asString()));
            assertThat(names)
                    .contains("document_id", "organization_id", "support_function_code", "clause_id", "kpi_id");
        }
    }

    @Test
    void reads_back_what_was_written_through_the_driver() {
        try (var session = fixture().driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "CREATE (:Organization {id: $id, name: $name})",
                    Map.of("id", "tohoku-university", "name", "東北大学")));
            String name = session.executeRead(tx -> tx.run(
                            "MATCH (o:Organization {id: $id}) RETURN o.name AS name", Map.of("id", "tohoku-university"))
                    .single()
                    .get("name")
                    .asString());
            assertThat(name).isEqualTo("東北大学");
        }
    }

    @Test
    void rejects_a_second_organization_with_the_same_id() {
        try (var session = fixture().driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run("CREATE (:Organization {id: 'sendai-city'})"));
            assertThatThrownBy(() -> session.executeWriteWithoutResult(
                            tx -> tx.run("CREATE (:Organization {id: 'sendai-city'})")))
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("already exists with label `Organization` and property `id`");
        }
    }
}
