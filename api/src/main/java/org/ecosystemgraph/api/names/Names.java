package org.ecosystemgraph.api.names;

import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.database.OrganizationLookup;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
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

    public Optional<String> organization(String nameOrId) {
        if (nameOrId == null || nameOrId.isBlank()) {
            return Optional.empty();
        }
        return neo4j.query(OrganizationLookup.cypher(nameOrId) + "RETURN id")
                .bindAll(OrganizationLookup.parameters(nameOrId))
                .fetchAs(String.class)
                .one();
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
