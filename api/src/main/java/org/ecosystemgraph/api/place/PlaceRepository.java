package org.ecosystemgraph.api.place;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Places and how many organizations each holds, counting the places within it. */
@Repository
class PlaceRepository {

    // The importer keeps each place's count of organizations (with the last document of every load). A place within two
    // (仙台市 in 宮城県 and in 仙台北部地域) names the prefecture as its "within".
    private static final String COUNTED = """
            WITH *, coalesce(p.organizationCount, 0) AS organizations, COLLECT {
              MATCH (p)-[:WITHIN]->(w:Place) RETURN w.id ORDER BY w.kind = 'PREFECTURE' DESC, w.id
            }[0] AS within
            """;

    private final GraphReads reads;

    PlaceRepository(GraphReads reads) {
        this.reads = reads;
    }

    /** Places that hold at least one organization, the fullest first. */
    List<Place> withOrganizations() {
        return List.copyOf(reads.list(
                "MATCH (p:Place) " + COUNTED
                        + "WHERE organizations > 0 RETURN p, organizations, within ORDER BY organizations DESC, p.id",
                PlaceRepository::place));
    }

    Map<String, Place> byIds(List<String> ids) {
        return BatchQuery.single(
                reads,
                "MATCH (p:Place) WHERE p.id IN $ids " + COUNTED + "RETURN p.id AS owner, p, organizations, within",
                ids,
                PlaceRepository::place);
    }

    /** The places each organization is located in. */
    Map<String, List<Place>> ofOrganizations(List<String> ids) {
        return BatchQuery.grouped(
                reads,
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
