package org.ecosystemgraph.api.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request reads the organization properties its fields ask for, wherever organizations and consortia appear in it. */
class OrganizationFieldsTest {

    private static final String SCHEMA = """
            type Query { organization: Organization, projection: String }
            type Organization { key: String, name: String, description: String, kinds: [String], memberships: [Membership] }
            type Membership { role: String, consortium: Consortium }
            type Consortium { name: String, aliases: [String], memberCount: Int }
            """;

    /** Each request answers {@code projection} with the projection its organizations would be read with. */
    private final GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator()
                    .makeExecutableSchema(
                            new SchemaParser().parse(SCHEMA),
                            RuntimeWiring.newRuntimeWiring()
                                    .type(
                                            "Query",
                                            query -> query.dataFetcher("projection", (DataFetcher<String>)
                                                            environment -> OrganizationFields.of(
                                                                            environment.getGraphQlContext())
                                                                    .projection("o"))
                                                    .dataFetcher("organization", environment -> Map.of()))
                                    .build()))
            .instrumentation(OrganizationFields.selector())
            .build();

    private String projectionFor(String fields) {
        var result = graphQl.execute(ExecutionInput.newExecutionInput("{ projection " + fields + " }"));
        assertThat(result.getErrors()).isEmpty();
        return ((Map<?, ?>) result.getData()).get("projection").toString();
    }

    @Test
    void names_alone_read_the_id_name_and_sector() {
        assertThat(projectionFor("organization { name }")).isEqualTo("o {.id, .name, .sector}");
    }

    @Test
    void the_fields_asked_of_members_and_consortia_are_read_too() {
        assertThat(projectionFor(
                        "organization { description kinds memberships { role consortium { aliases memberCount } } }"))
                .isEqualTo("o {.id, .name, .sector, .memberCount, .description, .aliases, .kinds}");
    }

    @Test
    void outside_a_request_every_property_is_read() {
        assertThat(OrganizationFields.ALL.projection("o"))
                .isEqualTo(org.ecosystemgraph.model.NodeLabel.ORGANIZATION.projection("o"))
                .contains(".legalName", ".address", ".phone", ".description", ".aliases");
        assertThat(List.of(OrganizationFields.of(null))).containsExactly(OrganizationFields.ALL);
    }
}
