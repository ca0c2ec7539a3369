package org.ecosystemgraph.api.path;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.model.RelationshipType;
import org.springframework.stereotype.Repository;

/**
 * Paths and neighbourhoods over the ties that mean working together ({@link RelationshipType#WORKING_TIES}). Hop
 * bounds of a quantified path pattern are literals in Cypher: they come in here as checked ints, never as text.
 */
@Repository
class PathRepository {

    private static final String TIES = RelationshipType.cypher(RelationshipType.WORKING_TIES);

    /** Where a path search ends: one organization, or any of a kind or sector. */
    enum Target {
        ORGANIZATION("MATCH (b:Organization {id: $to}) WHERE b <> a"),
        KIND_OR_SECTOR("""
                MATCH (b:Organization)
                WHERE b <> a AND ($kind IS NULL OR $kind IN b.kinds) AND ($sector IS NULL OR b.sector = $sector)""");

        private final String cypher;

        Target(String cypher) {
            this.cypher = cypher;
        }
    }

    private final GraphReads reads;

    PathRepository(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * The shortest paths of at most {@code hops} from {@code $from} to the target; among equally short ones, those
     * through smaller hubs (fewer ties of their inner nodes) first.
     */
    List<Path> paths(Target target, int paths, int hops, Map<String, Object> parameters) {
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
                """.formatted(target.cypher, paths, TIES, hops, Path.Node.PROJECTION);
        return List.copyOf(reads.list(
                cypher,
                parameters,
                record -> new Path(
                        record.get("length").asInt(),
                        record.get("nodes").asList(Path.Node::of),
                        record.get("hops")
                                .asList(h -> new Path.Hop(
                                        h.get("type").asString(),
                                        h.get("forward").asBoolean(),
                                        GraphRecords.relationshipSources(h))))));
    }

    /**
     * The nodes up to {@code hops} ties around an organization, nearest first and, at equal distance, the best
     * connected first, at most {@code limit} besides the organization; then every tie among the nodes kept.
     */
    Neighbourhood around(String centre, int hops, int limit) {
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
                """.formatted(TIES, hops, Path.Node.PROJECTION);
        return reads.one(
                        cypher,
                        Map.of("centre", centre, "limit", limit),
                        record -> new Neighbourhood(
                                record.get("nodes").asList(Path.Node::of),
                                record.get("ties")
                                        .asList(t -> new Neighbourhood.Tie(
                                                t.get("from").asString(),
                                                t.get("to").asString(),
                                                t.get("type").asString()))))
                .orElse(new Neighbourhood(List.of(), List.of()));
    }
}
