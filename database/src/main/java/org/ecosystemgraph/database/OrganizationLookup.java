package org.ecosystemgraph.database;

import java.util.Map;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * Which organization a name or id means, in Cypher: by id first, then by any spelling through the exact-term index of
 * name keys ({@code cypher/schema/V0004}), so that the API and the command line resolve names as the importer does,
 * through an index rather than by reading every organization.
 */
public final class OrganizationLookup {

    /**
     * Cypher that binds {@code id} to the organization a name means, taking the {@link #parameters} of the name; a
     * query that starts with it can resolve a name and read what it names in one statement. The name index is asked
     * only when no organization has the text as its id.
     */
    public static final String CYPHER = """
            OPTIONAL MATCH (byId:Organization {id: $text})
            OPTIONAL CALL (byId) {
              WITH byId WHERE byId IS NULL
              CALL db.index.fulltext.queryNodes('organization_name_keys', $term) YIELD node
              WHERE $key IN node.nameKeys
              RETURN node.id AS byName ORDER BY byName LIMIT 1
            }
            WITH coalesce(byId.id, byName) AS id WHERE id IS NOT NULL
            """;

    /** A look-up of an id alone, for a text that has no name key (punctuation only). */
    public static final String BY_ID = "MATCH (o:Organization {id: $text}) WITH o.id AS id\n";

    private OrganizationLookup() {}

    /** The statement that resolves this text, {@link #CYPHER} or {@link #BY_ID}, to be followed by what reads {@code id}. */
    public static String cypher(String nameOrId) {
        return OrganizationNames.key(nameOrId).isEmpty() ? BY_ID : CYPHER;
    }

    /** The parameters of {@link #cypher} for a name or id. */
    public static Map<String, Object> parameters(String nameOrId) {
        String key = OrganizationNames.key(nameOrId);
        return Map.of("text", nameOrId, "key", key, "term", exactTerm(key));
    }

    /** A Lucene query for exactly this term: a phrase, with its quotes and backslashes escaped. */
    static String exactTerm(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
