package org.ecosystemgraph.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The extractors on the bundled documents: what they find unaided, checked against the documents. */
class ExtractionTest {

    private static final SupportFunctionTaxonomy TAXONOMY = SupportFunctionTaxonomy.bundled();
    private static final BundledCorpus CORPUS = BundledCorpus.load();

    @Test
    void reads_the_six_numbered_clauses_and_the_term_of_the_agreement() {
        Dataset extracted = extract("sendai-tohoku-agreement-2021");
        var agreement = extracted.agreements().get(0);
        assertThat(agreement.clauses())
                .extracting(Dataset.Clause::number)
                .containsExactly("1(1)①", "1(1)②", "1(2)①", "1(2)②", "1(3)①", "1(3)②");
        assertThat(agreement.clauses().get(1).text()).isEqualTo("仙台市内の東北大学キャンパスを仙台市研究開発施設立地促進助成金制度の重点加算地域とすること");
        assertThat(agreement.signedOn()).isEqualTo("2021-03-31");
        assertThat(agreement.validTo()).isEqualTo("2024-03-31");
    }

    @Test
    void reads_the_function_headings_and_table_2_of_the_prefectural_plan() {
        Dataset extracted = extract("miyagi-business-environment-2005");
        assertThat(extracted.provides())
                .extracting(p -> OrganizationNames.key(p.organization()) + " "
                        + TAXONOMY.find(p.function()).orElseThrow().code())
                .contains(
                        "東北テクノアーチ TECHNOLOGY_TRANSFER",
                        "東北大学未来科学技術共同研究センター TECHNOLOGY_DEVELOPMENT",
                        "宮城県信用保証協会 CREDIT_GUARANTEE",
                        "テクノプラザみやぎ INCUBATION");
        assertThat(extracted.organizations())
                .filteredOn(o -> OrganizationNames.key(o.name()).equals("東北テクノアーチ"))
                .singleElement()
                .satisfies(o -> assertThat(o.phone()).isEqualTo("022-222-3049"));
    }

    @Test
    void reads_the_member_list_of_tap() {
        Dataset extracted = extract("tohoku-innovation-declaration-2024");
        assertThat(extracted.memberships())
                .filteredOn(m -> m.consortium().equals("TAP"))
                .extracting(m -> OrganizationNames.key(m.member()))
                .containsExactly(
                        "東経連ビジネスセンター",
                        "みやぎ工業会",
                        "東北大学",
                        "東北経済産業局",
                        "宮城県",
                        "仙台市",
                        "産業技術総合研究所東北センター",
                        "東北イノベーションキャピタル",
                        "仙台市産業振興事業団",
                        "naturalscience");
    }

    @Test
    void reads_the_kpi_targets_of_the_growth_strategy() {
        Dataset extracted = extract("sendai-growth-strategy-2023");
        assertThat(extracted.plans().get(0).kpis())
                .extracting(k -> k.target() + k.unit())
                .contains("50社", "400件", "100件", "70%", "150件");
        assertThat(extracted.plans().get(0).kpis())
                .allSatisfy(kpi -> assertThat(kpi.targetYear()).isEqualTo("FY2023"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "令和３年３月３１日, 2021-03-31",
        "平成17年12月, 2005-12",
        "平成２０年８月, 2008-08",
        "二〇二四年 三月 十八日, 2024-03-18",
        "令和元年, 2019",
        "2024年8月時点, 2024-08"
    })
    void reads_japanese_dates(String written, String iso) {
        assertThat(JapaneseDates.find(written)).contains(iso);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"2023年度, FY2023", "令和5年度, FY2023", "平成29年度, FY2017", "平成31年度, FY2019"})
    void reads_fiscal_years(String written, String fiscalYear) {
        assertThat(JapaneseDates.fiscalYear(written)).contains(fiscalYear);
    }

    private static Dataset extract(String id) {
        var document = CORPUS.documents().stream()
                .filter(d -> d.id().equals(id))
                .findFirst()
                .orElseThrow();
        return new Extraction(TAXONOMY).extract(id, CORPUS.text(document));
    }
}
