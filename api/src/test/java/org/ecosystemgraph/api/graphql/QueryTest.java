package org.ecosystemgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.api.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The questions of the GraphQL contract, over HTTP, answered from the bundled documents. */
class QueryTest extends ApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.neo4j.driver.Driver driver;

    private HttpGraphQlTester graphQl;

    @BeforeEach
    void graphQl() {
        graphQl = client.graphQl();
    }

    @Test
    void a_body_on_two_sites_lists_both_and_a_filter_by_either_place_finds_it() {
        String name = "宮城県知的所有権センター";
        graphQl.document("query($name: String) { organization(name: $name) { places { key } } }")
                .variable("name", name)
                .execute()
                .path("organization.places[*].key")
                .entityList(String.class)
                .hasSize(2)
                .contains("sendai-izumi", "sendai-aoba");
        for (String place : List.of("sendai-izumi", "sendai-aoba")) {
            graphQl.document("""
                            query($place: String) { organizations(filter: {place: $place, supportFunction: "TECHNOLOGY_TRANSFER"}) {
                              edges { node { name } } } }""")
                    .variable("place", place)
                    .execute()
                    .path("organizations.edges[*].node.name")
                    .entityList(String.class)
                    .contains(name);
        }
    }

    @Test
    void documents_lists_the_bundled_corpus_oldest_first() {
        var documents =
                graphQl.document("{ documents { key title published } }").execute();
        documents
                .path("documents[*].key")
                .entityList(String.class)
                .containsExactly(
                        "miyagi-business-environment-2005",
                        "sendai-growth-strategy-2023",
                        "sendai-tohoku-agreement-2021",
                        "tohoku-innovation-declaration-2024",
                        "tohoku-deeptech-ecosystem-2025",
                        "english-names-reviewed");
        documents
                .path("documents[0].title")
                .entity(String.class)
                .satisfies(title -> assertThat(title).contains("事業環境整備構想"));
    }

    @Test
    void support_providers_of_technology_transfer_include_the_five_bodies_of_table_2() {
        List<String> byLabel = graphQl.documentName("supportProviders")
                .variable("function", "技術移転支援")
                .execute()
                .path("supportProviders[*].name")
                .entityList(String.class)
                .get();
        assertThat(byLabel).contains("宮城県産業技術総合センター", "宮城県知的所有権センター", "東北テクノアーチ", "東北大学 未来科学技術共同研究センター", "発明協会宮城県支部");
        List<String> byCode = graphQl.documentName("supportProviders")
                .variable("function", "TECHNOLOGY_TRANSFER")
                .execute()
                .path("supportProviders[*].name")
                .entityList(String.class)
                .get();
        assertThat(byCode).isEqualTo(byLabel);
        // 特許情報提供支援 is narrower than 技術移転支援: its providers count as technology-transfer providers.
        List<String> patentInformation = graphQl.documentName("supportProviders")
                .variable("function", "特許情報提供支援")
                .execute()
                .path("supportProviders[*].name")
                .entityList(String.class)
                .get();
        assertThat(byLabel).containsAll(patentInformation);
    }

    @Test
    void support_providers_can_be_kept_to_a_place_and_to_the_first_few_by_name() {
        List<String> everywhere = providers("技術移転支援", null, null);
        List<String> inSendai = providers("技術移転支援", "仙台市", null);
        // 表-2 and 表-4 of the 2005 plan, minus the bodies outside Sendai.
        assertThat(inSendai)
                .contains("東北テクノアーチ", "宮城県知的所有権センター", "発明協会宮城県支部", "東北大学 未来科学技術共同研究センター")
                .doesNotContain("つくば研究支援センター", "九大OIP");
        assertThat(everywhere).containsAll(inSendai).contains("つくば研究支援センター");
        assertThat(providers("技術移転支援", null, 2)).isEqualTo(everywhere.subList(0, 2));
        graphQl.documentName("supportProviders")
                .variable("function", "技術移転支援")
                .variable("limit", 0)
                .execute()
                .errors()
                .expect(error -> error.getMessage().contains("limit must be 1 to 1000"))
                .verify();
        graphQl.documentName("supportProviders")
                .variable("function", "技術移転支援")
                .variable("place", "アトランティス")
                .execute()
                .errors()
                .expect(error -> error.getMessage().contains("No place is known as 'アトランティス'"))
                .verify();
    }

    private List<String> providers(String function, String place, Integer limit) {
        return graphQl.documentName("supportProviders")
                .variable("function", function)
                .variable("place", place)
                .variable("limit", limit)
                .execute()
                .path("supportProviders[*].name")
                .entityList(String.class)
                .get();
    }

    @Test
    void clean_planet_reaches_sparkle_through_tohoku_university_and_the_sendai_council() {
        var connections = graphQl.documentName("connections")
                .variable("from", "クリーンプラネット")
                .variable("to", "スパークル")
                .variable("limit", 3)
                .execute();
        connections.path("connections[0].length").entity(Integer.class).isEqualTo(3);
        connections
                .path("connections[0].nodes[*].name")
                .entityList(String.class)
                .containsExactly("クリーンプラネット", "東北大学", "仙台スタートアップ・エコシステム推進協議会", "スパークル");
        connections
                .path("connections[*].nodes[-1].name")
                .entityList(String.class)
                .satisfies(ends -> assertThat(ends).isNotEmpty().containsOnly("スパークル"));
    }

    @Test
    void masp_by_its_abbreviation_has_22_schools_led_by_tohoku_university() {
        var consortium =
                graphQl.documentName("consortium").variable("name", "MASP").execute();
        consortium.path("consortium.name").entity(String.class).isEqualTo("みちのくアカデミア発スタートアップ共創プラットフォーム");
        consortium.path("consortium.memberCount").entity(Integer.class).isEqualTo(22);
        consortium.path("consortium.members").entityList(Object.class).hasSize(22);
        consortium
                .path("consortium.members[0].organization.name")
                .entity(String.class)
                .isEqualTo("東北大学");
        consortium.path("consortium.members[0].role").entity(String.class).isEqualTo("主幹校");
    }

    @Test
    void tap_in_full_width_letters_has_its_ten_members_with_sources() {
        var consortium =
                graphQl.documentName("consortium").variable("name", "ＴＡＰ").execute();
        consortium.path("consortium.members").entityList(Object.class).hasSize(10);
        consortium
                .path("consortium.members[*].sources[0].document.key")
                .entityList(String.class)
                .contains("tohoku-innovation-declaration-2024");
    }

    @Test
    void every_spelling_of_an_organization_finds_the_same_one() {
        for (String spelling : List.of("(社)みやぎ工業会", "一般社団法人みやぎ工業会", "みやぎ工業会")) {
            graphQl.documentName("organization")
                    .variable("name", spelling)
                    .execute()
                    .path("organization.name")
                    .entity(String.class)
                    .isEqualTo("みやぎ工業会");
        }
        graphQl.documentName("organization")
                .variable("name", "Spurcle")
                .execute()
                .path("organization.name")
                .entity(String.class)
                .isEqualTo("スパークル");
        graphQl.documentName("organization")
                .variable("name", "(株)東北テクノアーチ")
                .execute()
                .path("organization.supportFunctions[*].code")
                .entityList(String.class)
                .contains("TECHNOLOGY_TRANSFER");
    }

    @Test
    void an_unknown_name_gives_null_and_says_so() {
        graphQl.documentName("organization")
                .variable("name", "存在しない機構")
                .execute()
                .errors()
                .satisfy(errors -> {
                    assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getMessage()).startsWith("No organization is known as '存在しない機構'");
                        assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
                    });
                })
                .path("organization")
                .valueIsNull();
    }

    @Test
    void the_agreement_of_sendai_and_tohoku_university_has_six_clauses_and_a_predecessor() {
        var agreements = graphQl.documentName("agreements")
                .variable("party", "国立大学法人東北大学")
                .execute();
        agreements.path("agreements[0].title").entity(String.class).isEqualTo("仙台市と東北大学との地域経済発展に関する協定");
        agreements.path("agreements[0].validFrom").entity(String.class).isEqualTo("2021-04-01");
        agreements.path("agreements[0].validTo").entity(String.class).isEqualTo("2024-03-31");
        agreements
                .path("agreements[0].clauses[*].number")
                .entityList(String.class)
                .containsExactly("1(1)①", "1(1)②", "1(2)①", "1(2)②", "1(3)①", "1(3)②");
        agreements.path("agreements[0].clauses[5].contact").entity(String.class).isEqualTo("経済局産業振興課");
        agreements
                .path("agreements[0].predecessor.title")
                .entity(String.class)
                .isEqualTo("東北大学青葉山新キャンパス地区における研究開発施設の立地促進に関する協定");
        agreements
                .path("agreements[0].parties[*].name")
                .entityList(String.class)
                .containsExactly("仙台市", "東北大学");
    }

    @Test
    void clean_planet_reaches_venture_capital_through_tohoku_university() {
        var connections = graphQl.documentName("connections")
                .variable("from", "グリーンプラネット")
                .variable("toKind", "VENTURE_CAPITAL")
                .variable("limit", 5)
                .execute();
        List<Map<String, Object>> paths = connections.path("connections").entityList(Map.class).get().stream()
                .map(path -> (Map<String, Object>) path)
                .toList();
        List<Integer> lengths = paths.stream()
                .map(path -> ((Number) path.get("length")).intValue())
                .toList();
        assertThat(lengths).hasSize(5).isSorted().startsWith(3);
        connections.path("connections[0].nodes[0].name").entity(String.class).isEqualTo("クリーンプラネット");
        connections.path("connections[0].nodes[1].name").entity(String.class).isEqualTo("東北大学");
        connections
                .path("connections[0].relationships[0].type")
                .entity(String.class)
                .isEqualTo("SPUN_OFF_FROM");
        connections
                .path("connections[0].relationships[0].sources[0].document.key")
                .entity(String.class)
                .isEqualTo("tohoku-deeptech-ecosystem-2025");
        // The path the documents suggest: spin-off, the Sendai council, and スパークル, a VC member of it.
        connections
                .path("connections[*].nodes[3].name")
                .entityList(String.class)
                .contains("スパークル");
    }

    @Test
    void partners_for_a_need_provide_it_and_say_why() {
        var partners = graphQl.documentName("partners")
                .variable("for", "クリーンプラネット")
                .variable("needs", List.of("技術移転支援"))
                .variable("limit", 10)
                .execute();
        // Every suggestion provides the need, says so in a code and both languages, and cites the words that credit it.
        partners.path("partners[*].reasons[?(@.code == 'PROVIDES')].label")
                .entityList(String.class)
                .satisfies(labels -> assertThat(labels).isNotEmpty().allMatch("技術移転支援を提供"::equals));
        partners.path("partners[*].reasons[?(@.code == 'PROVIDES')].labelEn")
                .entityList(String.class)
                .satisfies(labels -> assertThat(labels).allMatch("provides technology transfer support"::equals));
        int suggested = partners.path("partners").entityList(Object.class).get().size();
        partners.path("partners[*].reasons[?(@.code == 'PROVIDES')]")
                .entityList(Object.class)
                .hasSize(suggested);
        partners.path("partners[?(@.organization.name == '東北テクノアーチ')].reasons[?(@.code == 'PROVIDES')]"
                        + ".sources[*].excerpt")
                .entityList(String.class)
                .satisfies(excerpts ->
                        assertThat(excerpts).anySatisfy(e -> assertThat(e).contains("東北テクノアーチ")));
        graphQl.documentName("partners")
                .variable("for", "仙台市")
                .variable("needs", List.of("放射光"))
                .execute()
                .path("partners[0].reasons[*].subject")
                .entityList(String.class)
                .contains("次世代放射光");
    }

    @Test
    void search_finds_japanese_and_romaji_names() {
        graphQl.documentName("search")
                .variable("text", "東北大学")
                .execute()
                .path("search[0].name")
                .entity(String.class)
                .isEqualTo("東北大学");
        graphQl.documentName("search")
                .variable("text", "spurcle")
                .execute()
                .path("search[0].name")
                .entity(String.class)
                .isEqualTo("スパークル");
    }

    @Test
    void search_reads_romaji_and_half_width_kana_and_puts_the_name_written_first() {
        Map<String, String> firstHits = new java.util.LinkedHashMap<>();
        for (String text : List.of(
                "sendai",
                "Sendai",
                "tohoku daigaku",
                "touhoku daigaku",
                "Tohoku University",
                "ナノテラス",
                "ﾅﾉﾃﾗｽ",
                "nanoterasu")) {
            firstHits.put(text, searched(text).get(0));
        }
        assertThat(firstHits)
                .containsEntry("sendai", "仙台市")
                .containsEntry("Sendai", "仙台市")
                .containsEntry("tohoku daigaku", "東北大学")
                .containsEntry("touhoku daigaku", "東北大学")
                .containsEntry("ナノテラス", "ナノテラス")
                .containsEntry("ﾅﾉﾃﾗｽ", "ナノテラス")
                .containsEntry("nanoterasu", "ナノテラス")
                // The English name comes from the reviewed list of English names, which names its source.
                .containsEntry("Tohoku University", "東北大学");
        // Every word must match, each as written: nonsense finds nothing rather than whatever shares a bigram.
        assertThat(searched("存在しない")).isEmpty();
        assertThat(searched("東北大学 存在しない")).isEmpty();
    }

    private List<String> searched(String text) {
        return graphQl.documentName("search")
                .variable("text", text)
                .execute()
                .path("search[*].name")
                .entityList(String.class)
                .get();
    }

    @Test
    void pages_forward_and_backward_as_relay_clients_do() {
        Map<String, Object> venture = Map.of("sector", "FINANCE", "kind", "VENTURE_CAPITAL");
        List<String> all = graphQl.documentName("organizations")
                .variable("filter", venture)
                .variable("first", 100)
                .execute()
                .path("organizations.edges[*].node.name")
                .entityList(String.class)
                .get();
        assertThat(all).hasSizeGreaterThan(4).contains("東北大学ベンチャーパートナーズ");

        var tail = graphQl.documentName("organizations")
                .variable("filter", venture)
                .variable("last", 2)
                .execute();
        tail.path("organizations.edges[*].node.name")
                .entityList(String.class)
                .isEqualTo(all.subList(all.size() - 2, all.size()));
        tail.path("organizations.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        tail.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        String start = tail.path("organizations.pageInfo.startCursor")
                .entity(String.class)
                .get();

        var before = graphQl.documentName("organizations")
                .variable("filter", venture)
                .variable("last", 2)
                .variable("before", start)
                .execute();
        before.path("organizations.edges[*].node.name")
                .entityList(String.class)
                .isEqualTo(all.subList(all.size() - 4, all.size() - 2));
        before.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);

        // Forward from the start of the list meets the same names.
        var head = graphQl.documentName("organizations")
                .variable("filter", venture)
                .variable("first", 2)
                .execute();
        head.path("organizations.edges[*].node.name").entityList(String.class).isEqualTo(all.subList(0, 2));
        head.path("organizations.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(false);
        head.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var next = graphQl.documentName("organizations")
                .variable("filter", venture)
                .variable("first", 2)
                .variable(
                        "after",
                        head.path("organizations.pageInfo.endCursor")
                                .entity(String.class)
                                .get())
                .execute();
        next.path("organizations.edges[*].node.name").entityList(String.class).isEqualTo(all.subList(2, 4));
        next.path("organizations.pageInfo.hasPreviousPage")
                .entity(Boolean.class)
                .isEqualTo(true);
        // A page asked for past the end holds what is left and says nothing follows.
        var rest = graphQl.documentName("organizations")
                .variable("filter", venture)
                .variable("first", 100)
                .variable(
                        "after",
                        head.path("organizations.pageInfo.endCursor")
                                .entity(String.class)
                                .get())
                .execute();
        rest.path("organizations.edges[*].node.name").entityList(String.class).isEqualTo(all.subList(2, all.size()));
        rest.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        graphQl.documentName("organizations")
                .variable("first", 2)
                .variable("last", 2)
                .execute()
                .errors()
                .expect(error -> error.getMessage().contains("not both"))
                .verify();
    }

    @Test
    void kinds_are_an_enum_that_names_every_kind_the_graph_holds_and_refuses_others() {
        List<String> kinds = graphQl.document("{ __type(name: \"OrganizationKind\") { enumValues { name } } }")
                .execute()
                .path("__type.enumValues[*].name")
                .entityList(String.class)
                .get();
        assertThat(kinds)
                .containsExactlyElementsOf(java.util.Arrays.stream(org.ecosystemgraph.model.OrganizationKind.values())
                        .map(Enum::name)
                        .toList());
        graphQl.document("{ __type(name: \"OrganizationKind\") { enumValues { description } } }")
                .execute()
                .path("__type.enumValues[*].description")
                .entityList(String.class)
                .satisfies(descriptions ->
                        assertThat(descriptions).allSatisfy(d -> assertThat(d).isNotBlank()));
        // A code that is no kind is an error, not an empty page.
        graphQl.document("{ organizations(filter: {kind: VC}) { totalCount } }")
                .execute()
                .errors()
                .expect(error -> error.getMessage().contains("VC"))
                .verify();
    }

    @Test
    void reads_any_node_back_by_its_global_id() {
        String university = graphQl.document("{ organization(name: \"東北大学\") { id } }")
                .execute()
                .path("organization.id")
                .entity(String.class)
                .get();
        var node = graphQl.documentName("node").variable("id", university).execute();
        node.path("node.__typename").entity(String.class).isEqualTo("Organization");
        node.path("node.name").entity(String.class).isEqualTo("東北大学");
        node.path("node.id").entity(String.class).isEqualTo(university);
        // The global id and the graph id both name it wherever an id or a name is taken.
        graphQl.document("{ organization(id: \"" + university + "\") { name } }")
                .execute()
                .path("organization.name")
                .entity(String.class)
                .isEqualTo("東北大学");

        var both = graphQl.document("{ consortium(name: \"TAP\") { id } organization(name: \"TAP\") { id } }")
                .execute();
        String tap = both.path("consortium.id").entity(String.class).get();
        // One node, two types, two ids: Relay's store keeps them apart.
        both.path("organization.id").entity(String.class).isNotEqualTo(tap);
        var consortium = graphQl.documentName("node").variable("id", tap).execute();
        consortium.path("node.__typename").entity(String.class).isEqualTo("Consortium");
        consortium.path("node.name").entity(String.class).isEqualTo("TAP");

        for (String question : List.of("{ agreements { id title } }", "{ places { id name } }")) {
            var answer = graphQl.document(question).execute();
            String field = question.contains("agreements") ? "agreements" : "places";
            String id = answer.path(field + "[0].id").entity(String.class).get();
            String label = answer.path(field + "[0]." + (field.equals("agreements") ? "title" : "name"))
                    .entity(String.class)
                    .get();
            var back = graphQl.documentName("node").variable("id", id).execute();
            back.path("node." + (field.equals("agreements") ? "title" : "name"))
                    .entity(String.class)
                    .isEqualTo(label);
        }

        var activities = graphQl.document(
                        "{ organization(name: \"東北大学\") { programmes { programme { id name } } facilities { id name } } }")
                .execute();
        for (String path : List.of("organization.programmes[0].programme", "organization.facilities[0]")) {
            String id = activities.path(path + ".id").entity(String.class).get();
            String name = activities.path(path + ".name").entity(String.class).get();
            graphQl.documentName("node")
                    .variable("id", id)
                    .execute()
                    .path("node.name")
                    .entity(String.class)
                    .isEqualTo(name);
        }

        graphQl.documentName("node")
                .variable("id", "東北大学")
                .execute()
                .errors()
                .expect(error -> error.getMessage().contains("not a global id"))
                .verify();
    }

    @Test
    void organizations_filter_and_page_with_cursors() {
        var first = graphQl.documentName("organizations")
                .variable("filter", Map.of("sector", "FINANCE", "kind", "VENTURE_CAPITAL"))
                .variable("first", 2)
                .execute();
        int total = first.path("organizations.totalCount").entity(Integer.class).get();
        assertThat(total).isGreaterThan(2);
        String cursor = first.path("organizations.pageInfo.endCursor")
                .entity(String.class)
                .get();
        var rest = graphQl.documentName("organizations")
                .variable("filter", Map.of("sector", "FINANCE", "kind", "VENTURE_CAPITAL"))
                .variable("first", 100)
                .variable("after", cursor)
                .execute();
        rest.path("organizations.edges").entityList(Object.class).hasSize(total - 2);
        rest.path("organizations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        graphQl.documentName("organizations")
                .variable("filter", Map.of("memberOf", "TAP", "sector", "GOVERNMENT"))
                .execute()
                .path("organizations.edges[*].node.name")
                .entityList(String.class)
                .satisfies(names -> assertThat(names).containsExactlyInAnyOrder("宮城県", "仙台市", "東北経済産業局"));
    }

    @Test
    void as_of_a_date_shows_the_agreement_then_in_force_and_the_members_documented_by_then() {
        graphQl.document("{ agreements(asOf: \"2010-01-01\") { title } }")
                .execute()
                .path("agreements[*].title")
                .entityList(String.class)
                .contains("東北大学青葉山新キャンパス地区における研究開発施設の立地促進に関する協定", "相互協力協定（基盤技術高度化支援グループ）")
                .doesNotContain("仙台市と東北大学との地域経済発展に関する協定");
        graphQl.document("{ agreements(party: \"仙台市\", asOf: \"2022-06-01\") { title } }")
                .execute()
                .path("agreements[*].title")
                .entityList(String.class)
                .contains("仙台市と東北大学との地域経済発展に関する協定")
                .doesNotContain("東北大学青葉山新キャンパス地区における研究開発施設の立地促進に関する協定");
        graphQl.document("{ consortium(name: \"TAP\") { in2010: members(asOf: \"2010\") { role }"
                        + " in2025: members(asOf: \"2025\") { role } } }")
                .execute()
                .path("consortium.in2010")
                .entityList(Object.class)
                .hasSize(0)
                .path("consortium.in2025")
                .entityList(Object.class)
                .hasSize(10);
    }

    @Test
    void network_measures_appear_once_analyzed() {
        // What ./kg analyze stores on an organization (its tests check the figures themselves).
        driver.executableQuery("""
                        MATCH (o:Organization {id: '東北大学'})
                        SET o.networkDegree = 57, o.networkBetweenness = 0.31, o.networkCommunity = 1,
                            o.brokerageCoordinator = 1586, o.brokerageItinerant = 12, o.brokerageGatekeeper = 40,
                            o.brokerageRepresentative = 40, o.brokerageLiaison = 2210,
                            o.networkComputedOn = toString(date()), o.networkAsOf = null""").execute();

        var network = graphQl.document("{ organization(name: \"東北大学\") { network { degree betweenness community"
                        + " coordinator gatekeeper liaison computedOn } } }")
                .execute();
        network.path("organization.network.degree").entity(Integer.class).isEqualTo(57);
        network.path("organization.network.liaison").entity(Long.class).isEqualTo(2210L);
        network.path("organization.network.computedOn")
                .entity(String.class)
                .isEqualTo(java.time.LocalDate.now().toString());
    }

    @Test
    void nested_fields_cost_a_fixed_number_of_statements_whatever_the_list_size() {
        long before = statements.count();
        graphQl.documentName("everythingNested")
                .execute()
                .path("organizations.edges")
                .entityList(Object.class)
                .hasSize(100);
        // One statement for the page, one per nested field for all 100 organizations at once: eleven fields.
        assertThat(statements.count() - before).isLessThanOrEqualTo(11);
    }

    @Test
    void an_organization_with_its_consortia_and_their_members_is_one_statement_and_the_loaders_answer_alike() {
        long before = statements.count();
        var nested = graphQl.document("""
                        { organization(name: "東北大学") { name memberships { role consortium {
                            id name members { role organization { name memberships { consortium { name } } } } } } } }""").execute();
        // The name, the organization, its consortia, their members and the members' consortia: one statement.
        assertThat(statements.count() - before).isEqualTo(1);
        List<String> consortia = nested.path("organization.memberships[*].consortium.id")
                .entityList(String.class)
                .get();
        List<String> names = nested.path("organization.memberships[*].consortium.name")
                .entityList(String.class)
                .contains("TAP", "みちのくアカデミア発スタートアップ共創プラットフォーム")
                .get();
        nested.path("organization.memberships[" + names.indexOf("TAP") + "].consortium.members")
                .entityList(Object.class)
                .hasSize(10);
        // Read through node(id:), the members come from the batch loader: the same members, in the same order.
        for (int i = 0; i < consortia.size(); i++) {
            var loaded = graphQl.document("""
                            query($id: ID!) { node(id: $id) { ... on Consortium {
                              members { role organization { name memberships { consortium { name } } } } } } }""")
                    .variable("id", consortia.get(i))
                    .execute()
                    .path("node.members")
                    .entityList(Object.class)
                    .get();
            nested.path("organization.memberships[" + i + "].consortium.members")
                    .entityList(Object.class)
                    .isEqualTo(loaded);
        }
    }

    @Test
    void memberships_are_read_with_their_sources_only_by_a_request_that_asks_for_them() {
        statements.startRecording();
        graphQl.document("""
                        { organization(name: "東北大学") { memberships { consortium { name members { organization { name } } } } } }""")
                .execute()
                .path("organization.memberships[*].consortium.name")
                .entityList(String.class)
                .contains("TAP");
        assertThat(statements.stopRecording())
                .singleElement()
                .satisfies(read -> assertThat(read.text()).contains("MEMBER_OF").doesNotContain(".sources"));
        // Asked for once, below another root: then every membership the request reads carries them.
        var both = graphQl.document("""
                        { consortium(name: "TAP") { members { organization { name } } }
                          organization(name: "東北大学") { memberships { consortium { name } sources { document { key } location } } } }""").execute();
        both.path("consortium.members[*].organization.name")
                .entityList(String.class)
                .contains("東北大学");
        both.path("organization.memberships[?(@.consortium.name == 'TAP')].sources[*].location")
                .entityList(String.class)
                .containsExactly("L48,54");
    }

    @Test
    void a_consortium_with_its_members_is_one_statement_unless_a_date_is_asked() {
        long before = statements.count();
        graphQl.document("{ consortium(name: \"MASP\") { members { role organization { name } } } }")
                .execute()
                .path("consortium.members[0].role")
                .entity(String.class)
                .isEqualTo("主幹校");
        assertThat(statements.count() - before).isEqualTo(1);
        before = statements.count();
        graphQl.document("{ consortium(name: \"MASP\") { members(asOf: \"2000-01-01\") { role } } }")
                .execute()
                .path("consortium.members")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(statements.count() - before).isEqualTo(2);
    }

    @Test
    void technology_transfer_bodies_in_sendai_come_with_the_words_that_credit_them() {
        var page = graphQl.document("""
                        { organizations(filter: {supportFunction: "技術移転支援", place: "仙台市"}, first: 50) {
                            edges { node { name places { name }
                              support { function { code } sources { document { key } location excerpt } } } } } }""").execute();
        List<String> names = page.path("organizations.edges[*].node.name")
                .entityList(String.class)
                .get();
        // 表-2 and 表-4 of the 2005 plan, minus the bodies outside Sendai (つくば, 九大OIP).
        assertThat(names)
                .contains("東北テクノアーチ", "宮城県知的所有権センター", "発明協会宮城県支部", "東北大学 未来科学技術共同研究センター")
                .doesNotContain("つくば研究支援センター", "九大OIP");
        String technoArch = page.path("organizations.edges[?(@.node.name == '東北テクノアーチ')].node.support[*].sources[*]")
                .entityList(Map.class)
                .get()
                .toString();
        assertThat(technoArch).contains("L198", "(株)東北テクノアーチ(技術移転支援)");
        // Located in a ward of Sendai, which lies within 宮城県.
        page.path("organizations.edges[?(@.node.name == '発明協会宮城県支部')].node.places[*].name")
                .entityList(String.class)
                .containsExactly("仙台市青葉区");
    }

    @Test
    void programmes_facilities_and_places_of_an_organization_carry_their_sources() {
        var centre = graphQl.document("""
                        { organization(name: "宮城県産業技術総合センター") {
                            programmes { role programme { name } sources { location } }
                            places { name within { name within { name } } } } }""").execute();
        centre.path("organization.programmes[*].programme.name")
                .entityList(String.class)
                .contains("プロジェクトJ", "プロジェクトO", "特定産業分野振興プロジェクト");
        centre.path("organization.programmes[0].role").entity(String.class).isEqualTo("OPERATOR");
        centre.path("organization.programmes[0].sources[0].location")
                .entity(String.class)
                .isEqualTo("L192");
        centre.path("organization.places[0].name").entity(String.class).isEqualTo("仙台市泉区");
        centre.path("organization.places[0].within.name").entity(String.class).isEqualTo("仙台市");
        // 仙台市 lies within 仙台北部地域 and 宮城県; the prefecture is the one named.
        centre.path("organization.places[0].within.within.name")
                .entity(String.class)
                .isEqualTo("宮城県");
        graphQl.document("{ organization(name: \"東北大学\") { facilities { name kind sources { document { key } } } } }")
                .execute()
                .path("organization.facilities[*].name")
                .entityList(String.class)
                .contains("東北大学ハッチェリースクエア");
        var places = graphQl.document("{ places { name organizationCount within { name } } }")
                .execute();
        places.path("places[0].name").entity(String.class).isEqualTo("東北地域");
        // The count kept on each place agrees with the organizations the filter finds there.
        int inMiyagi = places.path("places[?(@.name == '宮城県')].organizationCount")
                .entityList(Integer.class)
                .get()
                .get(0);
        for (String miyagi : List.of("宮城県", "miyagi")) {
            graphQl.document("{ organizations(filter: {prefecture: \"%s\"}, first: 1) { totalCount } }"
                            .formatted(miyagi))
                    .execute()
                    .path("organizations.totalCount")
                    .entity(Integer.class)
                    .isEqualTo(inMiyagi);
        }
        assertThat(inMiyagi).isGreaterThan(20);
        // A place the graph does not know is not a place without organizations: it is not found.
        graphQl.document("{ organizations(filter: {prefecture: \"アトランティス\"}) { totalCount } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND)))
                .path("organizations")
                .valueIsNull();
        places.path("places[?(@.name == '宮城県')].within.name")
                .entityList(String.class)
                .containsExactly("東北地域");
    }

    @Test
    void the_neighbourhood_of_a_spin_off_reaches_the_consortia_of_its_university_at_two_hops() {
        var near = graphQl.document("""
                        { neighbourhood(of: "クリーンプラネット") { nodes { name sector kinds } ties { from to type } } }""").execute();
        near.path("neighbourhood.nodes[*].name").entityList(String.class).containsExactly("クリーンプラネット", "東北大学");
        near.path("neighbourhood.nodes[1].sector").entity(String.class).isEqualTo("ACADEMIA");
        near.path("neighbourhood.ties[0].type").entity(String.class).isEqualTo("SPUN_OFF_FROM");
        var wider = graphQl.document("""
                        { neighbourhood(of: "クリーンプラネット", hops: 2, limit: 30) { nodes { name } ties { type } } }""").execute();
        List<String> around = wider.path("neighbourhood.nodes[*].name")
                .entityList(String.class)
                .get();
        assertThat(around)
                .hasSizeLessThanOrEqualTo(30)
                .contains("仙台スタートアップ・エコシステム推進協議会", "みちのくアカデミア発スタートアップ共創プラットフォーム");
        wider.path("neighbourhood.ties[*].type").entityList(String.class).contains("MEMBER_OF", "SPUN_OFF_FROM");
        graphQl.document("{ neighbourhood(of: \"クリーンプラネット\", hops: 3) { nodes { name } } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }

    @Test
    void partners_can_be_kept_to_a_place_or_a_consortium() {
        graphQl.document("""
                        { partners(for: "クリーンプラネット", needs: ["技術移転支援"], place: "つくば市") {
                            organization { name } } }""")
                .execute()
                .path("partners[*].organization.name")
                .entityList(String.class)
                .containsExactly("つくば研究支援センター");
        graphQl.document("""
                        { partners(for: "クリーンプラネット", needs: ["技術移転支援"], memberOf: "TAP") {
                            organization { name } } }""")
                .execute()
                .path("partners[*].organization.name")
                .entityList(String.class)
                .containsExactly("仙台市");
        graphQl.document("{ partners(for: \"クリーンプラネット\", place: \"どこにもない\") { score } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("No place is known as 'どこにもない'")));
    }

    @Test
    void path_nodes_say_their_sector_and_kinds() {
        var path = graphQl.document("""
                        { connections(from: "クリーンプラネット", toKind: VENTURE_CAPITAL, limit: 1) {
                            nodes { name sector kinds } } }""").execute();
        path.path("connections[0].nodes[0]")
                .entity(Map.class)
                .isEqualTo(Map.of("name", "クリーンプラネット", "sector", "INDUSTRY", "kinds", List.of("COMPANY", "STARTUP")));
        path.path("connections[0].nodes[-1:].sector").entityList(String.class).containsExactly("FINANCE");
        path.path("connections[0].nodes[-1:].kinds[*]").entityList(String.class).contains("VENTURE_CAPITAL");
    }

    @Test
    void support_programmes_facilities_and_places_cost_a_fixed_number_of_statements() {
        long before = statements.count();
        graphQl.documentName("activitiesNested")
                .execute()
                .path("organizations.edges")
                .entityList(Object.class)
                .hasSize(100);
        assertThat(statements.count() - before).isLessThanOrEqualTo(10);
    }

    @Test
    void a_too_deep_or_too_large_request_is_refused_without_running_cypher() {
        long before = statements.count();
        String deep = "{ organizations { edges { node { memberships { consortium { members { organization {"
                + " memberships { consortium { members { organization { memberships { consortium { name }"
                + " } } } } } } } } } } } } }";
        graphQl.document(deep)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .isNotEmpty()
                        .allSatisfy(error -> assertThat(error.getMessage()).containsIgnoringCase("depth")));
        assertThat(statements.count() - before).isZero();
        graphQl.documentName("organizations")
                .variable("first", 1000)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
    }
}
