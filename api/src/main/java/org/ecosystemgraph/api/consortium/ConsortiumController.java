package org.ecosystemgraph.api.consortium;

import static org.ecosystemgraph.api.graph.GraphRecords.organization;
import static org.ecosystemgraph.api.graph.GraphRecords.relationshipSources;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.Batches;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Names;
import org.ecosystemgraph.api.organization.Membership;
import org.ecosystemgraph.api.organization.OrganizationRepository;
import org.ecosystemgraph.api.source.Source;
import org.ecosystemgraph.model.NodeLabel;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;

/** Consortia by any of their names, with their members by role and sector column. */
@Controller
@Transactional(readOnly = true)
class ConsortiumController {

    private final Neo4jClient neo4j;
    private final Names names;
    private final OrganizationRepository organizations;

    ConsortiumController(
            Neo4jClient neo4j, Names names, OrganizationRepository organizations, BatchLoaderRegistry loaders) {
        this.neo4j = neo4j;
        this.names = names;
        this.organizations = organizations;
        loaders.<MembersKey, List<Membership>>forName("consortiumMembers")
                .registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> loadMembers(keys)));
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

    /** Members of many consortia, at one date or today, are loaded with one query per request. */
    record MembersKey(String consortium, String asOf) {}

    @SchemaMapping
    CompletableFuture<List<Membership>> members(
            Consortium consortium, @Argument String asOf, DataLoader<MembersKey, List<Membership>> consortiumMembers) {
        return consortiumMembers.load(new MembersKey(consortium.id(), asOf));
    }

    private Map<MembersKey, List<Membership>> loadMembers(Set<MembersKey> keys) {
        Map<MembersKey, List<Membership>> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, new ArrayList<>()));
        neo4j.query("""
                        UNWIND $keys AS key
                        MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: key.consortium})
                        CALL (m) {
                          MATCH (d:Document) WHERE d.id IN m.documents
                          RETURN min(d.published) AS firstStated
                        }
                        WITH key, c, o, m, firstStated
                        WHERE key.asOf IS NULL
                           OR (coalesce(m.since, firstStated) <= key.asOf AND (m.until IS NULL OR m.until > key.asOf))
                        RETURN key, %s AS c, %s AS o, %s AS m ORDER BY c.id, m.role IS NULL, o.sector, o.name
                        """.formatted(Consortium.PROJECTION, GraphRecords.organizationFields("o"), GraphRecords.MEMBERSHIP))
                .bind(keys.stream()
                        .map(k -> {
                            Map<String, Object> key = new HashMap<>();
                            key.put("consortium", k.consortium());
                            key.put("asOf", k.asOf());
                            return key;
                        })
                        .toList())
                .to("keys")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> result.get(new MembersKey(
                                record.get("key").get("consortium").asString(),
                                GraphRecords.string(record.get("key").get("asOf"))))
                        .add(new Membership(
                                organization(record.get("o")),
                                Consortium.of(record.get("c")),
                                GraphRecords.string(record.get("m").get("role")),
                                GraphRecords.string(record.get("m").get("sectorColumn")),
                                relationshipSources(
                                        record.get("m").get("sources"),
                                        record.get("m").get("quotes")))))
                .all();
        return result;
    }

    @BatchMapping
    Map<Consortium, List<Source>> sources(List<Consortium> consortia) {
        return Batches.spread(
                consortia, Consortium::id, ids -> organizations.sources(NodeLabel.ORGANIZATION, ids), List.of());
    }
}
