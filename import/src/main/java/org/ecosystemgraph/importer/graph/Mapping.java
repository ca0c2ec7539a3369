package org.ecosystemgraph.importer.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.Dataset.Location;
import org.ecosystemgraph.importer.dataset.Dataset.Source;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.importer.graph.GraphBatch.Evidence;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.RelationshipType;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * One dataset being mapped: what it says, the document it must stand in, the batch it fills, and the problems and
 * references found so far; with the checks every family of records uses (required fields, ids, dates, quotes, names).
 */
final class Mapping {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * Between a source's heading and its quote in the evidence a relationship keeps: "heading … quote", on the lines
     * "heading-lines,lines".
     */
    static final String HEADING_SEPARATOR = " … ";

    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    final Dataset dataset;
    final GraphBatch batch;
    final SupportFunctionTaxonomy functions;
    final OrganizationResolver organizations;
    private final DocumentText text;
    private final List<String> problems = new ArrayList<>();
    private final List<DatasetMapper.Reference> references = new ArrayList<>();

    Mapping(Dataset dataset, DocumentText text, SupportFunctionTaxonomy functions, OrganizationResolver organizations) {
        this.dataset = dataset;
        this.text = text;
        this.functions = functions;
        this.organizations = organizations;
        this.batch = new GraphBatch(dataset.document());
    }

    /** The batch with every problem found, and the references to other documents' nodes it still needs. */
    DatasetMapper.Result result() {
        List<String> all = new ArrayList<>(problems);
        all.addAll(batch.conflicts());
        List<DatasetMapper.Reference> open = references.stream()
                .filter(reference -> !batch.hasNode(reference.label(), reference.id()))
                .toList();
        return new DatasetMapper.Result(batch, List.copyOf(all), open);
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** A map of property names to values, nulls allowed (a property the record does not state). */
    static Map<String, Object> properties(Object... namesAndValues) {
        Map<String, Object> properties = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    /**
     * Where the record's fact stands in the document, checked against the text; null (and a problem) if it does not. A
     * source with a heading gives the heading's words before the quote, on both line ranges (docs/datasets.md).
     */
    Evidence evidence(String where, Source source) {
        if (source == null) {
            problems.add(where + ".source: every record needs {lines, quote}");
            return null;
        }
        var problem = text.checkQuote(source.lines(), source.quote());
        if (problem.isPresent()) {
            problems.add(where + ".source: " + problem.get());
            return null;
        }
        var heading = source.heading();
        if (heading == null) {
            return new Evidence(source.lines().strip(), source.quote().strip());
        }
        var headingProblem = text.checkQuote(heading.lines(), heading.quote());
        if (headingProblem.isPresent()) {
            problems.add(where + ".source.heading: " + headingProblem.get());
            return null;
        }
        String lines = heading.lines().strip().equals(source.lines().strip())
                ? source.lines().strip()
                : heading.lines().strip() + "," + source.lines().strip();
        return new Evidence(
                lines,
                heading.quote().strip() + HEADING_SEPARATOR + source.quote().strip());
    }

    /** The organization a name means in this dataset or the graph; null (and a problem) if none. */
    String organization(String where, String name) {
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

    /** A node of this or another document that the dataset refers to by id. */
    void reference(NodeLabel label, String id, String where) {
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(where + ": '" + id + "' is not an id (lower-case words joined by hyphens)");
            return;
        }
        references.add(new DatasetMapper.Reference(label, id, where));
    }

    boolean id(String where, String id) {
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

    boolean required(String where, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            problems.add(where + "." + field + ": required");
            return false;
        }
        return true;
    }

    String date(String where, String field, String value) {
        if (value != null && !DATE.matcher(value).matches()) {
            problems.add(where + "." + field + ": '" + value + "' is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        }
        return value;
    }

    /** A node that is part of another (a clause of an agreement, an item of a plan): the node and its parent's tie. */
    void part(
            RelationshipType type,
            NodeLabel parentLabel,
            String parent,
            NodeLabel label,
            String id,
            Map<String, Object> properties,
            Evidence evidence,
            String where) {
        batch.node(label, id, properties, evidence, where);
        batch.edge(type, parentLabel, parent, label, id, Map.of(), evidence);
    }

    /** A relationship from each named organization to a node of this batch. */
    void organizationEdges(
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

    void fieldEdges(String where, List<String> fields, NodeLabel fromLabel, String from, Evidence evidence) {
        for (int i = 0; i < fields.size(); i++) {
            reference(NodeLabel.FIELD, fields.get(i), where + "[" + i + "]");
            batch.edge(
                    RelationshipType.FOCUSES_ON, fromLabel, from, NodeLabel.FIELD, fields.get(i), Map.of(), evidence);
        }
    }

    void placeEdge(String where, NodeLabel fromLabel, String from, String place, Evidence evidence) {
        reference(NodeLabel.PLACE, place, where + ".place");
        batch.edge(RelationshipType.LOCATED_IN, fromLabel, from, NodeLabel.PLACE, place, Map.of(), evidence);
    }

    /** The further places of a record, each stated by its own words. */
    void locationEdges(String where, NodeLabel fromLabel, String from, List<Location> locations) {
        for (int i = 0; i < locations.size(); i++) {
            String at = where + ".locations[" + i + "]";
            var location = locations.get(i);
            if (location.place() == null) {
                problems.add(at + ".place: a location needs the id of its place");
                continue;
            }
            var evidence = evidence(at, location.source());
            if (evidence != null) {
                placeEdge(at, fromLabel, from, location.place(), evidence);
            }
        }
    }

    /** Half-width digits and brackets, circled numbers kept: （１）① becomes (1)①. */
    static String clauseNumber(String number) {
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
}
