package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.Dataset.Source;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.importer.dataset.SupportFunctionTaxonomy;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.RelationshipType;

/**
 * Turns a dataset into the nodes and relationships it states, checking as it goes: required fields, codes, quotes
 * against the document's text, and that every name and id it refers to is defined. All problems are collected, each
 * with the path of the record and field, so that one run shows them all.
 */
public final class DatasetMapper {

    /** A node of another document that this one refers to, to be found in the graph before writing. */
    public record Reference(NodeLabel label, String id, String where) {}

    /** The outcome: the batch when there are no problems. */
    public record Result(GraphBatch batch, List<String> problems, List<Reference> references) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    private final SupportFunctionTaxonomy functions;
    private final OrganizationResolver organizations;

    private Dataset dataset;
    private DocumentText text;
    private GraphBatch batch;
    private List<String> problems;
    private List<Reference> references;

    public DatasetMapper(SupportFunctionTaxonomy functions, OrganizationResolver organizations) {
        this.functions = functions;
        this.organizations = organizations;
    }

    public Result map(Dataset dataset, DocumentText text) {
        this.dataset = dataset;
        this.text = text;
        this.batch = new GraphBatch(dataset.document());
        this.problems = new ArrayList<>();
        this.references = new ArrayList<>();

        places();
        fields();
        organizations();
        memberships();
        provides();
        relations();
        programmes();
        facilities();
        agreements();
        plans();
        fieldLinks();

        problems.addAll(batch.conflicts());
        references.removeIf(reference -> batch.hasNode(reference.label(), reference.id()));
        return new Result(batch, List.copyOf(problems), List.copyOf(references));
    }

    // ---- organizations and what is said of them

    private void organizations() {
        for (int i = 0; i < dataset.organizations().size(); i++) {
            var record = dataset.organizations().get(i);
            String where = "organizations[" + i + "]" + (record.name() == null ? "" : " (" + record.name() + ")");
            if (!required(where, "name", record.name())
                    | !required(where, "sector", record.sector())
                    | !required(where, "kinds", record.kinds().isEmpty() ? null : record.kinds())) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            List<String> spellings = new ArrayList<>(record.aliases());
            if (record.nameEn() != null) {
                spellings.add(record.nameEn());
            }
            String id = organizations.identify(record.name(), spellings, dataset.document());
            boolean first = !batch.hasNode(NodeLabel.ORGANIZATION, id);

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
            properties.put("established", date(where, "established", record.established()));
            properties.put("memberCount", record.memberCount());
            var node = batch.node(NodeLabel.ORGANIZATION, id, properties, evidence, where);
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
            List<String> known = (List<String>) node.properties().getOrDefault("nameKeys", List.of());
            keys.addAll(known);
            node.properties().put("nameKeys", List.copyOf(keys));

            if (record.place() != null) {
                placeEdge(where, NodeLabel.ORGANIZATION, id, record.place(), evidence);
            }
        }
        // Parents resolve once every organization of the dataset is known.
        for (int i = 0; i < dataset.organizations().size(); i++) {
            var record = dataset.organizations().get(i);
            if (record.partOf() == null || record.name() == null) {
                continue;
            }
            String where = "organizations[" + i + "] (" + record.name() + ").partOf";
            String child = organization(where, record.name());
            String parent = organization(where, record.partOf());
            if (child != null && parent != null) {
                batch.edge(
                        RelationshipType.PART_OF,
                        NodeLabel.ORGANIZATION,
                        child,
                        NodeLabel.ORGANIZATION,
                        parent,
                        Map.of(),
                        evidence(where, record.source()));
            }
        }
    }

    private void memberships() {
        for (int i = 0; i < dataset.memberships().size(); i++) {
            var record = dataset.memberships().get(i);
            String where = "memberships[" + i + "]";
            String member = organization(where + ".member", record.member());
            String consortium = organization(where + ".consortium", record.consortium());
            Evidence evidence = evidence(where, record.source());
            if (member != null && consortium != null) {
                Map<String, Object> properties = properties(
                        "role", record.role(),
                        "sectorColumn", record.sectorColumn(),
                        "since", date(where, "since", record.since()),
                        "until", date(where, "until", record.until()));
                batch.edge(
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

    private void provides() {
        for (int i = 0; i < dataset.provides().size(); i++) {
            var record = dataset.provides().get(i);
            String where = "provides[" + i + "]";
            String provider = organization(where + ".organization", record.organization());
            var function = functions.find(record.function());
            if (function.isEmpty()) {
                problems.add(where + ".function: '" + record.function()
                        + "' is not a code or label of corpus/support-functions.yaml");
            }
            Evidence evidence = evidence(where, record.source());
            if (provider != null && function.isPresent()) {
                batch.edge(
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

    private void relations() {
        for (int i = 0; i < dataset.relations().size(); i++) {
            var record = dataset.relations().get(i);
            String where = "relations[" + i + "]";
            if (!required(where, "type", record.type())) {
                continue;
            }
            if (!RelationshipType.isOrganizationRelation(record.type())) {
                problems.add(where + ".type: '" + record.type() + "' is not one of PART_OF, SPUN_OFF_FROM,"
                        + " MERGED_INTO, RENAMED_TO, ESTABLISHED_BY, INVESTS_IN, FUNDS, COLLABORATES_WITH, SUPPORTS");
                continue;
            }
            String from = organization(where + ".from", record.from());
            String to = organization(where + ".to", record.to());
            Evidence evidence = evidence(where, record.source());
            if (from != null && to != null) {
                Map<String, Object> properties = properties(
                        "date", date(where, "date", record.date()),
                        "note", record.note());
                batch.edge(
                        RelationshipType.valueOf(record.type()),
                        NodeLabel.ORGANIZATION,
                        from,
                        NodeLabel.ORGANIZATION,
                        to,
                        properties,
                        evidence);
            }
        }
    }

    // ---- agreements, programmes, facilities, plans

    private void agreements() {
        for (int i = 0; i < dataset.agreements().size(); i++) {
            var record = dataset.agreements().get(i);
            String where = "agreements[" + i + "]";
            if (!id(where, record.id()) | !required(where, "title", record.title())) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            Map<String, Object> properties = properties(
                    "title", record.title(),
                    "signedOn", date(where, "signedOn", record.signedOn()),
                    "validFrom", date(where, "validFrom", record.validFrom()),
                    "validTo", date(where, "validTo", record.validTo()),
                    "status", record.status());
            batch.node(NodeLabel.AGREEMENT, record.id(), properties, evidence, where);
            organizationEdges(
                    where + ".parties",
                    record.parties(),
                    RelationshipType.PARTY_TO,
                    NodeLabel.AGREEMENT,
                    record.id(),
                    evidence);
            if (record.predecessor() != null) {
                reference(NodeLabel.AGREEMENT, record.predecessor(), where + ".predecessor");
                batch.edge(
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
                if (!required(at, "type", event.type()) | !required(at, "date", event.date())) {
                    continue;
                }
                String eventId = record.id() + ":" + event.type().toLowerCase() + ":" + event.date();
                Map<String, Object> eventProperties = properties(
                        "type", event.type(),
                        "date", date(at, "date", event.date()),
                        "validTo", date(at, "validTo", event.validTo()));
                Evidence eventEvidence = evidence(at, event.source());
                batch.node(NodeLabel.AGREEMENT_EVENT, eventId, eventProperties, eventEvidence, at);
                batch.edge(
                        RelationshipType.HAS_EVENT,
                        NodeLabel.AGREEMENT,
                        record.id(),
                        NodeLabel.AGREEMENT_EVENT,
                        eventId,
                        Map.of(),
                        eventEvidence);
            }
            for (int c = 0; c < record.clauses().size(); c++) {
                clause(
                        where + ".clauses[" + c + "]",
                        record.id(),
                        record.clauses().get(c));
            }
        }
    }

    private void clause(String where, String agreement, Dataset.Clause record) {
        if (!required(where, "number", record.number()) | !required(where, "text", record.text())) {
            return;
        }
        String number = clauseNumber(record.number());
        String clauseId = agreement + "#" + number;
        Evidence evidence = evidence(where, record.source());
        Map<String, Object> properties = properties(
                "number", number,
                "heading", record.heading(),
                "text", record.text(),
                "contact", record.contact());
        batch.node(NodeLabel.CLAUSE, clauseId, properties, evidence, where);
        batch.edge(
                RelationshipType.HAS_CLAUSE,
                NodeLabel.AGREEMENT,
                agreement,
                NodeLabel.CLAUSE,
                clauseId,
                Map.of(),
                evidence);
        if (record.contact() != null) {
            organizations
                    .resolve(record.contact())
                    .ifPresent(contact -> batch.edge(
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
            if (!required(at, "name", initiative.name())) {
                continue;
            }
            String initiativeId = clauseId + ":" + OrganizationNames.key(initiative.name());
            Evidence initiativeEvidence = evidence(at, initiative.source());
            Map<String, Object> initiativeProperties = properties(
                    "name", initiative.name(),
                    "description", initiative.description());
            batch.node(NodeLabel.INITIATIVE, initiativeId, initiativeProperties, initiativeEvidence, at);
            batch.edge(
                    RelationshipType.HAS_INITIATIVE,
                    NodeLabel.CLAUSE,
                    clauseId,
                    NodeLabel.INITIATIVE,
                    initiativeId,
                    Map.of(),
                    initiativeEvidence);
            organizationEdges(
                    at + ".partners",
                    initiative.partners(),
                    RelationshipType.PARTNER_IN,
                    NodeLabel.INITIATIVE,
                    initiativeId,
                    initiativeEvidence);
        }
    }

    private void programmes() {
        for (int i = 0; i < dataset.programmes().size(); i++) {
            var record = dataset.programmes().get(i);
            String where = "programmes[" + i + "]";
            if (!id(where, record.id()) | !required(where, "name", record.name())) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            Map<String, Object> properties = properties(
                    "name", record.name(),
                    "kind", record.kind(),
                    "description", record.description());
            var node = batch.node(NodeLabel.PROGRAMME, record.id(), properties, evidence, where);
            node.aliases().addAll(record.aliases());
            organizationEdges(
                    where + ".operators",
                    record.operators(),
                    RelationshipType.OPERATES,
                    NodeLabel.PROGRAMME,
                    record.id(),
                    evidence);
            organizationEdges(
                    where + ".participants",
                    record.participants(),
                    RelationshipType.PARTICIPATES_IN,
                    NodeLabel.PROGRAMME,
                    record.id(),
                    evidence);
            fieldEdges(where + ".fields", record.fields(), NodeLabel.PROGRAMME, record.id(), evidence);
        }
    }

    private void facilities() {
        for (int i = 0; i < dataset.facilities().size(); i++) {
            var record = dataset.facilities().get(i);
            String where = "facilities[" + i + "]";
            if (!id(where, record.id()) | !required(where, "name", record.name())) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            Map<String, Object> properties = properties(
                    "name", record.name(),
                    "kind", record.kind(),
                    "address", record.address(),
                    "description", record.description());
            var node = batch.node(NodeLabel.FACILITY, record.id(), properties, evidence, where);
            node.aliases().addAll(record.aliases());
            organizationEdges(
                    where + ".operators",
                    record.operators(),
                    RelationshipType.OPERATES,
                    NodeLabel.FACILITY,
                    record.id(),
                    evidence);
            if (record.place() != null) {
                placeEdge(where, NodeLabel.FACILITY, record.id(), record.place(), evidence);
            }
        }
    }

    private void plans() {
        for (int i = 0; i < dataset.plans().size(); i++) {
            var record = dataset.plans().get(i);
            String where = "plans[" + i + "]";
            if (!id(where, record.id()) | !required(where, "title", record.title())) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            Map<String, Object> properties = properties(
                    "title", record.title(),
                    "kind", record.kind());
            if (record.period() != null) {
                properties.put("periodFrom", record.period().get("from"));
                properties.put("periodTo", record.period().get("to"));
            }
            batch.node(NodeLabel.PLAN, record.id(), properties, evidence, where);
            if (record.publisher() != null) {
                String publisher = organization(where + ".publisher", record.publisher());
                if (publisher != null) {
                    batch.edge(
                            RelationshipType.PUBLISHED,
                            NodeLabel.ORGANIZATION,
                            publisher,
                            NodeLabel.PLAN,
                            record.id(),
                            Map.of(),
                            evidence);
                }
            }
            kpis(where, record.kpis(), NodeLabel.PLAN, record.id());
            for (int k = 0; k < record.items().size(); k++) {
                planItem(
                        where + ".items[" + k + "]",
                        NodeLabel.PLAN,
                        record.id(),
                        record.id(),
                        record.items().get(k));
            }
        }
    }

    private void planItem(String where, NodeLabel parentLabel, String parent, String idPrefix, Dataset.PlanItem item) {
        if (!required(where, "title", item.title())) {
            return;
        }
        // Numbered items are known by their number, unnumbered ones (a vision, a group) by their title.
        String itemId = idPrefix + ":"
                + (item.number() != null ? clauseNumber(item.number()) : OrganizationNames.key(item.title()));
        Evidence evidence = evidence(where, item.source());
        Map<String, Object> properties = properties(
                "number", item.number(),
                "kind", item.kind(),
                "title", item.title(),
                "description", item.description());
        batch.node(NodeLabel.PLAN_ITEM, itemId, properties, evidence, where);
        batch.edge(RelationshipType.HAS_ITEM, parentLabel, parent, NodeLabel.PLAN_ITEM, itemId, Map.of(), evidence);
        for (int i = 0; i < item.programmes().size(); i++) {
            String programme = item.programmes().get(i);
            reference(NodeLabel.PROGRAMME, programme, where + ".programmes[" + i + "]");
            batch.edge(
                    RelationshipType.INVOLVES,
                    NodeLabel.PLAN_ITEM,
                    itemId,
                    NodeLabel.PROGRAMME,
                    programme,
                    Map.of(),
                    evidence);
        }
        for (int i = 0; i < item.organizations().size(); i++) {
            String organization = organization(
                    where + ".organizations[" + i + "]", item.organizations().get(i));
            if (organization != null) {
                batch.edge(
                        RelationshipType.INVOLVES,
                        NodeLabel.PLAN_ITEM,
                        itemId,
                        NodeLabel.ORGANIZATION,
                        organization,
                        Map.of(),
                        evidence);
            }
        }
        fieldEdges(where + ".fields", item.fields(), NodeLabel.PLAN_ITEM, itemId, evidence);
        kpis(where, item.kpis(), NodeLabel.PLAN_ITEM, itemId);
        for (int i = 0; i < item.items().size(); i++) {
            planItem(
                    where + ".items[" + i + "]",
                    NodeLabel.PLAN_ITEM,
                    itemId,
                    itemId,
                    item.items().get(i));
        }
    }

    private void kpis(String where, List<Dataset.Kpi> kpis, NodeLabel ownerLabel, String owner) {
        for (int i = 0; i < kpis.size(); i++) {
            var kpi = kpis.get(i);
            String at = where + ".kpis[" + i + "]";
            if (!required(at, "indicator", kpi.indicator()) | !required(at, "target", kpi.target())) {
                continue;
            }
            String kpiId = owner + ":kpi:" + OrganizationNames.key(kpi.indicator());
            Evidence evidence = evidence(at, kpi.source());
            Map<String, Object> properties = properties(
                    "indicator", kpi.indicator(),
                    "target", kpi.target(),
                    "unit", kpi.unit(),
                    "targetYear", kpi.targetYear(),
                    "baseline", kpi.baseline(),
                    "baselineYear", kpi.baselineYear());
            batch.node(NodeLabel.KPI, kpiId, properties, evidence, at);
            batch.edge(RelationshipType.HAS_KPI, ownerLabel, owner, NodeLabel.KPI, kpiId, Map.of(), evidence);
        }
    }

    // ---- fields and places

    private void fields() {
        for (int i = 0; i < dataset.fields().size(); i++) {
            var record = dataset.fields().get(i);
            String where = "fields[" + i + "]";
            if (!id(where, record.id()) | !required(where, "name", record.name())) {
                continue;
            }
            Map<String, Object> properties = properties(
                    "name", record.name(),
                    "nameEn", record.nameEn());
            batch.node(NodeLabel.FIELD, record.id(), properties, evidence(where, record.source()), where);
        }
    }

    /** Links of fields to broader fields and to organizations, once all organizations are known. */
    private void fieldLinks() {
        for (int i = 0; i < dataset.fields().size(); i++) {
            var record = dataset.fields().get(i);
            String where = "fields[" + i + "]";
            if (record.id() == null) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            if (record.broader() != null) {
                reference(NodeLabel.FIELD, record.broader(), where + ".broader");
                batch.edge(
                        RelationshipType.BROADER,
                        NodeLabel.FIELD,
                        record.id(),
                        NodeLabel.FIELD,
                        record.broader(),
                        Map.of(),
                        evidence);
            }
            organizationEdges(
                    where + ".organizations",
                    record.organizations(),
                    RelationshipType.FOCUSES_ON,
                    NodeLabel.FIELD,
                    record.id(),
                    evidence);
        }
    }

    private void places() {
        for (int i = 0; i < dataset.places().size(); i++) {
            var record = dataset.places().get(i);
            String where = "places[" + i + "]";
            if (!id(where, record.id()) | !required(where, "name", record.name())) {
                continue;
            }
            Evidence evidence = evidence(where, record.source());
            Map<String, Object> properties = properties(
                    "name", record.name(),
                    "kind", record.kind());
            batch.node(NodeLabel.PLACE, record.id(), properties, evidence, where);
            if (record.partOf() != null) {
                reference(NodeLabel.PLACE, record.partOf(), where + ".partOf");
                batch.edge(
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

    // ---- helpers

    /** A map of property names to values, nulls allowed (a property the record does not state). */
    private static Map<String, Object> properties(Object... namesAndValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    /** Half-width digits and brackets, circled numbers kept: （１）① becomes (1)①. */
    public static String clauseNumber(String number) {
        StringBuilder normalized = new StringBuilder();
        for (char c : number.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                normalized.append((char) ('0' + (c - '０')));
            } else if (c == '（') {
                normalized.append('(');
            } else if (c == '）') {
                normalized.append(')');
            } else if (!Character.isWhitespace(c)) {
                normalized.append(c);
            }
        }
        return normalized.toString();
    }

    private void organizationEdges(
            String where,
            List<String> names,
            RelationshipType type,
            NodeLabel targetLabel,
            String target,
            Evidence evidence) {
        for (int i = 0; i < names.size(); i++) {
            String organization = organization(where + "[" + i + "]", names.get(i));
            if (organization != null) {
                batch.edge(type, NodeLabel.ORGANIZATION, organization, targetLabel, target, Map.of(), evidence);
            }
        }
    }

    private void fieldEdges(String where, List<String> fields, NodeLabel fromLabel, String from, Evidence evidence) {
        for (int i = 0; i < fields.size(); i++) {
            reference(NodeLabel.FIELD, fields.get(i), where + "[" + i + "]");
            batch.edge(
                    RelationshipType.FOCUSES_ON, fromLabel, from, NodeLabel.FIELD, fields.get(i), Map.of(), evidence);
        }
    }

    private void placeEdge(String where, NodeLabel fromLabel, String from, String place, Evidence evidence) {
        reference(NodeLabel.PLACE, place, where + ".place");
        batch.edge(RelationshipType.LOCATED_IN, fromLabel, from, NodeLabel.PLACE, place, Map.of(), evidence);
    }

    private String organization(String where, String name) {
        if (name == null || name.isBlank()) {
            problems.add(where + ": an organization name is required");
            return null;
        }
        var id = organizations.resolve(name);
        if (id.isEmpty()) {
            problems.add(where + ": '" + name + "' is not an organization of this dataset or of the graph;"
                    + " add it to organizations (or as an alias)");
            return null;
        }
        return id.get();
    }

    private void reference(NodeLabel label, String id, String where) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + ": '" + id + "' is not an id (lower-case words joined by hyphens)");
            return;
        }
        references.add(new Reference(label, id, where));
    }

    private Evidence evidence(String where, Source source) {
        if (source == null) {
            problems.add(where + ".source: every record needs {lines, quote}");
            return null;
        }
        var problem = text.checkQuote(source.lines(), source.quote());
        if (problem.isPresent()) {
            problems.add(where + ".source: " + problem.get());
            return null;
        }
        return new Evidence(source.lines().strip(), source.quote().strip());
    }

    private boolean id(String where, String id) {
        if (id == null) {
            problems.add(where + ".id: required");
            return false;
        }
        if (!ID.matcher(id).matches()) {
            problems.add(where + ".id: '" + id + "' must be lower-case words joined by hyphens");
            return false;
        }
        return true;
    }

    private boolean required(String where, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(where + "." + field + ": required");
            return false;
        }
        return true;
    }

    private String date(String where, String field, String value) {
        if (value != null && !DATE.matcher(value).matches()) {
            problems.add(where + "." + field + ": '" + value + "' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        }
        return value;
    }
}
