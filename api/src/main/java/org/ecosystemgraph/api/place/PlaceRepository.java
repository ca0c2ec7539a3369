package org.ecosystemgraph.api.place;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Places and how many organizations each holds, counting the places within it. */
@Repository
@Transactional(readOnly = true)
class PlaceRepository {

    // The importer keeps each place's count of organizations (with the last document of every load). A place within two
    // (仙台市 in 宮城県 and in 仙台北部地域) names the prefecture as its "within".
    private static final String COUNTED = """
            WITH *, coalesce(p.organizationCount, 0) AS organizations, COLLECT {
              MATCH (p)-[:WITHIN]->(w:Place) RETURN w.id ORDER BY w.kind = 'PREFECTURE' DESC, w.id
            }[0] AS within
            """;

    private final Neo4jClient neo4j;

    PlaceRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Places that hold at least one organization, the fullest first. */
    List<Place> withOrganizations() {
        return List.copyOf(neo4j.query("MATCH (p:Place) " + COUNTED
                        + "WHERE organizations > 0 RETURN p, organizations, within ORDER BY organizations DESC, p.id")
                .fetchAs(Place.class)
                .mappedBy((types, record) -> place(record))
                .all());
    }

    Map<String, Place> byIds(List<String> ids) {
        return BatchQuery.single(
                neo4j,
                "MATCH (p:Place) WHERE p.id IN $ids " + COUNTED + "RETURN p.id AS owner, p, organizations, within",
                ids,
                PlaceRepository::place);
    }

    /** The places each organization is located in. */
    Map<String, List<Place>> ofOrganizations(List<String> ids) {
        return BatchQuery.grouped(
                neo4j,
                "MATCH (x:Organization)-[:LOCATED_IN]->(p:Place) WHERE x.id IN $ids WITH x.id AS owner, p "
                        + COUNTED
                        + "RETURN owner, p, organizations, within ORDER BY p.id",
                ids,
                PlaceRepository::place);
    }

    private static Place place(Record record) {
        var p = record.get("p");
        return new Place(
                p.get("id").asString(),
                p.get("name").asString(),
                GraphRecords.string(p.get("kind")),
                GraphRecords.string(record.get("within")),
                record.get("organizations").asInt());
    }
}
