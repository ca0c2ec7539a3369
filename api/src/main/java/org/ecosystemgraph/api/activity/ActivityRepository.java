package org.ecosystemgraph.api.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.api.graph.BatchQuery;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graph.GraphRecords;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The programmes organizations run or take part in, and the facilities they operate. */
@Repository
class ActivityRepository {

    private final GraphReads reads;

    ActivityRepository(GraphReads reads) {
        this.reads = reads;
    }

    /** Each organization's programmes, those it runs first. */
    Map<String, List<ProgrammeRole>> programmesOf(List<String> ids) {
        return BatchQuery.grouped(
                reads,
                """
                MATCH (o:Organization)-[r:OPERATES|PARTICIPATES_IN]->(p:Programme) WHERE o.id IN $ids
                RETURN o.id AS owner, p, type(r) = 'OPERATES' AS operates, r ORDER BY operates DESC, p.name
                """,
                ids,
                record -> new ProgrammeRole(
                        programme(record.get("p")),
                        record.get("operates").asBoolean()
                                ? ProgrammeRole.Kind.OPERATOR
                                : ProgrammeRole.Kind.PARTICIPANT,
                        GraphRecords.relationshipSources(record.get("r"))));
    }

    /** Each organization's facilities, by name. */
    Map<String, List<Facility>> facilitiesOf(List<String> ids) {
        return BatchQuery.grouped(reads, """
                MATCH (o:Organization)-[:OPERATES]->(f:Facility) WHERE o.id IN $ids
                RETURN o.id AS owner, f ORDER BY f.name
                """, ids, record -> facility(record.get("f")));
    }

    Optional<Programme> programme(String id) {
        return BatchQuery.one(
                reads,
                "MATCH (p:Programme) WHERE p.id IN $ids RETURN p.id AS owner, p",
                id,
                record -> programme(record.get("p")));
    }

    Optional<Facility> facility(String id) {
        return BatchQuery.one(
                reads,
                "MATCH (f:Facility) WHERE f.id IN $ids RETURN f.id AS owner, f",
                id,
                record -> facility(record.get("f")));
    }

    private static Programme programme(Value p) {
        return new Programme(
                p.get("id").asString(),
                p.get("name").asString(),
                GraphRecords.string(p.get("kind")),
                GraphRecords.string(p.get("description")));
    }

    private static Facility facility(Value f) {
        return new Facility(
                f.get("id").asString(),
                f.get("name").asString(),
                GraphRecords.string(f.get("kind")),
                GraphRecords.string(f.get("address")),
                GraphRecords.string(f.get("description")));
    }
}
