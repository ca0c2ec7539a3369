package org.ecosystemgraph.api.consortium;

import static org.ecosystemgraph.api.graph.GraphRecords.organization;
import static org.ecosystemgraph.api.graph.GraphRecords.relationshipSources;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Names;
import org.ecosystemgraph.api.organization.Membership;
import org.ecosystemgraph.api.organization.OrganizationRepository;
import org.ecosystemgraph.api.source.Source;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** Consortia by any of their names, with their members by role and sector column. */
@Controller
@Transactional(readOnly = true)
class ConsortiumController {

    private final Neo4jClient neo4j;
    private final Names names;
    private final OrganizationRepository organizations;

    ConsortiumController(Neo4jClient neo4j, Names names, OrganizationRepository organizations) {
        this.neo4j = neo4j;
        this.names = names;
        this.organizations = organizations;
    }

    @QueryMapping
    DataFetcherResult<Consortium> consortium(@Argument String name, DataFetchingEnvironment environment) {
        return names.organization(name)
                .flatMap(id -> neo4j.query("MATCH (c:Consortium {id: $id}) RETURN c")
                        .bind(id)
                        .to("id")
                        .fetchAs(Consortium.class)
                        .mappedBy((types, record) -> Consortium.of(record.get("c")))
                        .one())
                .map(Answers::of)
                .orElseGet(() -> Answers.notFound(null, environment, "No consortium is known as '" + name + "'"));
    }

    @BatchMapping
    Map<Consortium, List<Membership>> members(List<Consortium> consortia) {
        Map<String, List<Membership>> byConsortium = new LinkedHashMap<>();
        neo4j.query("""
                        MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium) WHERE c.id IN $ids
                        RETURN c, o, m ORDER BY c.id, m.role IS NULL, o.sector, o.name
                        """)
                .bind(consortia.stream().map(Consortium::id).toList())
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> byConsortium
                        .computeIfAbsent(record.get("c").get("id").asString(), k -> new ArrayList<>())
                        .add(new Membership(
                                organization(record.get("o")),
                                Consortium.of(record.get("c")),
                                GraphRecords.string(record.get("m").get("role")),
                                GraphRecords.string(record.get("m").get("sectorColumn")),
                                relationshipSources(
                                        record.get("m").get("sources"),
                                        record.get("m").get("quotes")))))
                .all();
        Map<Consortium, List<Membership>> result = new LinkedHashMap<>();
        consortia.forEach(c -> result.put(c, byConsortium.getOrDefault(c.id(), List.of())));
        return result;
    }

    @BatchMapping
    Map<Consortium, List<Source>> sources(List<Consortium> consortia) {
        var loaded =
                organizations.sources(consortia.stream().map(Consortium::id).toList());
        Map<Consortium, List<Source>> result = new LinkedHashMap<>();
        consortia.forEach(c -> result.put(c, loaded.getOrDefault(c.id(), List.of())));
        return result;
    }
}
