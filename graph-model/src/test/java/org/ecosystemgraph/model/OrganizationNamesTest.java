package org.ecosystemgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationNamesTest {

    @ParameterizedTest(name = "{0} and {1} are one organization")
    @CsvSource({
        "(社)みやぎ工業会, 一般社団法人みやぎ工業会",
        "(財)仙台市産業振興事業団, 公益財団法人仙台市産業振興事業団",
        "(公財)仙台市産業振興事業団, 公益財団法人 仙台市産業振興事業団",
        "独立行政法人産業技術総合研究所東北センター, 国立研究開発法人 産業技術総合研究所 東北センター",
        "(独)産業技術総合研究所東北センター, 産業技術総合研究所 東北センター",
        "㈱東北テクノアーチ, 株式会社東北テクノアーチ",
        "(株) 仙台ソフトウェアセンター, 株式会社仙台ソフトウェアセンター",
        "東北イノベーションキャピタル(株), 東北イノベーションキャピタル株式会社",
        "国立大学法人 東北大学, 東北大学",
        "東北インテリジェント・コスモス構想推進協議会, 東北インテリジェントコスモス構想推進協議会",
        "ＳＰＵＲＣＬＥ, Spurcle",
        "⻘葉⼭新キャンパス, 青葉山新キャンパス"
    })
    void resolves_legal_form_and_width_variants_to_one_key(String one, String other) {
        assertThat(OrganizationNames.key(one)).isEqualTo(OrganizationNames.key(other));
    }

    @Test
    void keeps_different_organizations_apart() {
        assertThat(OrganizationNames.key("東北大学")).isNotEqualTo(OrganizationNames.key("東北学院大学"));
        assertThat(OrganizationNames.key("仙台市")).isNotEqualTo(OrganizationNames.key("仙台市産業振興事業団"));
    }

    @Test
    void names_the_legal_form_in_full() {
        assertThat(OrganizationNames.legalForm("(財)みやぎ産業振興機構")).contains("財団法人");
        assertThat(OrganizationNames.legalForm("(一社)東北ニュービジネス協議会")).contains("一般社団法人");
        assertThat(OrganizationNames.legalForm("㈱東北テクノアーチ")).contains("株式会社");
        assertThat(OrganizationNames.legalForm("東北大学")).isEmpty();
    }

    @Test
    void shows_the_name_without_its_legal_form() {
        assertThat(OrganizationNames.withoutLegalForm("(財)みやぎ産業振興機構")).isEqualTo("みやぎ産業振興機構");
        assertThat(OrganizationNames.withoutLegalForm("国立大学法人 東北大学")).isEqualTo("東北大学");
        assertThat(OrganizationNames.withoutLegalForm("特定非営利活動法人 natural science"))
                .isEqualTo("natural science");
    }
}
