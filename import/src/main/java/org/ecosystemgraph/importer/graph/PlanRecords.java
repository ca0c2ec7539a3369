package org.ecosystemgraph.importer.graph;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.RelationshipType;

/** Plans with their items, nested to any depth, and the KPIs of each. */
final class PlanRecords {

    private PlanRecords() {}

    static void plans(Mapping m) {
        for (int i = 0; i < m.dataset.plans().size(); i++) {
            var record = m.dataset.plans().get(i);
            String where = "plans[" + i + "]";
            if (!m.id(where, record.id()) | !m.required(where, "title", record.title())) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            Map<String, Object> properties = Mapping.properties(
                    "title", record.title(),
                    "kind", record.kind());
            if (record.period() != null) {
                properties.put("periodFrom", record.period().get("from"));
                properties.put("periodTo", record.period().get("to"));
            }
            m.batch.node(NodeLabel.PLAN, record.id(), properties, evidence, where);
            if (record.publisher() != null) {
                String publisher = m.organization(where + ".publisher", record.publisher());
                if (publisher != null) {
                    m.batch.edge(
                            RelationshipType.PUBLISHED,
                            NodeLabel.ORGANIZATION,
                            publisher,
                            NodeLabel.PLAN,
                            record.id(),
                            Map.of(),
                            evidence);
                }
            }
            kpis(m, where, record.kpis(), NodeLabel.PLAN, record.id());
            for (int k = 0; k < record.items().size(); k++) {
                planItem(
                        m,
                        where + ".items[" + k + "]",
                        NodeLabel.PLAN,
                        record.id(),
                        record.id(),
                        record.items().get(k));
            }
        }
    }

    static void planItem(
            Mapping m, String where, NodeLabel parentLabel, String parent, String idPrefix, Dataset.PlanItem item) {
        if (!m.required(where, "title", item.title())) {
            return;
        }
        // Numbered items are known by their number, unnumbered ones (a vision, a group) by their title.
        String itemId = idPrefix + ":"
                + (item.number() != null ? Mapping.clauseNumber(item.number()) : OrganizationNames.key(item.title()));
        Evidence evidence = m.evidence(where, item.source());
        Map<String, Object> properties = Mapping.properties(
                "number", item.number(),
                "kind", item.kind(),
                "title", item.title(),
                "description", item.description());
        m.part(
                RelationshipType.HAS_ITEM,
                parentLabel,
                parent,
                NodeLabel.PLAN_ITEM,
                itemId,
                properties,
                evidence,
                where);
        for (int i = 0; i < item.programmes().size(); i++) {
            String programme = item.programmes().get(i);
            m.reference(NodeLabel.PROGRAMME, programme, where + ".programmes[" + i + "]");
            m.batch.edge(
                    RelationshipType.INVOLVES,
                    NodeLabel.PLAN_ITEM,
                    itemId,
                    NodeLabel.PROGRAMME,
                    programme,
                    Map.of(),
                    evidence);
        }
        for (int i = 0; i < item.organizations().size(); i++) {
            String organization = m.organization(
                    where + ".organizations[" + i + "]", item.organizations().get(i));
            if (organization != null) {
                m.batch.edge(
                        RelationshipType.INVOLVES,
                        NodeLabel.PLAN_ITEM,
                        itemId,
                        NodeLabel.ORGANIZATION,
                        organization,
                        Map.of(),
                        evidence);
            }
        }
        m.fieldEdges(where + ".fields", item.fields(), NodeLabel.PLAN_ITEM, itemId, evidence);
        kpis(m, where, item.kpis(), NodeLabel.PLAN_ITEM, itemId);
        for (int i = 0; i < item.items().size(); i++) {
            planItem(
                    m,
                    where + ".items[" + i + "]",
                    NodeLabel.PLAN_ITEM,
                    itemId,
                    itemId,
                    item.items().get(i));
        }
    }

    static void kpis(Mapping m, String where, List<Dataset.Kpi> kpis, NodeLabel ownerLabel, String owner) {
        for (int i = 0; i < kpis.size(); i++) {
            var kpi = kpis.get(i);
            String at = where + ".kpis[" + i + "]";
            if (!m.required(at, "indicator", kpi.indicator()) | !m.required(at, "target", kpi.target())) {
                continue;
            }
            String kpiId = owner + ":kpi:" + OrganizationNames.key(kpi.indicator());
            Evidence evidence = m.evidence(at, kpi.source());
            Map<String, Object> properties = Mapping.properties(
                    "indicator", kpi.indicator(),
                    "target", kpi.target(),
                    "unit", kpi.unit(),
                    "targetYear", kpi.targetYear(),
                    "baseline", kpi.baseline(),
                    "baselineYear", kpi.baselineYear());
            m.part(RelationshipType.HAS_KPI, ownerLabel, owner, NodeLabel.KPI, kpiId, properties, evidence, at);
        }
    }
}
