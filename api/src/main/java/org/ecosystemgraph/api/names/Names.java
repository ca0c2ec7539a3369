package org.ecosystemgraph.api.names;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ecosystemgraph.api.graph.GlobalId;
import org.ecosystemgraph.api.graph.GraphReads;
import org.ecosystemgraph.api.graphql.Answers;
import org.ecosystemgraph.database.OrganizationLookup;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * What a name in a request means: an organization by id or any spelling (resolved through the same name keys the
 * importer uses), a support function by code or label, fields by id or name, a place by id or name.
 */
@Component
public class Names {

    private final GraphReads reads;
    private final SupportFunctionTaxonomy functions = SupportFunctionTaxonomy.bundled();

    Names(GraphReads reads) {
        this.reads = reads;
    }

    /** The graph id of the organization a name, graph id or global id means. */
    public Optional<String> organization(String text) {
        return organizationNamed(
                reads, text, "RETURN id", record -> record.get("id").asString());
    }

    /**
     * What {@code read} reads of the organization a name, graph id or global id means, resolved and read in one
     * statement: {@code read} continues the look-up, which binds the organization's graph id to {@code id}.
     */
    public static <T> Optional<T> organizationNamed(
            GraphReads reads, String text, String read, Function<Record, T> row) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String nameOrId = GlobalId.graphId(text);
        return reads.one(OrganizationLookup.cypher(nameOrId) + read, OrganizationLookup.parameters(nameOrId), row);
    }

    /** A place by graph id (miyagi), global id or name (宮城県). */
    public Optional<String> place(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String nameOrId = GlobalId.graphId(text);
        return reads.one(
                """
                MATCH (p:Place) WHERE p.id = $text OR p.name = $text
                RETURN p.id AS id ORDER BY p.id = $text DESC, p.id LIMIT 1
                """,
                Map.of("text", OrganizationNames.clean(nameOrId)),
                record -> record.get("id").asString());
    }

    public Optional<String> supportFunction(String codeOrLabel) {
        return functions.find(codeOrLabel).map(SupportFunctionTaxonomy.Function::code);
    }

    /** The answer for a name that means no organization, with the names it most likely meant. */
    public <T> DataFetcherResult<T> noOrganization(DataFetchingEnvironment environment, String text) {
        return Answers.notFound(environment, "No organization is known as '" + text + "'", like("Organization", text));
    }

    public <T> DataFetcherResult<T> noConsortium(DataFetchingEnvironment environment, String text) {
        return Answers.notFound(environment, "No consortium is known as '" + text + "'", like("Consortium", text));
    }

    public <T> DataFetcherResult<T> noPlace(DataFetchingEnvironment environment, String text) {
        return Answers.notFound(environment, "No place is known as '" + text + "'", like("Place", text));
    }

    public <T> DataFetcherResult<T> noSupportFunction(DataFetchingEnvironment environment, String text) {
        String key = OrganizationNames.clean(text);
        List<String> close = functions.functions().stream()
                .filter(f -> sharedBigrams(key, f.label()) > 0)
                .sorted(java.util.Comparator.comparingInt(
                                (SupportFunctionTaxonomy.Function f) -> sharedBigrams(key, f.label()))
                        .reversed())
                .limit(SUGGESTIONS)
                .map(f -> f.label() + " (" + f.code() + ")")
                .toList();
        return Answers.notFound(environment, "No support function is known as '" + text + "'", close);
    }

    static final int SUGGESTIONS = 3;

    /** Names of nodes of a label that the full-text index finds for the text, best first. */
    private List<String> like(String label, String text) {
        var words = SearchText.anyWords(
                text.length() > SearchText.MAX_LENGTH ? text.substring(0, SearchText.MAX_LENGTH) : text);
        if (words.isEmpty()) {
            return List.of();
        }
        // The label comes from the callers above, never from a request.
        return reads.list(
                """
                CALL db.index.fulltext.queryNodes('search_text', $words, {limit: 50}) YIELD node, score
                WHERE node:%s
                RETURN DISTINCT node.name AS name LIMIT $limit
                """.formatted(label),
                Map.of("words", words.get(), "limit", SUGGESTIONS),
                record -> record.get("name").asString());
    }

    private static int sharedBigrams(String a, String b) {
        java.util.Set<String> of = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            of.add(a.substring(i, i + 2));
        }
        int shared = 0;
        for (int i = 0; i + 2 <= b.length(); i++) {
            shared += of.contains(b.substring(i, i + 2)) ? 1 : 0;
        }
        return shared;
    }

    /** Fields whose id is the text, or whose name or English name contains it: 放射光 finds 次世代放射光. */
    public List<String> fields(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cleaned = OrganizationNames.clean(text);
        return reads.list(
                """
                MATCH (f:Field)
                WHERE f.id = $text OR f.name CONTAINS $text OR toLower(coalesce(f.nameEn, '')) CONTAINS toLower($text)
                RETURN f.id AS id ORDER BY id
                """, Map.of("text", cleaned), record -> record.get("id").asString());
    }
}
