package org.ecosystemgraph.api.graph;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ecosystemgraph.model.NodeLabel;
import org.ecosystemgraph.model.Sector;
import org.neo4j.driver.Value;

/** Reading the graph's values into the API's records: organizations, partial dates, and the sources of facts. */
public final class GraphRecords {

    /**
     * What {@link #organization} reads, as a map projection of the organization bound to {@code variable}: queries
     * return {@code o {.id, .name, …} AS o} rather than the whole node with its name keys and measures.
     */
    public static String organizationFields(String variable) {
        return NodeLabel.ORGANIZATION.projection(variable);
    }

    private GraphRecords() {}

    public static Organization organization(Value node) {
        return new Organization(
                node.get("id").asString(),
                node.get("name").asString(node.get("id").asString()),
                string(node.get("legalName")),
                string(node.get("legalForm")),
                string(node.get("nameEn")),
                strings(node.get("aliases")),
                Sector.valueOf(node.get("sector").asString("SUPPORT")),
                strings(node.get("kinds")),
                string(node.get("address")),
                string(node.get("phone")),
                string(node.get("description")),
                node.get("memberCount").isNull()
                        ? null
                        : node.get("memberCount").asInt());
    }

    public static String string(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }

    public static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    /** A date the documents give to the day, or null for one known only to the month or year. */
    public static LocalDate date(Value value) {
        String text = string(value);
        if (text == null || text.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The sources of a relationship: its {@code sources} ("document#L12-13") beside its {@code quotes}. */
    public static List<Source> relationshipSources(Value relationship) {
        List<String> references = strings(relationship.get("sources"));
        List<String> excerpts = strings(relationship.get("quotes"));
        List<Source> result = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            String reference = references.get(i);
            int hash = reference.indexOf('#');
            result.add(new Source(
                    hash < 0 ? reference : reference.substring(0, hash),
                    i < excerpts.size() ? excerpts.get(i) : "",
                    hash < 0 ? null : reference.substring(hash + 1)));
        }
        return result;
    }

    /** The sources of a node: each SOURCED_FROM as a map of document, lines and quotes. */
    static List<Source> nodeSources(Value statements) {
        List<Source> result = new ArrayList<>();
        for (Value statement : statements.values()) {
            String document = statement.get("document").asString();
            List<String> lines = strings(statement.get("lines"));
            List<String> quotes = strings(statement.get("quotes"));
            for (int i = 0; i < quotes.size(); i++) {
                result.add(new Source(document, quotes.get(i), i < lines.size() ? "L" + lines.get(i) : null));
            }
        }
        return result;
    }
}
