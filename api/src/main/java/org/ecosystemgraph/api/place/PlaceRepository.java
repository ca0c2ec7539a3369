package org.ecosystemgraph.api.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.neo4j.driver.Record;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Places and how many organizations each holds, counting the places within it. */
@Repository
@Transactional(readOnly = true)
public class PlaceRepository {

    // The importer keeps each place's count of organizations (CorpusImporter.countPlaces). A place within two
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

    Map<String, Place> byIds(Collection<String> ids) {
        Map<String, Place> result = new LinkedHashMap<>();
        neo4j.query("MATCH (p:Place) WHERE p.id IN $ids " + COUNTED + "RETURN p, organizations, within")
                .bind(List.copyOf(ids))
                .to("ids")
                .fetchAs(Place.class)
                .mappedBy((types, record) -> place(record))
                .all()
                .forEach(place -> result.put(place.id(), place));
        return result;
    }

    /** The places each organization is located in. */
    public Map<String, List<Place>> ofOrganizations(List<String> ids) {
        Map<String, List<Place>> result = new LinkedHashMap<>();
        neo4j.query("MATCH (x:Organization)-[:LOCATED_IN]->(p:Place) WHERE x.id IN $ids WITH x.id AS owner, p "
                        + COUNTED
                        + "RETURN owner, p, organizations, within ORDER BY p.id")
                .bind(ids)
                .to("ids")
                .fetchAs(Place.class)
                .mappedBy((types, record) -> {
                    Place place = place(record);
                    result.computeIfAbsent(record.get("owner").asString(), k -> new ArrayList<>())
                            .add(place);
                    return place;
                })
                .all();
        return result;
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
