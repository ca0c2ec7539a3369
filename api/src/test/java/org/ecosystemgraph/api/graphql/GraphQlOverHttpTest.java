package org.ecosystemgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.ecosystemgraph.api.ApiTest;
import org.ecosystemgraph.api.NodeClients;
import org.junit.jupiter.api.Test;

/** The GraphQL-over-HTTP rules a client relies on: media types, status codes, no internals in errors. */
class GraphQlOverHttpTest extends ApiTest {

    private HttpResponse<String> post(String contentType, String accept, String body) {
        return client.post("/graphql", contentType, body, "Accept", accept);
    }

    @Test
    void answers_in_the_graphql_response_media_type_when_asked_for_it() throws Exception {
        var response = post(
                "application/json",
                "application/graphql-response+json",
                "{\"query\":\"{ organization(name: \\\"東北大学\\\") { name sector } }\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/graphql-response+json");
        assertThat(response.body()).contains("\"name\":\"東北大学\"", "\"sector\":\"ACADEMIA\"");
    }

    @Test
    void passes_every_must_of_the_graphql_http_server_audits() throws Exception {
        var audit = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(NodeClients.run(
                        "graphql-http-audit.mjs", client.uri("/graphql").toString()));
        assertThat(audit.path("audits").asInt()).isGreaterThan(50);
        assertThat(audit.path("failedMust")).as(audit.toPrettyString()).isEmpty();
        System.out.printf(
                "graphql-http audits: %d run, %d passed, %d MUST failed, %d SHOULD/MAY not met%n",
                audit.path("audits").asInt(),
                audit.path("passed").asInt(),
                audit.path("failedMust").size(),
                audit.path("failedOther").size());
    }

    @Test
    void serves_graphiql_and_every_file_it_loads_from_this_server() throws Exception {
        var page = client.get("/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);
        var loads = java.util.regex.Pattern.compile("(?:src|href)=\"([^\"]+)\"")
                .matcher(page.body())
                .results()
                .map(match -> match.group(1))
                .filter(link -> !link.startsWith("data:"))
                .toList();
        assertThat(loads).contains("/webjars/graphiql/graphiql.min.js", "/graphiql/start.js");
        for (String link : loads) {
            assertThat(link).as(link).startsWith("/");
            assertThat(client.get(link).statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() throws Exception {
        var response = post("application/json", "application/graphql-response+json", "{query: nope");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void a_document_that_does_not_parse_is_refused_with_400_and_no_internals() throws Exception {
        var response =
                post("application/json", "application/graphql-response+json", "{\"query\":\"{ organization( \"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("errors").doesNotContain("Exception", "at org.", "MATCH");
    }

    @Test
    void hostile_text_in_arguments_is_only_ever_a_value() throws Exception {
        var response = post(
                "application/json",
                "application/json",
                "{\"query\":\"query($n: String!) { organization(name: $n) { name } search(text: $n) { name } }\","
                        + "\"variables\":{\"n\":\"x') MATCH (n) DETACH DELETE n //\"}}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("No organization is known as").doesNotContain("Exception", "MATCH (o");
        var still = post(
                "application/json",
                "application/json",
                "{\"query\":\"{ organization(name: \\\"東北大学\\\") { name } }\"}");
        assertThat(still.body()).contains("\"name\":\"東北大学\"");
    }
}
