package org.ecosystemgraph.api.consortium;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Consortia and their members, as of a date or today. */
@Repository
@Transactional(readOnly = true)
class ConsortiumRepository {

    /** Members of one consortium at one date (or today, null). */
    record MembersKey(String consortium, String asOf) {}

    private final Neo4jClient neo4j;

    ConsortiumRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Consortium> byId(String id) {
        return neo4j.query(
                        "MATCH (c:Consortium {id: $id}) RETURN %s AS c".formatted(GraphRecords.organizationFields("c")))
                .bind(id)
                .to("id")
                .fetchAs(Consortium.class)
                .mappedBy((types, record) -> Consortium.of(record.get("c")))
                .one();
    }

    /**
     * The members of many consortia, each at its date, in one statement. A membership counts at a date from its own
     * start (or, where the documents give none, from the first document that states it) until its end.
     */
    Map<MembersKey, List<Membership>> members(Set<MembersKey> keys) {
        Map<MembersKey, List<Membership>> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, new ArrayList<>()));
        neo4j.query("""
                        UNWIND $keys AS key
                        MATCH (o:Organization)-[m:MEMBER_OF]->(c:Consortium {id: key.consortium})
                        CALL (m) {
                          MATCH (d:Document) WHERE d.id IN m.documents
                          RETURN min(d.published) AS firstStated
                        }
                        WITH key, c, o, m, firstStated
                        WHERE key.asOf IS NULL
                           OR (coalesce(m.since, firstStated) <= key.asOf AND (m.until IS NULL OR m.until > key.asOf))
                        RETURN key, %s AS c, %s AS o, %s AS m ORDER BY c.id, m.role IS NULL, o.sector, o.name
                        """.formatted(
                                GraphRecords.organizationFields("c"),
                                GraphRecords.organizationFields("o"),
                                Membership.PROJECTION))
                .bind(keys.stream()
                        .map(k -> {
                            Map<String, Object> key = new HashMap<>();
                            key.put("consortium", k.consortium());
                            key.put("asOf", k.asOf());
                            return key;
                        })
                        .toList())
                .to("keys")
                .fetchAs(Object.class)
                .mappedBy((types, record) -> result.get(new MembersKey(
                                record.get("key").get("consortium").asString(),
                                GraphRecords.string(record.get("key").get("asOf"))))
                        .add(Membership.of(record)))
                .all();
        return result;
    }

    /** The memberships of each organization, by organization id. */
    Map<String, List<Membership>> ofOrganizations(List<String> ids) {
        return BatchQuery.grouped(
                neo4j,
                """
                MATCH (o:Organization)-[m:MEMBER_OF]->(c:Organization) WHERE o.id IN $ids
                RETURN o.id AS owner, %s AS o, %s AS m, %s AS c ORDER BY c.name
                """.formatted(
                                GraphRecords.organizationFields("o"),
                                Membership.PROJECTION,
                                GraphRecords.organizationFields("c")),
                ids,
                Membership::of);
    }
}
