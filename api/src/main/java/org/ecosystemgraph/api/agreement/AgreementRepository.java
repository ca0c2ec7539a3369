package org.ecosystemgraph.api.agreement;

import static org.ecosystemgraph.api.graph.GraphRecords.date;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.Organization;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Agreements and their parts, each read with one query for a whole list of agreements. */
@Repository
class AgreementRepository {

    private final GraphReads reads;

    AgreementRepository(GraphReads reads) {
        this.reads = reads;
    }

    private static Agreement agreement(Value node) {
        return new Agreement(
                node.get("id").asString(),
                node.get("title").asString(),
                date(node.get("signedOn")),
                date(node.get("validFrom")),
                date(node.get("validTo")));
    }

    /** Agreements of a party (or all), in force on a day (or any): from their start or signing to their end. */
    List<Agreement> all(String partyId, String asOf) {
        Map<String, Object> parameters = new HashMap<>(); // either may be null: then any
        parameters.put("party", partyId);
        parameters.put("asOf", asOf);
        return List.copyOf(reads.list("""
                        MATCH (a:Agreement)
                        WHERE ($party IS NULL OR EXISTS { (:Organization {id: $party})-[:PARTY_TO]->(a) })
                          AND ($asOf IS NULL OR (coalesce(a.validFrom, a.signedOn) <= $asOf
                               AND (a.validTo IS NULL OR a.validTo >= $asOf)))
                        RETURN a ORDER BY a.signedOn IS NULL, a.signedOn DESC, a.title
                        """, parameters, record -> agreement(record.get("a"))));
    }

    Optional<Agreement> byId(String id) {
        return BatchQuery.one(
                reads,
                "MATCH (a:Agreement) WHERE a.id IN $ids RETURN a.id AS owner, a",
                id,
                record -> agreement(record.get("a")));
    }

    /** The agreements each organization is party to, by organization id. */
    Map<String, List<Agreement>> ofOrganizations(List<String> ids) {
        return BatchQuery.grouped(reads, """
                MATCH (o:Organization)-[:PARTY_TO]->(a:Agreement) WHERE o.id IN $ids
                RETURN o.id AS owner, a ORDER BY a.signedOn
                """, ids, record -> agreement(record.get("a")));
    }

    Map<String, List<Organization>> parties(List<String> ids, OrganizationFields fields) {
        return BatchQuery.grouped(
                reads,
                """
                MATCH (o:Organization)-[:PARTY_TO]->(a:Agreement) WHERE a.id IN $ids
                WITH a, o ORDER BY o.name
                RETURN a.id AS owner, %s AS o
                """.formatted(fields.projection("o")),
                ids,
                record -> GraphRecords.organization(record.get("o")));
    }

    Map<String, List<Clause>> clauses(List<String> ids) {
        return BatchQuery.grouped(
                reads,
                """
                MATCH (a:Agreement)-[:HAS_CLAUSE]->(c:Clause) WHERE a.id IN $ids
                RETURN a.id AS owner, c ORDER BY c.number
                """,
                ids,
                record -> new Clause(
                        record.get("c").get("number").asString(),
                        GraphRecords.string(record.get("c").get("heading")),
                        record.get("c").get("text").asString(),
                        GraphRecords.string(record.get("c").get("contact"))));
    }

    Map<String, Agreement> predecessors(List<String> ids) {
        return BatchQuery.single(
                reads,
                "MATCH (a:Agreement)-[:SUCCEEDS]->(p:Agreement) WHERE a.id IN $ids RETURN a.id AS owner, p",
                ids,
                record -> agreement(record.get("p")));
    }
}
