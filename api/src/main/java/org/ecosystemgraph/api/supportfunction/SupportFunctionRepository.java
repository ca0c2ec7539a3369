package org.ecosystemgraph.api.supportfunction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.springframework.stereotype.Repository;

/** The taxonomy, who provides each function (narrower functions count), and what each organization provides. */
@Repository
class SupportFunctionRepository {

    private final GraphReads reads;

    SupportFunctionRepository(GraphReads reads) {
        this.reads = reads;
    }

    /** The functions, each broad one followed by its narrower ones. */
    List<SupportFunction> all() {
        return List.copyOf(reads.list("""
                        MATCH (f:SupportFunction) OPTIONAL MATCH (f)-[:BROADER]->(b)
                        RETURN f, b.code AS broader ORDER BY coalesce(b.code, f.code), b IS NOT NULL, f.code
                        """, SupportFunction::of));
    }

    /** Providers of a function or a narrower one, by name, located in or below a place if one is given. */
    List<Organization> providers(String functionCode, String placeId, int limit, OrganizationFields fields) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("code", functionCode);
        parameters.put("place", placeId);
        parameters.put("limit", limit);
        return List.copyOf(reads.list(
                """
                        MATCH (o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(:SupportFunction {code: $code})
                        WHERE $place IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..]->(:Place {id: $place}) }
                        WITH DISTINCT o ORDER BY o.name LIMIT $limit
                        RETURN %s AS o
                        """.formatted(fields.projection("o")),
                parameters,
                record -> GraphRecords.organization(record.get("o"))));
    }

    /** The providers of each function, by code, narrower functions' providers included. */
    Map<String, List<Organization>> providersByCode(List<String> codes, OrganizationFields fields) {
        return BatchQuery.grouped(
                reads,
                """
                MATCH (o:Organization)-[:PROVIDES]->(:SupportFunction)-[:BROADER*0..]->(f:SupportFunction)
                WHERE f.code IN $ids
                WITH DISTINCT f.code AS owner, o ORDER BY o.name
                RETURN owner, %s AS o
                """.formatted(fields.projection("o")),
                codes,
                record -> GraphRecords.organization(record.get("o")));
    }

    /** The functions each organization provides, by organization id. */
    Map<String, List<SupportFunction>> ofOrganizations(List<String> ids) {
        return BatchQuery.grouped(reads, """
                MATCH (o:Organization)-[:PROVIDES]->(f:SupportFunction) WHERE o.id IN $ids
                OPTIONAL MATCH (f)-[:BROADER]->(b)
                RETURN o.id AS owner, f, b.code AS broader ORDER BY f.code
                """, ids, SupportFunction::of);
    }

    /** The functions each organization provides with the words that credit it, by organization id. */
    Map<String, List<ProvidedSupport>> supportOf(List<String> ids) {
        return BatchQuery.grouped(
                reads,
                """
                MATCH (o:Organization)-[p:PROVIDES]->(f:SupportFunction) WHERE o.id IN $ids
                OPTIONAL MATCH (f)-[:BROADER]->(b)
                RETURN o.id AS owner, f, b.code AS broader, p ORDER BY f.code
                """,
                ids,
                record -> new ProvidedSupport(
                        SupportFunction.of(record), GraphRecords.relationshipSources(record.get("p"))));
    }
}
