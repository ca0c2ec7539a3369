package org.ecosystemgraph.importer.graph;

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
            Map<String, Object> properties = Mapping.properties(
                    "name", record.name(),
                    "kind", record.kind(),
                    "description", record.description());
            var node = m.batch.node(NodeLabel.PROGRAMME, record.id(), properties, evidence, where);
            node.aliases().addAll(record.aliases());
            m.organizationEdges(
                    where + ".operators",
                    record.operators(),
                    RelationshipType.OPERATES,
                    NodeLabel.PROGRAMME,
                    record.id(),
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
            Map<String, Object> properties = Mapping.properties(
                    "name", record.name(),
                    "kind", record.kind(),
                    "address", record.address(),
                    "description", record.description());
            var node = m.batch.node(NodeLabel.FACILITY, record.id(), properties, evidence, where);
            node.aliases().addAll(record.aliases());
            m.organizationEdges(
                    where + ".operators",
                    record.operators(),
                    RelationshipType.OPERATES,
                    NodeLabel.FACILITY,
                    record.id(),
                    evidence);
            if (record.place() != null) {
                m.placeEdge(where, NodeLabel.FACILITY, record.id(), record.place(), evidence);
            }
        }
    }
}
