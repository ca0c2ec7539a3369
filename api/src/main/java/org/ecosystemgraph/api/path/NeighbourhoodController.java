package org.ecosystemgraph.api.path;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.Names;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * What lies around an organization, for a map: the nodes up to two ties away over the ties {@code connections}
 * walks, nearest first and, at equal distance, the best connected first, cut at a limit so that a hub such as
 * 東北大学 stays drawable; then every tie among the nodes kept.
 */
@Controller
@Transactional(readOnly = true)
class NeighbourhoodController {

    static final int MAX_HOPS = 2;
    static final int MAX_NODES = 200;

    private final Neo4jClient neo4j;
    private final Names names;

    NeighbourhoodController(Neo4jClient neo4j, Names names) {
        this.neo4j = neo4j;
        this.names = names;
    }

    @QueryMapping
    DataFetcherResult<Neighbourhood> neighbourhood(
            @Argument String of, @Argument Integer hops, @Argument Integer limit, DataFetchingEnvironment environment) {
        var empty = new Neighbourhood(List.of(), List.of());
        int depth = hops == null ? 1 : hops;
        int size = limit == null ? 60 : limit;
        if (depth < 1 || depth > MAX_HOPS || size < 1 || size > MAX_NODES) {
            return Answers.badRequest(
                    empty, environment, "hops must be 1 to " + MAX_HOPS + " and limit 1 to " + MAX_NODES);
        }
        var centre = names.organization(of);
        if (centre.isEmpty()) {
            return Answers.notFound(empty, environment, "No organization is known as '" + of + "'");
        }
        // The hop bound is a checked int, never text from the request.
        String cypher = """
                MATCH (a:Organization {id: $centre})
                OPTIONAL MATCH p = (a)-[:%1$s]-{1,%2$d}(n) WHERE n <> a
                WITH a, n, min(length(p)) AS distance
                ORDER BY distance, COUNT { (n)--() } DESC, n.id
                LIMIT $limit
                WITH a, [x IN collect(n) WHERE x IS NOT NULL] AS around
                WITH [a] + around AS shown
                CALL (shown) {
                  UNWIND shown AS x
                  MATCH (x)-[t:%1$s]->(y) WHERE y IN shown
                  RETURN collect({from: x.id, to: y.id, type: type(t)}) AS ties
                }
                RETURN [n IN shown | %3$s] AS nodes, ties
                """.formatted(Ties.CYPHER, depth, Path.Node.PROJECTION);
        return Answers.of(neo4j.query(cypher)
                .bindAll(Map.of("centre", centre.get(), "limit", size - 1))
                .fetchAs(Neighbourhood.class)
                .mappedBy((types, record) -> new Neighbourhood(
                        record.get("nodes").asList(Path.Node::of),
                        record.get("ties")
                                .asList(t -> new Neighbourhood.Tie(
                                        t.get("from").asString(),
                                        t.get("to").asString(),
                                        t.get("type").asString()))))
                .one()
                .orElse(empty));
    }
}
