package org.ecosystemgraph.importer.graph;

import java.util.Map;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.RelationshipType;

/** Agreements with their parties, predecessors, events, clauses and the initiatives under each clause. */
final class AgreementRecords {

    private AgreementRecords() {}

    static void agreements(Mapping m) {
        for (int i = 0; i < m.dataset.agreements().size(); i++) {
            var record = m.dataset.agreements().get(i);
            String where = "agreements[" + i + "]";
            if (!m.id(where, record.id()) | !m.required(where, "title", record.title())) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            Map<String, Object> properties = Mapping.properties(
                    "title", record.title(),
                    "signedOn", m.date(where, "signedOn", record.signedOn()),
                    "validFrom", m.date(where, "validFrom", record.validFrom()),
                    "validTo", m.date(where, "validTo", record.validTo()),
                    "status", record.status());
            m.batch.node(NodeLabel.AGREEMENT, record.id(), properties, evidence, where);
            m.organizationEdges(
                    where + ".parties",
                    record.parties(),
                    RelationshipType.PARTY_TO,
                    NodeLabel.AGREEMENT,
                    record.id(),
                    evidence);
            if (record.predecessor() != null) {
                m.reference(NodeLabel.AGREEMENT, record.predecessor(), where + ".predecessor");
                m.batch.edge(
                        RelationshipType.SUCCEEDS,
                        NodeLabel.AGREEMENT,
                        record.id(),
                        NodeLabel.AGREEMENT,
                        record.predecessor(),
                        Map.of(),
                        evidence);
            }
            for (int e = 0; e < record.events().size(); e++) {
                var event = record.events().get(e);
                String at = where + ".events[" + e + "]";
                if (!m.required(at, "type", event.type()) | !m.required(at, "date", event.date())) {
                    continue;
                }
                String eventId = record.id() + ":" + event.type().toLowerCase() + ":" + event.date();
                Map<String, Object> eventProperties = Mapping.properties(
                        "type", event.type(),
                        "date", m.date(at, "date", event.date()),
                        "validTo", m.date(at, "validTo", event.validTo()));
                Evidence eventEvidence = m.evidence(at, event.source());
                m.part(
                        RelationshipType.HAS_EVENT,
                        NodeLabel.AGREEMENT,
                        record.id(),
                        NodeLabel.AGREEMENT_EVENT,
                        eventId,
                        eventProperties,
                        eventEvidence,
                        at);
            }
            for (int c = 0; c < record.clauses().size(); c++) {
                clause(
                        m,
                        where + ".clauses[" + c + "]",
                        record.id(),
                        record.clauses().get(c));
            }
        }
    }

    static void clause(Mapping m, String where, String agreement, Dataset.Clause record) {
        if (!m.required(where, "number", record.number()) | !m.required(where, "text", record.text())) {
            return;
        }
        String number = Mapping.clauseNumber(record.number());
        String clauseId = agreement + "#" + number;
        Evidence evidence = m.evidence(where, record.source());
        Map<String, Object> properties = Mapping.properties(
                "number", number,
                "heading", record.heading(),
                "text", record.text(),
                "contact", record.contact());
        m.part(
                RelationshipType.HAS_CLAUSE,
                NodeLabel.AGREEMENT,
                agreement,
                NodeLabel.CLAUSE,
                clauseId,
                properties,
                evidence,
                where);
        if (record.contact() != null) {
            m.organizations
                    .resolve(record.contact())
                    .ifPresent(contact -> m.batch.edge(
                            RelationshipType.CONTACT_FOR,
                            NodeLabel.ORGANIZATION,
                            contact,
                            NodeLabel.CLAUSE,
                            clauseId,
                            Map.of(),
                            evidence));
        }
        for (int i = 0; i < record.initiatives().size(); i++) {
            var initiative = record.initiatives().get(i);
            String at = where + ".initiatives[" + i + "]";
            if (!m.required(at, "name", initiative.name())) {
                continue;
            }
            String initiativeId = clauseId + ":" + OrganizationNames.key(initiative.name());
            Evidence initiativeEvidence = m.evidence(at, initiative.source());
            Map<String, Object> initiativeProperties = Mapping.properties(
                    "name", initiative.name(),
                    "description", initiative.description());
            m.part(
                    RelationshipType.HAS_INITIATIVE,
                    NodeLabel.CLAUSE,
                    clauseId,
                    NodeLabel.INITIATIVE,
                    initiativeId,
                    initiativeProperties,
                    initiativeEvidence,
                    at);
            m.organizationEdges(
                    at + ".partners",
                    initiative.partners(),
                    RelationshipType.PARTNER_IN,
                    NodeLabel.INITIATIVE,
                    initiativeId,
                    initiativeEvidence);
        }
    }
}
