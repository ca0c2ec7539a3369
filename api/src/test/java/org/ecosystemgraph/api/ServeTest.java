package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.GraphDump;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@code ./kg serve} offers on a fresh data directory, checked over real HTTP and Bolt. */
class ServeTest extends ApiTest {

    @Autowired
    DatabaseEndpoint database;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Driver driver;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reports_healthy_only_once_the_bundled_corpus_is_in_the_graph() {
        JsonNode graph = client.health().path("components").path("graph").path("details");
        assertThat(graph.path("detail").asText()).isEqualTo("bundled corpus imported: 6 documents");
        try (var driver = GraphDatabase.driver(database.boltUri(), neo4j.login().authToken())) {
            var publishers = driver
                    .executableQuery("MATCH (d:Document) RETURN d.publisher AS p ORDER BY p")
                    .execute()
                    .records()
                    .stream()
                    .map(record -> record.get("p").asString())
                    .toList();
            assertThat(publishers)
                    .containsExactly(
                            "TAP（Tohoku Activation Panel／地域企業支援事業検討会）",
                            "ecosystem-graph",
                            "仙台市",
                            "仙台市 経済局",
                            "宮城県",
                            "日本経済研究所");
        }
    }

    @Test
    void serves_neo4j_browser_pointed_at_the_embedded_bolt_endpoint() throws Exception {
        var opener = get("/browser");
        assertThat(opener.statusCode()).isEqualTo(200);
        assertThat(opener.body()).contains("<script type=\"module\" src=\"/browser-login/login.js\">");
        assertThat(get("/browser-login/login.js").body()).contains("/browser/connection", "neo4j.connections");
        String location =
                json.readTree(get("/browser/connection").body()).path("browser").asText();
        assertThat(location)
                .contains("/browser/?dbms=bolt%3A%2F%2Fneo4j%40127.0.0.1%3A"
                        + database.boltUri().getPort() + "&preselectAuthMethod=NATIVE")
                .endsWith("&cmd=play&arg=http%3A%2F%2Flocalhost%3A" + port + "%2Fguides%2Fqueries.html");

        var page = get(
                URI.create(location).getRawPath() + "?" + URI.create(location).getRawQuery());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Neo4j Browser</title>");

        // The page loads its application script by a relative path, which must resolve under /browser/.
        var script = Pattern.compile("src=\"(app-[0-9a-f]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).isTrue();
        var app = get("/browser/" + script.group(1));
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
    }

    @Test
    void neo4j_browser_opened_at_127_0_0_1_plays_the_guide_connects_and_runs_cypher_in_a_real_browser()
            throws Exception {
        NodeClients.assumeChromium();
        JsonNode shown = json.readTree(NodeClients.run("browser-connects.mjs", "http://127.0.0.1:" + port));
        assertThat(shown.path("connected").asBoolean()).isTrue();
        assertThat(shown.path("guide").asBoolean()).isTrue();
        // The page's policy blocks only what the Browser would fetch from other sites: fonts, surveys, usage reports.
        assertThat(texts(shown.path("blocked")))
                .allSatisfy(blocked -> assertThat(blocked)
                        .containsAnyOf("fonts.googleapis.com", "canny.io", "segment.com")
                        .doesNotContain("localhost", "127.0.0.1"));
        assertThat(shown.path("result").asText())
                .contains("MATCH (d:Document) RETURN count(d) AS documents", "documents", "6");
    }

    @Test
    void graphiql_loads_offline_from_this_server_and_runs_a_query_in_a_real_browser() throws Exception {
        NodeClients.assumeChromium();
        JsonNode seen = json.readTree(NodeClients.run("graphiql.mjs", "http://localhost:" + port));
        assertThat(texts(seen.path("outside"))).isEmpty();
        assertThat(texts(seen.path("blocked"))).isEmpty();
        List<String> loaded = new ArrayList<>();
        for (JsonNode request : seen.path("requests")) {
            loaded.add(URI.create(request.path("url").asText()).getPath());
            assertThat(request.path("status").asInt())
                    .as(request.path("url").asText())
                    .isEqualTo(200);
        }
        assertThat(loaded).contains("/graphiql", "/webjars/graphiql/graphiql.min.js", "/graphql");
        assertThat(seen.path("result").asText()).contains("\"name\": \"東北大学\"", "\"sector\": \"ACADEMIA\"");
    }

    @Test
    void the_explorer_page_answers_a_coordinators_questions_in_a_real_browser() throws Exception {
        NodeClients.assumeChromium();
        JsonNode seen = json.readTree(NodeClients.run("explorer.mjs", "http://localhost:" + port));
        assertThat(seen.path("pageErrors")).isEmpty();
        assertThat(seen.path("blocked"))
                .as("what the explorer's Content-Security-Policy blocked")
                .isEmpty();
        // Which bodies near me give technology-transfer support? 表-2/表-4 of the 2005 plan, those in 仙台市.
        assertThat(texts(seen.path("supportBodies")))
                .contains("東北テクノアーチ", "宮城県知的所有権センター", "発明協会宮城県支部", "東北大学 未来科学技術共同研究センター")
                .doesNotContain("つくば研究支援センター", "九大OIP");
        assertThat(seen.path("supportSources").toString()).contains("L198", "(株)東北テクノアーチ(技術移転支援)");
        // Keyboard only: Tab reaches the hit, Enter opens it and moves the focus to its heading.
        assertThat(seen.path("focusedAfterTab").asText()).isEqualTo("東北テクノアーチ");
        assertThat(seen.path("focusedAfterOpen").asText()).isEqualTo("organization-name");
        assertThat(seen.path("functions").toString()).contains("技術移転支援");
        assertThat(seen.path("functionSources").toString()).contains("事業環境整備構想", "L198");
        // The map: the university at one hop, more on expanding it, TAP at two hops; shapes by kind.
        assertThat(seen.path("mapDrawn").asBoolean()).isTrue();
        assertThat(texts(seen.path("mapOneHop"))).containsExactly("クリーンプラネット", "東北大学");
        assertThat(seen.path("mapExpanded").asInt()).isGreaterThan(10);
        assertThat(texts(seen.path("mapShapes"))).contains("vee", "triangle", "round-rectangle");
        assertThat(texts(seen.path("mapTwoHops"))).contains("TAP", "仙台スタートアップ・エコシステム推進協議会");
        // How does クリーンプラネット connect to a venture capital? Hop by hop, each with its source.
        assertThat(seen.path("paths").toString()).contains("クリーンプラネット → 東北大学 → 仙台スタートアップ・エコシステム推進協議会 → スパークル");
        assertThat(seen.path("pathHops").get(0).asText()).isEqualTo("産クリーンプラネット —発スタートアップ→ 学東北大学");
        assertThat(seen.path("pathHopSources").asInt())
                .isEqualTo(seen.path("pathHops").size());
        assertThat(texts(seen.path("pathMapColours"))).contains("#b0342a", "#1f5f9e", "#8a6100");
        assertThat(seen.path("partners").toString()).contains("東北テクノアーチ", "技術移転支援を提供");
        assertThat(seen.path("partners").toString()).doesNotContain("つくば研究支援センター");
        assertThat(seen.path("consortiumMembers").asInt()).isEqualTo(10);
        assertThat(seen.path("consortiumFacts").asText()).contains("10");
        // 表-2 credits (株)東北テクノアーチ with 技術移転支援; the matrix marks that cell and links its source.
        int transfer = texts(seen.path("matrixHeader")).indexOf("技術移転支援");
        assertThat(transfer).isPositive();
        assertThat(seen.path("technoArchRow").get(transfer).asText()).isEqualTo("●");
        assertThat(seen.path("matrixSource").asText()).contains("東北テクノアーチ × 技術移転支援", "L198");
        assertThat(seen.path("accessibilityViolations")).isEmpty();
        assertThat(seen.path("englishHeading").asText()).isEqualTo("Search");
        assertThat(seen.path("englishFunctions").asText()).isEqualTo("Funding and equipment support");
        assertThat(seen.path("tabletOverflow").asInt()).isLessThanOrEqualTo(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    /**
     * A page of another site in the same browser: it cannot read the login handed to the application's own Browser
     * page, nor read the API, and Bolt's WebSocket refuses it without the password; nothing is written.
     */
    @Test
    void a_page_of_another_site_can_neither_read_the_login_nor_write_over_bolt() throws Exception {
        NodeClients.assumeChromium();
        GraphDump before = GraphDump.of(driver);
        JsonNode outcome = json.readTree(NodeClients.run(
                "foreign-page.mjs",
                "http://localhost:" + port,
                database.boltUri().toString()));
        assertThat(outcome.path("origin").asText()).isEqualTo("http://evil.example");
        for (String attempt : List.of("readLogin", "readLoginNoCors", "graphql")) {
            assertThat(outcome.path(attempt).asText()).as(attempt).startsWith("refused");
        }
        assertThat(outcome.path("boltWithoutLogin").asText())
                .contains("FAILURE")
                .doesNotContain("SUCCESS");
        assertThat(outcome.path("boltDefaultPassword").asText())
                .contains("FAILURE")
                .doesNotContain("SUCCESS");
        assertThat(outcome.toString()).doesNotContain(neo4j.login().password());
        assertThat(GraphDump.of(driver).lines()).isEqualTo(before.lines());
    }

    @Test
    void serves_the_query_library_as_a_browser_guide() {
        var guide = get("/guides/queries.html");
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body())
                .contains("<article class=\"guide\">")
                .contains("Who belongs to a consortium, grouped by sector")
                .contains(":params {consortium: &#39;tap&#39;}")
                .contains("class=\"pre-scrollable code runnable\"");
    }

    @Test
    void tells_the_browser_where_bolt_is_through_neo4j_discovery() throws Exception {
        JsonNode discovery =
                json.readTree(client.get("/", "Accept", "application/json").body());
        assertThat(discovery.path("bolt_direct").asText())
                .isEqualTo(database.boltUri().toString());
    }

    @Test
    void answers_a_javascript_driver_over_bolt_and_neo4j_routing() throws Exception {
        for (String scheme : new String[] {"bolt", "neo4j"}) {
            String uri = scheme + "://127.0.0.1:" + database.boltUri().getPort();
            JsonNode answer = json.readTree(
                    NodeClients.run(Map.of("NEO4J_PASSWORD", neo4j.login().password()), "bolt-smoke.mjs", uri));
            assertThat(answer.path("agent").asText()).startsWith("Neo4j/5.26");
            assertThat(answer.path("documents").findValuesAsText("id"))
                    .containsExactly(
                            "english-names-reviewed",
                            "miyagi-business-environment-2005",
                            "sendai-growth-strategy-2023",
                            "sendai-tohoku-agreement-2021",
                            "tohoku-deeptech-ecosystem-2025",
                            "tohoku-innovation-declaration-2024");
        }
    }

    @Test
    void binds_bolt_to_loopback_with_login() {
        assertThat(database.embedded()).isTrue();
        assertThat(database.authRequired()).isTrue();
        assertThat(database.boltUri().getHost()).isEqualTo("127.0.0.1");
    }

    private HttpResponse<String> get(String path) {
        return client.get(path);
    }
}
