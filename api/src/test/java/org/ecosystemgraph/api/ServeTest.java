package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.database.GraphDump;
import org.ecosystemgraph.database.spring.DatabaseEndpoint;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.RelationshipType;
import org.ecosystemgraph.model.Sector;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
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
        // Every view the tour opened, audited with axe-core's WCAG 2 A/AA rules.
        assertThat(texts(seen.path("accessibilityViolations"))).isEmpty();

        // Home: what the graph is, its size, example questions that run on click.
        assertThat(seen.path("homeLead").asText()).contains("公開文書", "出典");
        assertThat(texts(seen.path("homeCounts"))).contains("組織\n304", "学（大学・研究機関）\n96", "文書\n6");
        assertThat(seen.path("examples").size()).isBetween(4, 6);
        // The example opens the support finder at its own address: 表-2/表-4 of the 2005 plan, those in 仙台市.
        assertThat(seen.path("supportAddress").asText()).isEqualTo("?support=TECHNOLOGY_TRANSFER&place=sendai");
        assertThat(texts(seen.path("supportBodies")))
                .contains("東北テクノアーチ", "宮城県知的所有権センター", "発明協会宮城県支部", "東北大学 未来科学技術共同研究センター")
                .doesNotContain("つくば研究支援センター", "九大OIP");
        assertThat(seen.path("supportSources").toString()).contains("L198", "(株)東北テクノアーチ(技術移転支援)");

        // Keyboard only: Enter searches, Tab reaches the hit, Enter opens it at ?org= and focuses its heading.
        assertThat(seen.path("searchAddress").asText()).isEqualTo("?q=テクノアーチ");
        assertThat(seen.path("focusedAfterTab").asText()).isEqualTo("東北テクノアーチ");
        assertThat(seen.path("organizationAddress").asText()).isEqualTo("?org=東北テクノアーチ");
        assertThat(seen.path("focusedAfterOpen").asText()).isEqualTo("organization-name");
        assertThat(seen.path("functions").toString()).contains("技術移転支援");
        assertThat(seen.path("functionSources").toString()).contains("事業環境整備構想", "L198");
        assertThat(seen.path("organizationFacts").asText()).contains("TLO・企業").doesNotContain("COMPANY");
        // Back and forward walk the views by their addresses.
        assertThat(seen.path("afterBack").path("address").asText()).isEqualTo("?q=テクノアーチ");
        assertThat(texts(seen.path("afterBack").path("views"))).containsExactly("search-view");
        assertThat(seen.path("afterSecondBack").path("address").asText())
                .isEqualTo("?support=TECHNOLOGY_TRANSFER&place=sendai");
        assertThat(texts(seen.path("afterSecondBack").path("views"))).containsExactly("support-finder");
        assertThat(texts(seen.path("afterForward").path("views"))).containsExactly("search-view");

        // 東北大学's map from a deep link: 20 of its 46 neighbours and itself, labels at a readable size, none over
        // another node; "show more" adds the next 20.
        JsonNode hub = seen.path("hubMap");
        assertThat(hub.path("available").asInt()).isGreaterThan(40);
        assertThat(hub.path("drawn").asInt()).isEqualTo(21);
        assertThat(hub.path("renderedFontPx").asDouble()).isGreaterThanOrEqualTo(10);
        assertThat(texts(hub.path("overlaps"))).isEmpty();
        assertThat(seen.path("hubMapAfterMore").asInt()).isEqualTo(41);
        // A small organization's map: the university at one hop, more on expanding it, TAP at two hops.
        assertThat(seen.path("mapDrawn").asBoolean()).isTrue();
        assertThat(texts(seen.path("mapOneHop"))).containsExactly("クリーンプラネット", "東北大学");
        assertThat(seen.path("mapSelection").asText()).contains("クリーンプラネット —発スタートアップ→ 東北大学");
        assertThat(seen.path("mapExpanded").asInt()).isGreaterThan(10);
        assertThat(texts(seen.path("mapShapes"))).contains("vee", "triangle", "round-rectangle");
        assertThat(texts(seen.path("mapTwoHops"))).contains("TAP", "仙台スタートアップ・エコシステム推進協議会");
        assertThat(seen.path("mapTwoHopsAddress").asText()).isEqualTo("?org=クリーンプラネット&hops=2");

        // How does クリーンプラネット connect to a venture capital? From a deep link, hop by hop, each hop with a
        // quote that names both of its ends (by any of their names).
        assertThat(seen.path("paths").get(0).asText()).startsWith("クリーンプラネット → 東北大学 → ");
        assertThat(seen.path("pathHops").get(0).asText()).isEqualTo("産クリーンプラネット —発スタートアップ→ 学東北大学");
        assertThat(seen.path("pathHopSources").asInt())
                .isEqualTo(seen.path("pathHops").size());
        assertThat(seen.path("pathEvidence").size())
                .isEqualTo(seen.path("pathHops").size());
        for (JsonNode hop : seen.path("pathEvidence")) {
            assertThat(texts(hop.path("quotes")))
                    .as(
                            "the quotes of %s hop %s",
                            hop.path("type").asText(), hop.path("from").get(0).asText())
                    .anySatisfy(quote -> {
                        assertThat(namesOneOf(quote, texts(hop.path("from")))).isTrue();
                        assertThat(namesOneOf(quote, texts(hop.path("to")))).isTrue();
                    });
        }
        assertThat(texts(seen.path("pathMapColours"))).contains("#b0342a", "#1f5f9e");
        assertThat(seen.path("partnersAddress").asText())
                .contains("partners=TECHNOLOGY_TRANSFER", "partnerPlace=sendai");
        assertThat(seen.path("partners").toString()).contains("東北テクノアーチ", "技術移転支援を提供");
        assertThat(seen.path("partners").toString()).doesNotContain("つくば研究支援センター");
        assertThat(seen.path("consortiumAddress").asText()).startsWith("?consortium=");
        assertThat(seen.path("consortiumMembers").asInt()).isEqualTo(10);
        assertThat(seen.path("consortiumFacts").asText()).contains("10");
        // A programme hit opens the programme's own view; the agreement example lists its clauses and parties.
        assertThat(seen.path("programmeHits").get(0).asText()).isEqualTo("みちのくギャップファンド 事業");
        assertThat(seen.path("programme").path("address").asText()).startsWith("?node=");
        assertThat(seen.path("programme").path("name").asText()).isEqualTo("みちのくギャップファンド");
        assertThat(seen.path("programme").path("facts").asText())
                .startsWith("ギャップファンド")
                .contains("MASP");
        assertThat(seen.path("programme").path("sources").asInt()).isPositive();
        assertThat(seen.path("agreement").path("name").asText()).isEqualTo("仙台市と東北大学との地域経済発展に関する協定");
        assertThat(seen.path("agreement").path("clauses").asInt()).isEqualTo(6);
        assertThat(texts(seen.path("agreement").path("parties"))).containsExactly("仙台市", "東北大学");

        // The matrix shows the region by default: the bodies the documents place in Boston, Paris-Saclay, つくば or
        // 福岡 only appear anywhere, labelled as outside Tohoku; national bodies are labelled as such.
        assertThat(seen.path("matrixPlace").asText()).isEqualTo("region");
        assertThat(texts(seen.path("matrixRegionBodies")))
                .contains("東北テクノアーチ", "仙台市", "東北大学")
                .doesNotContain("MIT", "EPA Paris-Saclay", "つくば研究支援センター", "九大OIP", "CIC", "MassChallenge");
        assertThat(texts(seen.path("matrixRegionLabelled"))).contains("官経済産業省 国の機関");
        assertThat(seen.path("matrixAnywhereAddress").asText()).isEqualTo("?matrix=&place=all");
        assertThat(texts(seen.path("matrixLabelled"))).contains("学MIT 東北域外", "支援つくば研究支援センター 東北域外");
        // 表-2 credits (株)東北テクノアーチ with 技術移転支援; the matrix marks that cell and links its source.
        int transfer = texts(seen.path("matrixHeader")).indexOf("技術移転支援");
        assertThat(transfer).isPositive();
        assertThat(seen.path("technoArchRow").get(transfer).asText()).isEqualTo("●");
        assertThat(seen.path("matrixSource").asText()).contains("東北テクノアーチ × 技術移転支援", "L198");

        // One language at a time: English re-renders the view on show and stays after a reload; back in Japanese,
        // no view the tour opened shows a code of the API (sectors, kinds, relationship types, support functions).
        assertThat(seen.path("english").path("address").asText()).isEqualTo("?org=クリーンプラネット&lang=en");
        assertThat(seen.path("english").path("badge").asText()).isEqualTo("Industry");
        assertThat(seen.path("english").path("facts").asText()).contains("company・start-up");
        assertThat(seen.path("english").path("legend").asText()).contains("universities, institutes", "start-up");
        assertThat(seen.path("englishAfterReload").path("lang").asText()).isEqualTo("en");
        assertThat(seen.path("englishAfterReload").path("heading").asText()).isEqualTo("Find connections");
        assertThat(seen.path("englishAfterReload").path("functions").asText())
                .isEqualTo("Funding and equipment support");
        assertThat(seen.path("japaneseAgain").path("address").asText()).isEqualTo("?org=クリーンプラネット");
        assertThat(seen.path("japaneseAgain").path("badge").asText()).isEqualTo("産");
        assertThat(seen.path("japaneseTexts").size()).isGreaterThanOrEqualTo(8);
        List<String> shownCodes = new ArrayList<>();
        for (JsonNode text : seen.path("japaneseTexts")) {
            for (String code : apiCodes()) {
                if (Pattern.compile("(?<![A-Za-z_])" + code + "(?![A-Za-z_])")
                        .matcher(text.asText())
                        .find()) {
                    shownCodes.add(code);
                }
            }
        }
        assertThat(shownCodes).as("codes shown raw in the Japanese page").isEmpty();
        assertThat(seen.path("tabletOverflow").asInt()).isLessThanOrEqualTo(0);
    }

    /** Whether a quote names one of the names, compared as the importer compares quotes: NFKC, no white space. */
    private static boolean namesOneOf(String quote, List<String> names) {
        String folded = folded(quote);
        return names.stream().map(ServeTest::folded).anyMatch(folded::contains);
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * The codes the API answers with and the page must translate: sectors, organization kinds, relationship types,
     * support functions. TLO and NPO are words as well as codes, written so in Japanese too.
     */
    private static List<String> apiCodes() {
        List<String> codes = new ArrayList<>();
        Stream.of(Sector.values()).map(Enum::name).forEach(codes::add);
        Stream.of(OrganizationKind.values()).map(Enum::name).forEach(codes::add);
        Stream.of(RelationshipType.values()).map(Enum::name).forEach(codes::add);
        SupportFunctionTaxonomy.bundled().functions().stream()
                .map(SupportFunctionTaxonomy.Function::code)
                .forEach(codes::add);
        codes.removeAll(List.of("TLO", "NPO"));
        return codes;
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
