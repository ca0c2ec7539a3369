package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.OrganizationNames;
import org.ecosystemgraph.model.Sector;

/**
 * A first guess at what a name is, from how it ends or its legal form: 大学 is academia, 銀行 finance, 市 and 県
 * government. Extracted candidates carry the guess; reviewers correct it.
 */
record OrganizationGuess(Sector sector, OrganizationKind kind) {

    private record Rule(String ending, Sector sector, OrganizationKind kind) {}

    private static final List<Rule> RULES = List.of(
            new Rule("高等専門学校", Sector.ACADEMIA, OrganizationKind.KOSEN),
            new Rule("大学校", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("大学", Sector.ACADEMIA, OrganizationKind.UNIVERSITY),
            new Rule("研究所", Sector.ACADEMIA, OrganizationKind.RESEARCH_INSTITUTE),
            new Rule("研究センター", Sector.ACADEMIA, OrganizationKind.RESEARCH_CENTER),
            new Rule("銀行", Sector.FINANCE, OrganizationKind.BANK),
            new Rule("公庫", Sector.FINANCE, OrganizationKind.GOVERNMENT_FINANCIAL_INSTITUTION),
            new Rule("信用保証協会", Sector.FINANCE, OrganizationKind.CREDIT_GUARANTEE),
            new Rule("キャピタル", Sector.FINANCE, OrganizationKind.VENTURE_CAPITAL),
            new Rule("投資", Sector.FINANCE, OrganizationKind.VENTURE_CAPITAL),
            new Rule("商工会議所", Sector.INDUSTRY, OrganizationKind.CHAMBER_OF_COMMERCE),
            new Rule("商工会", Sector.INDUSTRY, OrganizationKind.CHAMBER_OF_COMMERCE),
            new Rule("連合会", Sector.INDUSTRY, OrganizationKind.ECONOMIC_FEDERATION),
            new Rule("協議会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("コンソーシアム", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("財団", Sector.SUPPORT, OrganizationKind.FOUNDATION),
            new Rule("事業団", Sector.SUPPORT, OrganizationKind.FOUNDATION),
            new Rule("機構", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("センター", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("局", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("省", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("県", Sector.GOVERNMENT, OrganizationKind.PREFECTURE),
            new Rule("市", Sector.GOVERNMENT, OrganizationKind.MUNICIPALITY),
            new Rule("町", Sector.GOVERNMENT, OrganizationKind.MUNICIPALITY),
            new Rule("村", Sector.GOVERNMENT, OrganizationKind.MUNICIPALITY),
            new Rule("工業会", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION),
            new Rule("協会", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION),
            new Rule("中央会", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION));

    /** The guess for a name, if it looks like an organization at all. */
    static Optional<OrganizationGuess> of(String name) {
        String cleaned = OrganizationNames.clean(name).replaceAll("(等|など|ほか)$", "");
        var form = OrganizationNames.legalForm(cleaned);
        String bare = OrganizationNames.withoutLegalForm(cleaned);
        for (Rule rule : RULES) {
            if (bare.endsWith(rule.ending()) && bare.length() > rule.ending().length()) {
                return Optional.of(new OrganizationGuess(rule.sector(), rule.kind()));
            }
        }
        if (form.isPresent()) {
            return Optional.of(
                    form.get().contains("株式会社")
                            ? new OrganizationGuess(Sector.INDUSTRY, OrganizationKind.COMPANY)
                            : form.get().contains("特定非営利")
                                    ? new OrganizationGuess(Sector.CIVIL, OrganizationKind.NPO)
                                    : new OrganizationGuess(Sector.SUPPORT, OrganizationKind.FOUNDATION));
        }
        return Optional.empty();
    }
}
