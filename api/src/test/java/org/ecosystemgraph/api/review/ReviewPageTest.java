package org.ecosystemgraph.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.ecosystemgraph.api.ApiTest;
import org.ecosystemgraph.api.NodeClients;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.ecosystemgraph.importer.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review page, on an application of its own (it writes to its graph): a new document uploaded, reviewed in a
 * real browser and imported, found through GraphQL; and the writes it refuses.
 */
class ReviewPageTest extends ApiTest {

    private static final Path FOLDER = temporaryFolder();

    @DynamicPropertySource
    static void reviewFolder(DynamicPropertyRegistry registry) {
        registry.add("kg.review.folder", FOLDER::toString);
    }

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    Driver driver;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    /** A council's announcement: a new consortium, a university spin-off and its investor, a bank's branch. */
    private static final String[] ANNOUNCEMENT = {
        "みやぎ素材イノベーション協議会の設立について",
        "2025年12月1日",
        "",
        "みやぎ素材イノベーション協議会は、東北大学、株式会社マテリアルフロンティア、七十七銀行仙台中央支店など3団体で構成されます。",
        "東北大学発スタートアップの株式会社マテリアルフロンティアは、東北イノベーションキャピタルから出資を受けました。",
        "協議会は仙台市の支援を受け、会員企業向けに技術相談を行います。"
    };

    @Test
    void a_coordinator_reviews_a_new_pdf_in_a_real_browser_and_finds_its_facts_through_graphql() throws Exception {
        NodeClients.assumeChromium();
        Path pdf = FOLDER.resolveSibling("review-input-" + UUID.randomUUID()).resolve("materials-council.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, TestPdfs.write(ANNOUNCEMENT));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);

        JsonNode seen = json.readTree(NodeClients.run(
                "review.mjs",
                "http://localhost:" + client.port(),
                pdf.toString(),
                shots.toAbsolutePath().toString()));

        assertThat(seen.path("pageErrors")).isEmpty();
        assertThat(seen.path("blocked"))
                .as("what the page's Content-Security-Policy blocked")
                .isEmpty();
        assertThat(seen.path("accessibilityViolations")).isEmpty();
        assertThat(seen.path("passwordHandedOut").asBoolean()).isTrue();
        assertThat(texts(seen.path("candidates")))
                .contains("みやぎ素材イノベーション協議会", "東北大学", "マテリアルフロンティア", "七十七銀行仙台中央支店", "東北イノベーションキャピタル", "仙台市");
        assertThat(texts(seen.path("relations")))
                .contains(
                        "マテリアルフロンティア — 会員 → みやぎ素材イノベーション協議会",
                        "マテリアルフロンティア — 発スタートアップ → 東北大学",
                        "東北イノベーションキャピタル — 出資 → マテリアルフロンティア");
        assertThat(texts(seen.path("marked"))).contains("東北大学", "東北イノベーションキャピタル");
        assertThat(texts(seen.path("suggestions")))
                .anySatisfy(option -> assertThat(option).startsWith("七十七銀行（its name contains 七十七銀行"));
        assertThat(seen.path("focusedLine").asText()).contains("株式会社マテリアルフロンティア");
        assertThat(texts(seen.path("rejectedMarks"))).contains("仙台市");
        assertThat(seen.path("saved").asText()).startsWith("保存しました");
        assertThat(seen.path("imported").asText()).isEqualTo("取り込みました: materials-council");
        assertThat(texts(seen.path("earlier")))
                .anySatisfy(listed -> assertThat(listed).contains("（materials-council）", "保存済み"));
        assertThat(texts(seen.path("reopened")))
                .as("the saved dataset, as reviewed: 仙台市 rejected, the branch merged into the bank")
                .contains("七十七銀行", "マテリアルフロンティア")
                .doesNotContain("仙台市", "七十七銀行仙台中央支店");

        JsonNode graph = seen.path("graphql").path("data");
        assertThat(graph.path("bank").path("aliases").toString()).contains("七十七銀行仙台中央支店");
        assertThat(graph.path("bank").path("memberships").toString()).contains("みやぎ素材イノベーション協議会");
        assertThat(graph.path("startup").path("kinds").toString()).contains("STARTUP");
        assertThat(graph.path("startup").path("sources").toString()).contains("materials-council");
        assertThat(graph.path("branch").path("name").asText())
                .as("the branch is the bank, not a node of its own")
                .isEqualTo("七十七銀行");
        assertThat(graph.path("city").path("sources").toString()).doesNotContain("materials-council");
        assertThat(Files.readString(FOLDER.resolve("datasets/materials-council.yaml")))
                .startsWith("# Reviewed on the review page")
                .contains("type: SPUN_OFF_FROM", "- 七十七銀行仙台中央支店");
    }

    @Test
    void writes_need_the_operators_login_and_the_login_is_handed_only_to_the_page_itself() throws Exception {
        var anonymous = upload("notice.txt", "東北学院大学は石巻市と協定を締結しました。".getBytes(StandardCharsets.UTF_8), null);
        var wrong = upload("notice.txt", "東北学院大学は石巻市と協定を締結しました。".getBytes(StandardCharsets.UTF_8), "not-the-password");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("Writing needs the operator's login");
        assertThat(Files.exists(FOLDER.resolve("documents/notice.txt"))).isFalse();
        // Another site's page (or none) is not given the password; this application's own page is.
        assertThat(client.get("/review/api/login").body()).isEqualTo("{\"user\":\"neo4j\"}");
        assertThat(client.get("/review/api/login", "Sec-Fetch-Site", "cross-site")
                        .body())
                .doesNotContain("password");
        assertThat(client.get("/review/api/login", "Sec-Fetch-Site", "same-origin")
                        .body())
                .contains("\"password\":\"" + neo4j.login().password() + "\"");
    }

    @Test
    void an_unreadable_file_is_refused_by_name_and_a_dataset_with_problems_imports_nothing() throws Exception {
        var binary = upload(
                "scan.pdf",
                new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2},
                neo4j.login().password());
        assertThat(binary.statusCode()).isEqualTo(422);
        assertThat(binary.body()).contains("scan.pdf: is not a PDF that can be read");

        var notice = upload(
                "gakuin-notice.txt",
                "お知らせ\n東北学院大学は、令和7年10月1日、石巻市と「包括連携に関する協定書」を締結しました。\n".getBytes(StandardCharsets.UTF_8),
                neo4j.login().password());
        assertThat(notice.statusCode()).as(notice.body()).isEqualTo(201);
        JsonNode draft = json.readTree(notice.body());
        assertThat(draft.path("dataset")
                        .path("agreements")
                        .get(0)
                        .path("parties")
                        .toString())
                .contains("東北学院大学", "石巻市");
        long documentsBefore = documents();

        // A reviewer's edit that puts a quote where the text does not say it.
        var dataset = (com.fasterxml.jackson.databind.node.ObjectNode) draft.path("dataset");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        dataset.path("organizations").get(0).path("source"))
                .put("quote", "書かれていない言葉");
        var saved = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + client.port() + "/review/api/documents/gakuin-notice/dataset"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(neo4j.login().password()))
                .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(dataset))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var imported = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + client.port() + "/review/api/documents/gakuin-notice/import"))
                .header("Authorization", basic(neo4j.login().password()))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(imported.statusCode()).isEqualTo(400);
        assertThat(imported.body()).contains("書かれていない言葉");
        assertThat(documents()).as("nothing imported").isEqualTo(documentsBefore);
    }

    private long documents() {
        return driver.executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                .execute()
                .records()
                .get(0)
                .get("n")
                .asLong();
    }

    private HttpResponse<String> upload(String name, byte[] content, String password)
            throws IOException, InterruptedException {
        String boundary = "----review" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + client.port() + "/review/api/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (password != null) {
            request.header("Authorization", basic(password));
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("neo4j:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asText()));
        return result;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("review-folder");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
