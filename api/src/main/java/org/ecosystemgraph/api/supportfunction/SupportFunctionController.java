package org.ecosystemgraph.api.supportfunction;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Names;
import org.ecosystemgraph.api.organization.Organization;
import org.ecosystemgraph.api.organization.OrganizationRepository;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** The support-function taxonomy and who provides each function (narrower functions count). */
@Controller
@Transactional(readOnly = true)
class SupportFunctionController {

    private final Neo4jClient neo4j;
    private final Names names;
    private final OrganizationRepository organizations;

    SupportFunctionController(Neo4jClient neo4j, Names names, OrganizationRepository organizations) {
        this.neo4j = neo4j;
        this.names = names;
        this.organizations = organizations;
    }

    @QueryMapping
    List<SupportFunction> supportFunctions() {
        return List.copyOf(neo4j.query("""
                        MATCH (f:SupportFunction) OPTIONAL MATCH (f)-[:BROADER]->(b)
                        RETURN f, b.code AS broader ORDER BY coalesce(b.code, f.code), b IS NOT NULL, f.code
                        """)
                .fetchAs(SupportFunction.class)
                .mappedBy((types, record) -> SupportFunction.of(record))
                .all());
    }

    @QueryMapping
    DataFetcherResult<List<Organization>> supportProviders(
            @Argument String function, DataFetchingEnvironment environment) {
        return names.supportFunction(function)
                .map(code -> Answers.of(organizations.providers(List.of(code))))
                .orElseGet(() ->
                        Answers.notFound(List.of(), environment, "No support function is known as '" + function + "'"));
    }

    @BatchMapping
    Map<SupportFunction, List<Organization>> providers(List<SupportFunction> functions) {
        Map<SupportFunction, List<Organization>> result = new LinkedHashMap<>();
        Map<String, List<Organization>> byCode = new LinkedHashMap<>();
        neo4j.query("""
                        MATCH (o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(f:SupportFunction)
                        WHERE f.code IN $codes
                        RETURN f.code AS code, o ORDER BY o.name
                        """)
                .bind(functions.stream().map(SupportFunction::code).toList())
                .to("codes")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> byCode.computeIfAbsent(
                                record.get("code").asString(), k -> new ArrayList<>())
                        .add(GraphRecords.organization(record.get("o"))))
                .all();
        functions.forEach(f -> result.put(
                f, byCode.getOrDefault(f.code(), List.of()).stream().distinct().toList()));
        return result;
    }

    @BatchMapping
    Map<SupportFunction, SupportFunction> broader(List<SupportFunction> functions) {
        Map<String, SupportFunction> all = new LinkedHashMap<>();
        supportFunctions().forEach(f -> all.put(f.code(), f));
        Map<SupportFunction, SupportFunction> result = new LinkedHashMap<>();
        functions.forEach(f -> {
            if (f.broaderCode() != null) {
                result.put(f, all.get(f.broaderCode()));
            }
        });
        return result;
    }
}
