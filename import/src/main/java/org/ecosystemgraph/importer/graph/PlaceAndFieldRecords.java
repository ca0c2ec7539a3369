package org.ecosystemgraph.importer.graph;

import java.util.Map;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.RelationshipType;

/** Places and fields, and the links of fields to broader fields and to organizations. */
final class PlaceAndFieldRecords {

    private PlaceAndFieldRecords() {}

    static void places(Mapping m) {
        for (int i = 0; i < m.dataset.places().size(); i++) {
            var record = m.dataset.places().get(i);
            String where = "places[" + i + "]";
            if (!m.id(where, record.id()) | !m.required(where, "name", record.name())) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            Map<String, Object> properties = Mapping.properties(
                    "name", record.name(),
                    "kind", record.kind());
            m.batch.node(NodeLabel.PLACE, record.id(), properties, evidence, where);
            if (record.partOf() != null) {
                m.reference(NodeLabel.PLACE, record.partOf(), where + ".partOf");
                m.batch.edge(
                        RelationshipType.WITHIN,
                        NodeLabel.PLACE,
                        record.id(),
                        NodeLabel.PLACE,
                        record.partOf(),
                        Map.of(),
                        evidence);
            }
        }
    }

    static void fields(Mapping m) {
        for (int i = 0; i < m.dataset.fields().size(); i++) {
            var record = m.dataset.fields().get(i);
            String where = "fields[" + i + "]";
            if (!m.id(where, record.id()) | !m.required(where, "name", record.name())) {
                continue;
            }
            Map<String, Object> properties = Mapping.properties(
                    "name", record.name(),
                    "nameEn", record.nameEn());
            m.batch.node(NodeLabel.FIELD, record.id(), properties, m.evidence(where, record.source()), where);
        }
    }

    /** Links of fields to broader fields and to organizations, once all organizations are known. */
    static void fieldLinks(Mapping m) {
        for (int i = 0; i < m.dataset.fields().size(); i++) {
            var record = m.dataset.fields().get(i);
            String where = "fields[" + i + "]";
            if (record.id() == null) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            if (record.broader() != null) {
                m.reference(NodeLabel.FIELD, record.broader(), where + ".broader");
                m.batch.edge(
                        RelationshipType.BROADER,
                        NodeLabel.FIELD,
                        record.id(),
                        NodeLabel.FIELD,
                        record.broader(),
                        Map.of(),
                        evidence);
            }
            m.organizationEdges(
                    where + ".organizations",
                    record.organizations(),
                    RelationshipType.FOCUSES_ON,
                    NodeLabel.FIELD,
                    record.id(),
                    evidence);
        }
    }
}
