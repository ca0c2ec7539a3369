package org.ecosystemgraph.api.path;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.Answers;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Names;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * How one organization reaches another, a kind or a sector. Paths run over the ties that mean working together —
 * membership, spin-off, part-of, agreements, programmes, initiatives, investment — never over places or topics,
 * which would join everything to everything. Shortest first; among equally short ones, those through smaller hubs
 * (fewer ties of their inner nodes) first.
 */
@Controller
@Transactional(readOnly = true)
class ConnectionController {

    static final int MAX_HOPS = 6;
    static final int MAX_PATHS = 50;

    private final Neo4jClient neo4j;
    private final Names names;

    ConnectionController(Neo4jClient neo4j, Names names) {
        this.neo4j = neo4j;
        this.names = names;
    }

    @QueryMapping
    DataFetcherResult<List<Path>> connections(
            @Argument String from,
            @Argument String to,
            @Argument String toKind,
            @Argument Sector toSector,
            @Argument Integer maxHops,
            @Argument Integer limit,
            DataFetchingEnvironment environment) {
        int hops = maxHops == null ? 4 : maxHops;
        int paths = limit == null ? 5 : limit;
        if (hops < 1 || hops > MAX_HOPS || paths < 1 || paths > MAX_PATHS) {
            return Answers.badRequest(
                    List.of(), environment, "maxHops must be 1 to " + MAX_HOPS + " and limit 1 to " + MAX_PATHS);
        }
        if ((to == null) == (toKind == null && toSector == null) || (to != null && toKind != null)) {
            return Answers.badRequest(List.of(), environment, "Give either to, or toKind and/or toSector");
        }
        if (toKind != null
                && java.util.Arrays.stream(OrganizationKind.values())
                        .noneMatch(k -> k.name().equals(toKind))) {
            return Answers.badRequest(List.of(), environment, "toKind '" + toKind + "' is not a kind code");
        }
        var start = names.organization(from);
        if (start.isEmpty()) {
            return Answers.notFound(List.of(), environment, "No organization is known as '" + from + "'");
        }
        String target = null;
        if (to != null) {
            var end = names.organization(to);
            if (end.isEmpty()) {
                return Answers.notFound(List.of(), environment, "No organization is known as '" + to + "'");
            }
            target = end.get();
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", start.get());
        parameters.put("to", target);
        parameters.put("kind", toKind);
        parameters.put("sector", toSector == null ? null : toSector.name());
        parameters.put("limit", paths);
        if (target != null) {
            // Both ends known: the search runs between two nodes found by id.
            return Answers.of(paths(TO_ORGANIZATION, paths, hops, parameters));
        }
        // Any organization of a kind or sector: widen the search one hop at a time and stop as soon as there are
        // enough paths. Every path found within h hops ranks before any longer one, so the answer is the same as
        // one search to the full depth, which from a hub would reach most of the graph.
        List<Path> found = List.of();
        for (int depth = 1; depth <= hops && found.size() < paths; depth++) {
            found = paths(TO_KIND_OR_SECTOR, paths, depth, parameters);
        }
        return Answers.of(found);
    }

    private static final String TO_ORGANIZATION = "MATCH (b:Organization {id: $to}) WHERE b <> a";

    private static final String TO_KIND_OR_SECTOR = """
            MATCH (b:Organization)
            WHERE b <> a AND ($kind IS NULL OR $kind IN b.kinds) AND ($sector IS NULL OR b.sector = $sector)""";

    private List<Path> paths(String target, int paths, int hops, Map<String, Object> parameters) {
        // Hop bounds of a quantified path pattern are literals; hops is a checked int, never text from the request.
        String cypher = """
                MATCH (a:Organization {id: $from})
                %s
                MATCH p = SHORTEST %d (a)-[:%s]-{1,%d}(b)
                WITH p, reduce(weight = 0, n IN nodes(p)[1..-1] | weight + COUNT { (n)--() }) AS hubWeight
                ORDER BY length(p), hubWeight, [n IN nodes(p) | n.id]
                LIMIT $limit
                RETURN length(p) AS length,
                       [n IN nodes(p) | %s] AS nodes,
                       [i IN range(0, length(p) - 1) | {
                           type: type(relationships(p)[i]),
                           forward: startNode(relationships(p)[i]) = nodes(p)[i],
                           sources: relationships(p)[i].sources,
                           quotes: relationships(p)[i].quotes}] AS hops
                """.formatted(target, paths, Ties.CYPHER, hops, Path.Node.PROJECTION);
        return List.copyOf(neo4j.query(cypher)
                .bindAll(parameters)
                .fetchAs(Path.class)
                .mappedBy((types, record) -> new Path(
                        record.get("length").asInt(),
                        record.get("nodes").asList(Path.Node::of),
                        record.get("hops")
                                .asList(h -> new Path.Hop(
                                        h.get("type").asString(),
                                        h.get("forward").asBoolean(),
                                        GraphRecords.relationshipSources(h.get("sources"), h.get("quotes"))))))
                .all());
    }
}
