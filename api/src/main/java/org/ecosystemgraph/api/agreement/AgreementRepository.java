package org.ecosystemgraph.api.agreement;

import static org.ecosystemgraph.api.graph.GraphRecords.date;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.organization.Organization;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Agreements and their parts, each read with one query for a whole list of agreements. */
@Repository
@Transactional(readOnly = true)
public class AgreementRepository {

    private final Neo4jClient neo4j;

    AgreementRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    public static Agreement agreement(Value node) {
        return new Agreement(
                node.get("id").asString(),
                node.get("title").asString(),
                date(node.get("signedOn")),
                date(node.get("validFrom")),
                date(node.get("validTo")));
    }

    /** Agreements of a party (or all), in force on a day (or any): from their start or signing to their end. */
    List<Agreement> all(String partyId, String asOf) {
        return List.copyOf(neo4j.query("""
                        MATCH (a:Agreement)
                        WHERE ($party IS NULL OR EXISTS { (:Organization {id: $party})-[:PARTY_TO]->(a) })
                          AND ($asOf IS NULL OR (coalesce(a.validFrom, a.signedOn) <= $asOf
                               AND (a.validTo IS NULL OR a.validTo >= $asOf)))
                        RETURN a ORDER BY a.signedOn IS NULL, a.signedOn DESC, a.title
                        """)
                .bind(partyId)
                .to("party")
                .bind(asOf)
                .to("asOf")
                .fetchAs(Agreement.class)
                .mappedBy((types, record) -> agreement(record.get("a")))
                .all());
    }

    Map<String, List<Organization>> parties(List<String> ids) {
        Map<String, List<Organization>> result = new LinkedHashMap<>();
        neo4j.query("MATCH (o:Organization)-[:PARTY_TO]->(a:Agreement) WHERE a.id IN $ids"
                        + " RETURN a.id AS id, %s AS o ORDER BY o.name".formatted(GraphRecords.organizationFields("o")))
                .bind(ids)
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> result.computeIfAbsent(
                                record.get("id").asString(), k -> new ArrayList<>())
                        .add(GraphRecords.organization(record.get("o"))))
                .all();
        return result;
    }

    Map<String, List<Clause>> clauses(List<String> ids) {
        Map<String, List<Clause>> result = new LinkedHashMap<>();
        neo4j.query("MATCH (a:Agreement)-[:HAS_CLAUSE]->(c:Clause) WHERE a.id IN $ids RETURN a.id AS id, c"
                        + " ORDER BY c.number")
                .bind(ids)
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> result.computeIfAbsent(
                                record.get("id").asString(), k -> new ArrayList<>())
                        .add(new Clause(
                                record.get("c").get("number").asString(),
                                GraphRecords.string(record.get("c").get("heading")),
                                record.get("c").get("text").asString(),
                                GraphRecords.string(record.get("c").get("contact")))))
                .all();
        return result;
    }

    Map<String, Agreement> predecessors(List<String> ids) {
        Map<String, Agreement> result = new LinkedHashMap<>();
        neo4j.query("MATCH (a:Agreement)-[:SUCCEEDS]->(p:Agreement) WHERE a.id IN $ids RETURN a.id AS id, p")
                .bind(ids)
                .to("ids")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> result.put(record.get("id").asString(), agreement(record.get("p"))))
                .all();
        return result;
    }
}
