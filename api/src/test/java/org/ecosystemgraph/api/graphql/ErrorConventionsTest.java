package org.ecosystemgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.ecosystemgraph.api.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * What a client meets when a request cannot be answered as asked, over HTTP: a failed field is null with its error,
 * every error carries {@code extensions.code}, costly and oversized requests are refused before any Cypher runs, and
 * Apollo's automatic persisted queries work.
 */
class ErrorConventionsTest extends ApiTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode ask(String query) throws Exception {
        return json.readTree(client.query(query).body());
    }

    private JsonNode post(Map<String, Object> body) throws Exception {
        return json.readTree(client.post("/graphql", "application/json", json.writeValueAsString(body))
                .body());
    }

    private static String code(JsonNode answer) {
        return answer.path("errors").path(0).path("extensions").path("code").asText();
    }

    @Test
    void a_field_that_cannot_answer_is_null_with_its_error_never_a_made_up_value() throws Exception {
        var page = ask("{ organizations(first: 500) { totalCount } }");
        assertThat(page.path("data").path("organizations").isNull()).isTrue();
        assertThat(code(page)).isEqualTo("BAD_USER_INPUT");
        assertThat(page.path("errors").path(0).path("message").asText()).contains("first must be between 0 and 100");

        var around = ask("{ neighbourhood(of: \"東北大学\", hops: 3) { nodes { name } } }");
        assertThat(around.path("data").path("neighbourhood").isNull()).isTrue();
        assertThat(code(around)).isEqualTo("BAD_USER_INPUT");

        var cursor = ask("{ organizations(after: \"garbage\") { totalCount edges { cursor } } }");
        assertThat(cursor.path("data").path("organizations").isNull()).isTrue();
        assertThat(code(cursor)).isEqualTo("BAD_USER_INPUT");
        assertThat(cursor.path("errors").path(0).path("message").asText()).contains("is not a cursor");

        // A cursor the API gave back still pages.
        var first = ask("{ organizations(first: 2) { edges { node { name } } pageInfo { endCursor } } }");
        String end = first.path("data")
                .path("organizations")
                .path("pageInfo")
                .path("endCursor")
                .asText();
        var next = ask("{ organizations(first: 2, after: \"" + end + "\") { edges { node { name } } } }");
        assertThat(next.path("errors").isMissingNode()).isTrue();
        assertThat(next.path("data").path("organizations").path("edges")).hasSize(2);
    }

    @Test
    void a_name_that_matches_nothing_is_not_found_with_the_names_meant() throws Exception {
        var answer = ask("{ organization(name: \"東北大學\") { name } }");
        assertThat(answer.path("data").path("organization").isNull()).isTrue();
        assertThat(code(answer)).isEqualTo("NOT_FOUND");
        assertThat(answer.path("errors")
                        .path(0)
                        .path("extensions")
                        .path("classification")
                        .asText())
                .isEqualTo("NOT_FOUND");
        assertThat(answer.path("errors").path(0).path("message").asText())
                .contains("No organization is known as '東北大學'", "did you mean", "東北大学");
        assertThat(answer.path("errors")
                        .path(0)
                        .path("extensions")
                        .path("suggestions")
                        .toString())
                .contains("東北大学");

        var function = ask("{ supportProviders(function: \"技術移転サポート\") { name } }");
        assertThat(code(function)).isEqualTo("NOT_FOUND");
        assertThat(function.path("errors").path(0).path("message").asText()).contains("技術移転支援");
    }

    @Test
    void every_error_carries_a_code_whoever_raised_it() throws Exception {
        assertThat(code(ask("{ organization(name: ) }"))).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(code(ask("{ organization(name: \"東北大学\") { nosuchfield } }")))
                .isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(code(ask("{ search(text: \"東北\", limit: 0) { name } }"))).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void a_request_that_could_return_too_much_is_refused_with_its_cost_before_any_cypher() throws Exception {
        String deep = "organizations(first: 100) { edges { node { memberships { consortium { members { organization {"
                + " memberships { consortium { members { organization { name } } } } } } } } } } }";
        long before = statements.count();
        var answer = ask("{ " + deep + " }");
        assertThat(code(answer)).isEqualTo("QUERY_TOO_COSTLY");
        assertThat(answer.path("errors").path(0).path("extensions").path("cost").asLong())
                .isGreaterThan(answer.path("errors")
                        .path(0)
                        .path("extensions")
                        .path("maximumCost")
                        .asLong());
        assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull())
                .isTrue();

        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            aliases.append(" a").append(i).append(": ").append(deep);
        }
        var thirty = ask(aliases.append(" }").toString());
        assertThat(code(thirty)).isEqualTo("QUERY_TOO_COSTLY");
        System.out.printf(
                "cost: the 12-deep query %,d, with 30 aliases %,d; limit %,d%n",
                answer.path("errors").path(0).path("extensions").path("cost").asLong(),
                thirty.path("errors").path(0).path("extensions").path("cost").asLong(),
                answer.path("errors")
                        .path(0)
                        .path("extensions")
                        .path("maximumCost")
                        .asLong());
        assertThat(statements.count() - before).as("statements run").isZero();

        // What the explorer asks of a consortium stays well within the limit.
        var members = ask("{ consortium(name: \"TAP\") { members { organization { name memberships { consortium {"
                + " name } } } } } }");
        assertThat(members.path("errors").isMissingNode()).isTrue();
    }

    /** Lucene's query syntax in a search is words: it neither fails nor runs as a boolean query. */
    @Test
    void search_text_is_words_whatever_syntax_it_holds() throws Exception {
        for (String text : new String[] {
            "AND",
            "OR",
            "NOT",
            "a AND",
            "OR 1=1",
            "name:* AND",
            "*",
            "?",
            "~",
            "^",
            "\\",
            "\"",
            "[",
            "]",
            "{",
            "}",
            "(",
            ")",
            ":",
            "!",
            "&&",
            "||",
            "/",
            "東北*",
            "東北~",
            "東北^2",
            "[東北 TO 大学]",
            "\"東北"
        }) {
            var answer = ask("{ search(text: " + json.writeValueAsString(text) + ") { name } }");
            assertThat(answer.path("errors").isMissingNode())
                    .as("search(text: %s): %s", text, answer)
                    .isTrue();
            assertThat(answer.path("data").path("search").isArray()).isTrue();
        }
        // Read as Lucene syntax, NOT would exclude every name with 大学; as words, 東北大学 matches both.
        var not = ask("{ search(text: \"東北 AND NOT 大学\", limit: 50) { name } }");
        assertThat(not.path("data").path("search").findValuesAsText("name")).contains("東北大学");
    }

    @Test
    void inputs_no_question_needs_are_refused_before_any_cypher() throws Exception {
        long before = statements.count();
        var long10k = ask("{ search(text: \"" + "東北".repeat(5_000) + "\") { name } }");
        assertThat(code(long10k)).isEqualTo("BAD_USER_INPUT");
        var longSearch = ask("{ search(text: \"" + "東北".repeat(150) + "\") { name } }");
        assertThat(code(longSearch)).isEqualTo("BAD_USER_INPUT");
        assertThat(longSearch.path("errors").path(0).path("message").asText()).contains("200 characters");
        var needs = post(Map.of(
                "query",
                "query($needs: [String!]) { partners(for: \"東北大学\", needs: $needs) { score } }",
                "variables",
                Map.of("needs", java.util.Collections.nCopies(20_000, "技術移転支援"))));
        assertThat(code(needs)).isEqualTo("BAD_USER_INPUT");
        assertThat(statements.count() - before).as("statements run").isZero();
    }

    @Test
    void automatic_persisted_queries_answer_by_hash_once_the_query_is_known() throws Exception {
        String query = "{ consortium(name: \"MASP\") { name } }";
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
        var persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));

        var unknown = post(Map.of("extensions", persisted));
        assertThat(code(unknown)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        var registered = post(Map.of("query", query, "extensions", persisted));
        assertThat(registered.path("data").path("consortium").path("name").asText())
                .isEqualTo("みちのくアカデミア発スタートアップ共創プラットフォーム");

        var byHash = post(Map.of("extensions", persisted));
        assertThat(byHash.path("data")).isEqualTo(registered.path("data"));

        var wrongHash = post(Map.of(
                "query",
                "{ consortium(name: \"TAP\") { name } }",
                "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))));
        assertThat(code(wrongHash)).isEqualTo("PERSISTED_QUERY_INVALID");
    }
}
