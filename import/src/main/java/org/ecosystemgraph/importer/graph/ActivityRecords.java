package org.ecosystemgraph.importer.graph;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.RelationshipType;

/** Programmes and facilities, with who operates them or takes part. */
final class ActivityRecords {

    private ActivityRecords() {}

    static void programmes(Mapping m) {
        for (int i = 0; i < m.dataset.programmes().size(); i++) {
            var record = m.dataset.programmes().get(i);
            String where = "programmes[" + i + "]";
            if (!m.id(where, record.id()) | !m.required(where, "name", record.name())) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            operated(
                    m,
                    where,
                    NodeLabel.PROGRAMME,
                    record.id(),
                    Mapping.properties(
                            "name", record.name(),
                            "kind", record.kind(),
                            "description", record.description()),
                    record.aliases(),
                    record.operators(),
                    evidence);
            m.organizationEdges(
                    where + ".participants",
                    record.participants(),
                    RelationshipType.PARTICIPATES_IN,
                    NodeLabel.PROGRAMME,
                    record.id(),
                    evidence);
            m.fieldEdges(where + ".fields", record.fields(), NodeLabel.PROGRAMME, record.id(), evidence);
        }
    }

    static void facilities(Mapping m) {
        for (int i = 0; i < m.dataset.facilities().size(); i++) {
            var record = m.dataset.facilities().get(i);
            String where = "facilities[" + i + "]";
            if (!m.id(where, record.id()) | !m.required(where, "name", record.name())) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            operated(
                    m,
                    where,
                    NodeLabel.FACILITY,
                    record.id(),
                    Mapping.properties(
                            "name", record.name(),
                            "kind", record.kind(),
                            "address", record.address(),
                            "description", record.description()),
                    record.aliases(),
                    record.operators(),
                    evidence);
            if (record.place() != null) {
                m.placeEdge(where, NodeLabel.FACILITY, record.id(), record.place(), evidence);
            }
            m.locationEdges(where, NodeLabel.FACILITY, record.id(), record.locations());
        }
    }

    /** A programme or facility with its aliases and the organizations that operate it. */
    private static void operated(
            Mapping m,
            String where,
            NodeLabel label,
            String id,
            Map<String, Object> properties,
            List<String> aliases,
            List<String> operators,
            Evidence evidence) {
        m.batch.node(label, id, properties, evidence, where).aliases().addAll(aliases);
        m.organizationEdges(where + ".operators", operators, RelationshipType.OPERATES, label, id, evidence);
    }
}
