package org.ecosystemgraph.api.consortium;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.ecosystemgraph.api.graph.NestedReads;
import org.ecosystemgraph.api.graph.OrganizationFields;
import org.ecosystemgraph.api.names.Names;
import org.springframework.stereotype.Repository;

/** Consortia and their members, as of a date or today. */
@Repository
class ConsortiumRepository {

    /** Members of one consortium at one date (or today, null). */
    record MembersKey(String consortium, String asOf) {}

    private final GraphReads reads;

    ConsortiumRepository(GraphReads reads) {
        this.reads = reads;
    }

    Optional<Consortium> byId(String id) {
        return reads.one(
                "MATCH (c:Consortium {id: $id}) RETURN %s AS c".formatted(GraphRecords.organizationFields("c")),
                Map.of("id", id),
                record -> Consortium.of(record.get("c")));
    }

    /**
     * The consortium a name, graph id or global id means, resolved and read in one statement, with the lists below it
     * that {@code nested} reads.
     */
    Optional<Consortium> named(String text, OrganizationFields fields, NestedReads.Plan nested) {
        return Names.organizationNamed(
                reads,
                text,
                "MATCH (c:Consortium {id: id}) RETURN %s AS c%s".formatted(fields.projection("c"), nested.columns()),
                record -> {
                    nested.load(record);
                    return Consortium.of(record.get("c"));
                });
    }

    /**
     * Which MEMBER_OF {@code m} count at {@code key.asOf}: from the membership's own start (or, where the documents give
     * none, from the first document that states it) until its end.
     */
    private static final String AS_OF = """
            WHERE coalesce(m.since, COLLECT { MATCH (d:Document) WHERE d.id IN m.documents
                                              RETURN d.published ORDER BY d.published LIMIT 1 }[0]) <= key.asOf
              AND (m.until IS NULL OR m.until > key.asOf)
            """;

    /**
     * The members of many consortia, each at its date or today, in one statement: each consortium once, with its
     * members by role, sector and name. The date check is left out when no key has a date.
     */
    Map<MembersKey, List<Membership>> members(Set<MembersKey> keys, OrganizationFields fields) {
        Map<MembersKey, List<Membership>> result = new LinkedHashMap<>();
        keys.forEach(key -> result.put(key, new ArrayList<>()));
        boolean dated = keys.stream().anyMatch(key -> key.asOf() != null);
        List<Map<String, Object>> bound = keys.stream()
                .map(k -> {
                    Map<String, Object> key = new HashMap<>();
                    key.put("consortium", k.consortium());
                    key.put("asOf", k.asOf());
                    return key;
                })
                .toList();
        reads.list(
                """
                UNWIND $keys AS key
                MATCH (c:Consortium {id: key.consortium})
                CALL (key, c) {
                  MATCH (o:Organization)-[m:MEMBER_OF]->(c)
                  %s
                  WITH o, m ORDER BY m.role IS NULL, o.sector, o.name
                  RETURN collect({o: %s, m: %s}) AS members
                }
                RETURN key, %s AS c, members
                """.formatted(
                                dated ? AS_OF : "",
                                fields.projection("o"),
                                fields.membershipProjection("m"),
                                fields.projection("c")),
                Map.of("keys", bound),
                record -> {
                    var consortium = Consortium.of(record.get("c"));
                    var members = result.get(new MembersKey(
                            record.get("key").get("consortium").asString(),
                            GraphRecords.string(record.get("key").get("asOf"))));
                    record.get("members")
                            .values()
                            .forEach(
                                    member -> members.add(Membership.of(member.get("o"), consortium, member.get("m"))));
                    return members;
                });
        return result;
    }

    /** The memberships of each organization, by organization id, by consortium name. */
    Map<String, List<Membership>> ofOrganizations(List<String> ids, OrganizationFields fields) {
        return BatchQuery.grouped(
                reads,
                """
                MATCH (o:Organization)-[m:MEMBER_OF]->(c:Organization) WHERE o.id IN $ids
                WITH o, m, c ORDER BY c.name
                RETURN o.id AS owner, %s AS o, %s AS m, %s AS c
                """.formatted(fields.projection("o"), fields.membershipProjection("m"), fields.projection("c")),
                ids,
                Membership::of);
    }
}
