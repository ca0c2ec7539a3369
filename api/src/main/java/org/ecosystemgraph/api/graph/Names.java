package org.ecosystemgraph.api.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecosystemgraph.importer.dataset.SupportFunctionTaxonomy;
import org.ecosystemgraph.model.OrganizationNames;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a name in a request means: an organization by id or any spelling (resolved through the same name keys the
 * importer uses), a support function by code or label, fields by id or name, a place by id or name.
 */
@Component
@Transactional(readOnly = true)
public class Names {

    private final Neo4jClient neo4j;
    private final SupportFunctionTaxonomy functions = SupportFunctionTaxonomy.bundled();

    Names(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Cypher that binds {@code id} to the organization a name means: by id first, then by any spelling through the
     * exact-term index of name keys (cypher/schema/V0004). A query that starts with it takes the parameters of
     * {@link #organizationLookup}, so that a field can resolve a name and read what it names in one statement.
     */
    public static final String ORGANIZATION_ID = """
            CALL () {
              MATCH (o:Organization {id: $text}) RETURN o.id AS id, 0 AS rank
              UNION
              CALL db.index.fulltext.queryNodes('organization_name_keys', $term) YIELD node
              WHERE $key IN node.nameKeys
              RETURN node.id AS id, 1 AS rank
            }
            WITH id ORDER BY rank, id LIMIT 1
            """;

    /**
     * The parameters of {@link #ORGANIZATION_ID} for a name or id, or empty for a text that has no name key at all
     * (punctuation only), which can only be an id.
     */
    public static Optional<Map<String, Object>> organizationLookup(String nameOrId) {
        String key = OrganizationNames.key(nameOrId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Map.of("text", nameOrId, "key", key, "term", exactTerm(key)));
    }

    public Optional<String> organization(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        var lookup = organizationLookup(nameOrId);
        if (lookup.isEmpty()) {
            return neo4j.query("MATCH (o:Organization {id: $text}) RETURN o.id AS id")
                    .bind(nameOrId)
                    .to("text")
                    .fetchAs(String.class)
                    .one();
        }
        return neo4j.query(ORGANIZATION_ID + "RETURN id")
                .bindAll(lookup.get())
                .fetchAs(String.class)
                .one();
    }

    /** A Lucene query for exactly this term: a phrase, with its quotes and backslashes escaped. */
    static String exactTerm(String key) {
        return "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A place by id (miyagi) or name (宮城県). */
    public Optional<String> place(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        return neo4j.query("""
                        MATCH (p:Place) WHERE p.id = $text OR p.name = $text
                        RETURN p.id AS id ORDER BY p.id = $text DESC, p.id LIMIT 1
                        """)
                .bind(OrganizationNames.clean(nameOrId))
                .to("text")
                .fetchAs(String.class)
                .one();
    }

    public Optional<String> supportFunction(String codeOrLabel) {
        return functions.find(codeOrLabel).map(SupportFunctionTaxonomy.Function::code);
    }

    /** Fields whose id is the text, or whose name or English name contains it: 放射光 finds 次世代放射光. */
    public List<String> fields(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cleaned = OrganizationNames.clean(text);
        return List.copyOf(
                neo4j.query("""
                        MATCH (f:Field)
                        WHERE f.id = $text OR f.name CONTAINS $text OR toLower(coalesce(f.nameEn, '')) CONTAINS toLower($text)
                        RETURN f.id AS id ORDER BY id
                        """).bind(cleaned).to("text").fetchAs(String.class).all());
    }
}
