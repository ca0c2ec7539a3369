package org.ecosystemgraph.api.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.ecosystemgraph.model.RelationshipType;
import org.springframework.stereotype.Repository;

/** The scoring of partner suggestions, in one statement (the rules are those of {@link PartnerController}). */
@Repository
class PartnerRepository {

    /** What the partners of one organization are sought for, resolved to ids and codes. */
    record Request(
            String organization,
            List<String> functions,
            List<String> fields,
            String place,
            String consortium,
            int limit) {}

    // The relationship types come from the RelationshipType catalogue, never from a request.
    private static final String SUGGESTIONS =
            """
            MATCH (x:Organization {id: $for})
            CALL (x) {
              UNWIND $functions AS code
              MATCH (c:Organization)-[r:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(f:SupportFunction {code: code})
              WHERE c <> x
              WITH c, f, collect(r) AS ties
              RETURN c, {code: 'PROVIDES', subject: f.label, subjectEn: f.labelEn, ties: ties} AS reason,
                     3.0 AS points, 1 AS need
              UNION
              UNWIND $fields AS field
              MATCH (c:Organization)-[r:FOCUSES_ON]->(f:Field {id: field})
              WHERE c <> x
              WITH c, f, collect(r) AS ties
              RETURN c, {code: 'WORKS_IN', subject: f.name, subjectEn: f.nameEn, ties: ties} AS reason,
                     3.0 AS points, 1 AS need
              UNION
              MATCH (x)-[:MEMBER_OF]->(k:Organization)<-[r:MEMBER_OF]-(c:Organization)
              WHERE c <> x
              WITH c, k, collect(r) AS ties
              RETURN c, {code: 'SHARED_CONSORTIUM', subject: k.name, subjectEn: k.nameEn, ties: ties} AS reason,
                     1.0 AS points, 0 AS need
              UNION
              MATCH (x)-[:PARTY_TO]->(a:Agreement)<-[r:PARTY_TO]-(c:Organization)
              WITH c, a, collect(r) AS ties
              RETURN c, {code: 'SHARED_AGREEMENT', subject: a.title, subjectEn: null, ties: ties} AS reason,
                     1.0 AS points, 0 AS need
              UNION
              MATCH (x)-[t:%s]-(c:Organization)
              WHERE c <> x
              WITH c, type(t) AS type, collect(t) AS ties
              RETURN c, {code: 'DIRECT_TIE', subject: type, subjectEn: type, ties: ties} AS reason,
                     1.0 AS points, 0 AS need
              UNION
              MATCH (x)-[:LOCATED_IN]->(p:Place)<-[r:LOCATED_IN]-(c:Organization)
              WHERE c <> x
              WITH c, p, collect(r) AS ties
              RETURN c, {code: 'SAME_PLACE', subject: p.name, subjectEn: null, ties: ties} AS reason,
                     0.5 AS points, 0 AS need
            }
            WITH c, collect(reason) AS reasons, sum(points) AS score, sum(need) AS needsMet
            WHERE ($anyNeed = false OR needsMet > 0)
              AND ($place IS NULL OR EXISTS { (c)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(:Place {id: $place}) })
              AND ($consortium IS NULL OR EXISTS { (c)-[:MEMBER_OF]->(:Organization {id: $consortium}) })
            WITH c, score, reasons ORDER BY score DESC, c.name LIMIT $limit
            RETURN %s AS c, score, reasons
            """.formatted(RelationshipType.cypher(RelationshipType.DIRECT_TIES), "%s");

    private final GraphReads reads;

    PartnerRepository(GraphReads reads) {
        this.reads = reads;
    }

    List<PartnerSuggestion> suggestions(Request request, OrganizationFields fields) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("for", request.organization());
        parameters.put("functions", request.functions());
        parameters.put("fields", request.fields());
        parameters.put(
                "anyNeed", !(request.functions().isEmpty() && request.fields().isEmpty()));
        parameters.put("place", request.place());
        parameters.put("consortium", request.consortium());
        parameters.put("limit", request.limit());
        return List.copyOf(reads.list(
                SUGGESTIONS.formatted(fields.projection("c")),
                parameters,
                record -> new PartnerSuggestion(
                        GraphRecords.organization(record.get("c")),
                        record.get("score").asDouble(),
                        record.get("reasons").asList(PartnerReason::of))));
    }
}
