package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.RelationshipType;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/** Organizations and what is said of them: their own records, memberships, support functions and relations. */
final class OrganizationRecords {

    private OrganizationRecords() {}

    static void organizations(Mapping m) {
        for (int i = 0; i < m.dataset.organizations().size(); i++) {
            var record = m.dataset.organizations().get(i);
            String where = "organizations[" + i + "]" + (record.name() == null ? "" : " (" + record.name() + ")");
            if (!m.required(where, "name", record.name())
                    | !m.required(where, "sector", record.sector())
                    | !m.required(where, "kinds", record.kinds().isEmpty() ? null : record.kinds())) {
                continue;
            }
            Evidence evidence = m.evidence(where, record.source());
            List<String> spellings = new ArrayList<>(record.aliases());
            if (record.nameEn() != null) {
                spellings.add(record.nameEn());
            }
            String id = m.organizations.identify(record.name(), spellings, m.dataset.document());
            boolean first = !m.batch.hasNode(NodeLabel.ORGANIZATION, id);

            Map<String, Object> properties = new LinkedHashMap<>();
            String written = OrganizationNames.clean(record.name());
            String display = OrganizationNames.withoutLegalForm(record.name());
            if (first) {
                properties.put("name", display);
                properties.put("legalName", written.equals(display) ? null : written);
                properties.put(
                        "legalForm",
                        record.legalForm() != null
                                ? record.legalForm()
                                : OrganizationNames.legalForm(record.name()).orElse(null));
                properties.put("description", record.description());
            }
            properties.put("nameEn", record.nameEn());
            properties.put("sector", record.sector().name());
            properties.put("address", record.address());
            properties.put("phone", record.phone());
            properties.put("established", m.date(where, "established", record.established()));
            properties.put("memberCount", record.memberCount());
            var node = m.batch.node(NodeLabel.ORGANIZATION, id, properties, evidence, where);
            if (!written.equals(display)) {
                node.aliases().add(written);
            }
            if (!first && !display.equals(node.properties().get("name"))) {
                node.aliases().add(display);
            }
            record.aliases().stream().map(OrganizationNames::clean).forEach(node.aliases()::add);
            record.kinds().forEach(kind -> node.kinds().add(kind.name()));
            Set<String> keys = new LinkedHashSet<>();
            keys.add(OrganizationNames.key(record.name()));
            spellings.forEach(spelling -> keys.add(OrganizationNames.key(spelling)));
            @SuppressWarnings("unchecked")
            List<String> known = (List<String>) node.properties().getOrDefault(NodeLabel.Names.KEYS, List.of());
            keys.addAll(known);
            node.properties().put(NodeLabel.Names.KEYS, List.copyOf(keys));

            if (record.place() != null) {
                m.placeEdge(where, NodeLabel.ORGANIZATION, id, record.place(), evidence);
            }
            m.locationEdges(where, NodeLabel.ORGANIZATION, id, record.locations());
        }
        // Parents resolve once every organization of the dataset is known.
        for (int i = 0; i < m.dataset.organizations().size(); i++) {
            var record = m.dataset.organizations().get(i);
            if (record.partOf() == null || record.name() == null) {
                continue;
            }
            String where = "organizations[" + i + "] (" + record.name() + ").partOf";
            String child = m.organization(where, record.name());
            String parent = m.organization(where, record.partOf());
            if (child != null && parent != null) {
                m.batch.edge(
                        RelationshipType.PART_OF,
                        NodeLabel.ORGANIZATION,
                        child,
                        NodeLabel.ORGANIZATION,
                        parent,
                        Map.of(),
                        m.evidence(where, record.source()));
            }
        }
    }

    static void memberships(Mapping m) {
        for (int i = 0; i < m.dataset.memberships().size(); i++) {
            var record = m.dataset.memberships().get(i);
            String where = "memberships[" + i + "]";
            String member = m.organization(where + ".member", record.member());
            String consortium = m.organization(where + ".consortium", record.consortium());
            Evidence evidence = m.evidence(where, record.source());
            if (member != null && consortium != null) {
                Map<String, Object> properties = Mapping.properties(
                        "role", record.role(),
                        "sectorColumn", record.sectorColumn(),
                        "since", m.date(where, "since", record.since()),
                        "until", m.date(where, "until", record.until()));
                m.batch.edge(
                        RelationshipType.MEMBER_OF,
                        NodeLabel.ORGANIZATION,
                        member,
                        NodeLabel.ORGANIZATION,
                        consortium,
                        properties,
                        evidence);
            }
        }
    }

    static void provides(Mapping m) {
        for (int i = 0; i < m.dataset.provides().size(); i++) {
            var record = m.dataset.provides().get(i);
            String where = "provides[" + i + "]";
            String provider = m.organization(where + ".organization", record.organization());
            var function = m.functions.find(record.function());
            if (function.isEmpty()) {
                m.problem(where + ".function: '" + record.function()
                        + "' is not a support function: a code such as TECHNOLOGY_TRANSFER or a label such as"
                        + " 技術移転支援 of " + SupportFunctionTaxonomy.RESOURCE);
            }
            Evidence evidence = m.evidence(where, record.source());
            if (provider != null && function.isPresent()) {
                m.batch.edge(
                        RelationshipType.PROVIDES,
                        NodeLabel.ORGANIZATION,
                        provider,
                        NodeLabel.SUPPORT_FUNCTION,
                        function.get().code(),
                        Map.of(),
                        evidence);
            }
        }
    }

    static void relations(Mapping m) {
        for (int i = 0; i < m.dataset.relations().size(); i++) {
            var record = m.dataset.relations().get(i);
            String where = "relations[" + i + "]";
            if (!m.required(where, "type", record.type())) {
                continue;
            }
            var type = RelationshipType.organizationRelation(record.type());
            if (type.isEmpty()) {
                m.problem(where + ".type: '" + record.type() + "' is not one of "
                        + String.join(
                                ", ",
                                RelationshipType.ORGANIZATION_RELATIONS.stream()
                                        .map(Enum::name)
                                        .toList()));
                continue;
            }
            String from = m.organization(where + ".from", record.from());
            String to = m.organization(where + ".to", record.to());
            Evidence evidence = m.evidence(where, record.source());
            if (from != null && to != null) {
                Map<String, Object> properties = Mapping.properties(
                        "date", m.date(where, "date", record.date()),
                        "note", record.note());
                m.batch.edge(
                        type.get(), NodeLabel.ORGANIZATION, from, NodeLabel.ORGANIZATION, to, properties, evidence);
            }
        }
    }
}
