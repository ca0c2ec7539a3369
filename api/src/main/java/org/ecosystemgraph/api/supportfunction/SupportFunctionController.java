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

    static final int DEFAULT_PROVIDERS = 100;
    static final int MAX_PROVIDERS = 1000;

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
            @Argument String function,
            @Argument String place,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        int size = limit == null ? DEFAULT_PROVIDERS : limit;
        if (size < 1 || size > MAX_PROVIDERS) {
            return Answers.badRequest(List.of(), environment, "limit must be 1 to " + MAX_PROVIDERS);
        }
        var code = names.supportFunction(function);
        if (code.isEmpty()) {
            return Answers.notFound(List.of(), environment, "No support function is known as '" + function + "'");
        }
        var placeId = names.place(place);
        if (place != null && placeId.isEmpty()) {
            return Answers.notFound(List.of(), environment, "No place is known as '" + place + "'");
        }
        return Answers.of(organizations.providers(code.get(), placeId.orElse(null), size));
    }

    @BatchMapping
    Map<SupportFunction, List<Organization>> providers(List<SupportFunction> functions) {
        Map<SupportFunction, List<Organization>> result = new LinkedHashMap<>();
        Map<String, List<Organization>> byCode = new LinkedHashMap<>();
        neo4j.query("""
                        MATCH (o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(f:SupportFunction)
                        WHERE f.code IN $codes
                        RETURN f.code AS code, %s AS o ORDER BY o.name
                        """.formatted(GraphRecords.organizationFields("o")))
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
