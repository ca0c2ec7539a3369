package org.ecosystemgraph.api.partner;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Names;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner suggestions for a coordinator. The score adds up:
 *
 * <ul>
 *   <li>3 for each need met: the organization provides the needed support function (or a narrower one), or works in
 *       the needed field;
 *   <li>1 for each consortium both belong to, and for each agreement both are party to;
 *   <li>1 for a direct tie (part of, spin-off, investment, collaboration, support);
 *   <li>0.5 for being located in the same place.
 * </ul>
 *
 * With needs given, only organizations that meet at least one are suggested; a place or consortium keeps only those
 * located there or belonging to it. Ties are broken by name.
 */
@Controller
@Transactional(readOnly = true)
class PartnerController {

    static final int MAX_LIMIT = 50;

    private static final String SUGGESTIONS = """
            MATCH (x:Organization {id: $for})
            CALL (x) {
              UNWIND $functions AS code
              MATCH (c:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(f:SupportFunction {code: code})
              WHERE c <> x
              RETURN DISTINCT c, 'provides ' + f.label AS reason, 3.0 AS points, 1 AS need
              UNION
              UNWIND $fields AS field
              MATCH (c:Organization)-[:FOCUSES_ON]->(f:Field {id: field})
              WHERE c <> x
              RETURN DISTINCT c, 'works in ' + f.name AS reason, 3.0 AS points, 1 AS need
              UNION
              MATCH (x)-[:MEMBER_OF]->(k:Organization)<-[:MEMBER_OF]-(c:Organization)
              WHERE c <> x
              RETURN DISTINCT c, 'both in ' + k.name AS reason, 1.0 AS points, 0 AS need
              UNION
              MATCH (x)-[:PARTY_TO]->(a:Agreement)<-[:PARTY_TO]-(c:Organization)
              RETURN DISTINCT c, 'both party to ' + a.title AS reason, 1.0 AS points, 0 AS need
              UNION
              MATCH (x)-[t:PART_OF|SPUN_OFF_FROM|INVESTS_IN|FUNDS|COLLABORATES_WITH|SUPPORTS]-(c:Organization)
              WHERE c <> x
              RETURN DISTINCT c, 'tied directly (' + type(t) + ')' AS reason, 1.0 AS points, 0 AS need
              UNION
              MATCH (x)-[:LOCATED_IN]->(p:Place)<-[:LOCATED_IN]-(c:Organization)
              WHERE c <> x
              RETURN DISTINCT c, 'also in ' + p.name AS reason, 0.5 AS points, 0 AS need
            }
            WITH c, collect(reason) AS reasons, sum(points) AS score, sum(need) AS needsMet
            WHERE ($anyNeed = false OR needsMet > 0)
              AND ($place IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(:Place {id: $place}) })
              AND ($consortium IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Organization {id: $consortium}) })
            WITH c, score, reasons ORDER BY score DESC, c.name LIMIT $limit
            RETURN %s AS c, score, reasons
            """.formatted(GraphRecords.organizationFields("c"));

    private final Neo4jClient neo4j;
    private final Names names;

    PartnerController(Neo4jClient neo4j, Names names) {
        this.neo4j = neo4j;
        this.names = names;
    }

    @QueryMapping
    DataFetcherResult<List<PartnerSuggestion>> partners(
            @Argument("for") String organization,
            @Argument List<String> needs,
            @Argument String place,
            @Argument String memberOf,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        int size = limit == null ? 10 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Answers.badRequest(List.of(), environment, "limit must be 1 to " + MAX_LIMIT);
        }
        var id = names.organization(organization);
        if (id.isEmpty()) {
            return Answers.notFound(List.of(), environment, "No organization is known as '" + organization + "'");
        }
        var placeId = names.place(place);
        if (place != null && placeId.isEmpty()) {
            return Answers.notFound(List.of(), environment, "No place is known as '" + place + "'");
        }
        var consortium = names.organization(memberOf);
        if (memberOf != null && consortium.isEmpty()) {
            return Answers.notFound(List.of(), environment, "No consortium is known as '" + memberOf + "'");
        }
        List<String> functions = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String need : needs == null ? List.<String>of() : needs) {
            var function = names.supportFunction(need);
            var matchingFields = names.fields(need);
            function.ifPresent(functions::add);
            fields.addAll(matchingFields);
            if (function.isEmpty() && matchingFields.isEmpty()) {
                unknown.add(need);
            }
        }
        if (!unknown.isEmpty()) {
            return Answers.notFound(
                    List.of(),
                    environment,
                    "No support function or field is known as "
                            + String.join(
                                    ", ",
                                    unknown.stream().map(n -> "'" + n + "'").toList()));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("for", id.get());
        parameters.put("functions", functions);
        parameters.put("fields", fields);
        parameters.put("anyNeed", !(functions.isEmpty() && fields.isEmpty()));
        parameters.put("place", placeId.orElse(null));
        parameters.put("consortium", consortium.orElse(null));
        parameters.put("limit", size);
        List<PartnerSuggestion> suggestions = List.copyOf(neo4j.query(SUGGESTIONS)
                .bindAll(parameters)
                .fetchAs(PartnerSuggestion.class)
                .mappedBy((types, record) -> new PartnerSuggestion(
                        GraphRecords.organization(record.get("c")),
                        record.get("score").asDouble(),
                        record.get("reasons").asList(Value::asString)))
                .all());
        return Answers.of(suggestions);
    }
}
