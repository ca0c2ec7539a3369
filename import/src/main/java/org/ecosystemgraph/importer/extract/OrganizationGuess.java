package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            new Rule("高専", Sector.ACADEMIA, OrganizationKind.KOSEN),
            new Rule("専門学校", Sector.ACADEMIA, OrganizationKind.UNIVERSITY),
            new Rule("大学校", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("大学院", Sector.ACADEMIA, OrganizationKind.UNIVERSITY_DEPARTMENT),
            new Rule("研究科", Sector.ACADEMIA, OrganizationKind.UNIVERSITY_DEPARTMENT),
            new Rule("専攻", Sector.ACADEMIA, OrganizationKind.UNIVERSITY_DEPARTMENT),
            new Rule("試験場", Sector.ACADEMIA, OrganizationKind.PUBLIC_TEST_LAB),
            new Rule("学部", Sector.ACADEMIA, OrganizationKind.UNIVERSITY_DEPARTMENT),
            new Rule("短期大学", Sector.ACADEMIA, OrganizationKind.UNIVERSITY),
            new Rule("大学", Sector.ACADEMIA, OrganizationKind.UNIVERSITY),
            new Rule("学院", Sector.ACADEMIA, OrganizationKind.UNIVERSITY),
            new Rule("病院", Sector.ACADEMIA, OrganizationKind.HOSPITAL),
            new Rule("研究開発機構", Sector.ACADEMIA, OrganizationKind.RESEARCH_INSTITUTE),
            new Rule("研究機構", Sector.ACADEMIA, OrganizationKind.RESEARCH_INSTITUTE),
            new Rule("研究所", Sector.ACADEMIA, OrganizationKind.RESEARCH_INSTITUTE),
            new Rule("研究センター", Sector.ACADEMIA, OrganizationKind.RESEARCH_CENTER),
            new Rule("研究開発センター", Sector.ACADEMIA, OrganizationKind.RESEARCH_CENTER),
            new Rule("信用保証協会", Sector.FINANCE, OrganizationKind.CREDIT_GUARANTEE),
            new Rule("銀行", Sector.FINANCE, OrganizationKind.BANK),
            new Rule("信用金庫", Sector.FINANCE, OrganizationKind.BANK),
            new Rule("信用組合", Sector.FINANCE, OrganizationKind.BANK),
            new Rule("証券", Sector.FINANCE, OrganizationKind.BANK),
            new Rule("公庫", Sector.FINANCE, OrganizationKind.GOVERNMENT_FINANCIAL_INSTITUTION),
            new Rule("キャピタル", Sector.FINANCE, OrganizationKind.VENTURE_CAPITAL),
            new Rule("ベンチャーズ", Sector.FINANCE, OrganizationKind.VENTURE_CAPITAL),
            new Rule("パートナーズ", Sector.FINANCE, OrganizationKind.VENTURE_CAPITAL),
            new Rule("投資", Sector.FINANCE, OrganizationKind.VENTURE_CAPITAL),
            new Rule("商工会議所", Sector.INDUSTRY, OrganizationKind.CHAMBER_OF_COMMERCE),
            new Rule("商工会", Sector.INDUSTRY, OrganizationKind.CHAMBER_OF_COMMERCE),
            new Rule("同友会", Sector.INDUSTRY, OrganizationKind.ECONOMIC_FEDERATION),
            new Rule("連合会", Sector.INDUSTRY, OrganizationKind.ECONOMIC_FEDERATION),
            new Rule("経済連合会", Sector.INDUSTRY, OrganizationKind.ECONOMIC_FEDERATION),
            new Rule("協議会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("推進会議", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("会議", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("コンソーシアム", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("部会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("分科会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("検討会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("研究会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("懇談会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("懇話会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("審議会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("委員会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("連絡会", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("プラットフォーム", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("ネットワーク", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("振興会", Sector.SUPPORT, OrganizationKind.FOUNDATION),
            new Rule("財団", Sector.SUPPORT, OrganizationKind.FOUNDATION),
            new Rule("事業団", Sector.SUPPORT, OrganizationKind.FOUNDATION),
            new Rule("公社", Sector.SUPPORT, OrganizationKind.FOUNDATION),
            new Rule("機構", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("センター", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("支援拠点", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("支援窓口", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("インキュベータ", Sector.SUPPORT, OrganizationKind.INCUBATOR),
            new Rule("インキュベーター", Sector.SUPPORT, OrganizationKind.INCUBATOR),
            new Rule("経済産業局", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("局", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("省", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("官房", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("庁", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("府", Sector.GOVERNMENT, OrganizationKind.NATIONAL_AGENCY),
            new Rule("県", Sector.GOVERNMENT, OrganizationKind.PREFECTURE),
            new Rule("北海道", Sector.GOVERNMENT, OrganizationKind.PREFECTURE),
            new Rule("東京都", Sector.GOVERNMENT, OrganizationKind.PREFECTURE),
            new Rule("市", Sector.GOVERNMENT, OrganizationKind.MUNICIPALITY),
            new Rule("町", Sector.GOVERNMENT, OrganizationKind.MUNICIPALITY),
            new Rule("村", Sector.GOVERNMENT, OrganizationKind.MUNICIPALITY),
            new Rule("課", Sector.GOVERNMENT, OrganizationKind.GOVERNMENT_DEPARTMENT),
            new Rule("部", Sector.GOVERNMENT, OrganizationKind.GOVERNMENT_DEPARTMENT),
            new Rule("工業会", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION),
            new Rule("協会", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION),
            new Rule("中央会", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION),
            new Rule("組合", Sector.INDUSTRY, OrganizationKind.INDUSTRY_ASSOCIATION),
            new Rule("ホールディングス", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("ワーキンググループ", Sector.SUPPORT, OrganizationKind.CONSORTIUM),
            new Rule("グループ", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("製作所", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("事業部", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("本部", Sector.SUPPORT, OrganizationKind.SUPPORT_CENTER),
            new Rule("支店", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("支社", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("支所", Sector.INDUSTRY, OrganizationKind.COMPANY),
            new Rule("営業所", Sector.INDUSTRY, OrganizationKind.COMPANY));

    /** The endings a name of a body has, longest first: what {@link OrganizationFinder} looks for. */
    static final List<String> ENDINGS = RULES.stream()
            .map(Rule::ending)
            .distinct()
            .sorted((a, b) -> b.length() - a.length())
            .toList();

    /** 政策局防災環境都市推進室, 経済局産業振興課企画室: an office of a bureau or department, of the bureau's kind. */
    static final Pattern OFFICE = Pattern.compile("(.{2,}?(?:局|部|課))\\p{IsHan}{2,10}室");

    private static final Set<String> BRANCHES = Set.of("支店", "支社", "支所", "営業所", "事業部", "本部", "支部", "事務所");

    /** The kind of the body a branch's name begins with, by the longest ending inside it (公庫 in 日本政策金融公庫仙台). */
    private static Optional<OrganizationGuess> bodyOf(String stem) {
        for (Rule rule : RULES) {
            int at = stem.lastIndexOf(rule.ending());
            if (rule.ending().length() >= 2 && !BRANCHES.contains(rule.ending()) && at > 0) {
                return Optional.of(new OrganizationGuess(rule.sector(), rule.kind()));
            }
        }
        return Optional.empty();
    }

    /** A part of a known body: a university's institute or office, a city's bureau, a company's branch. */
    static OrganizationGuess partOf(Gazetteer.Known parent, OrganizationGuess own) {
        if (parent.sector() == null) {
            return own;
        }
        OrganizationKind kind = switch (parent.sector()) {
            case ACADEMIA ->
                own.kind() == OrganizationKind.RESEARCH_INSTITUTE
                                || own.kind() == OrganizationKind.RESEARCH_CENTER
                                || own.kind() == OrganizationKind.HOSPITAL
                        ? own.kind()
                        : OrganizationKind.UNIVERSITY_DEPARTMENT;
            case GOVERNMENT -> OrganizationKind.GOVERNMENT_DEPARTMENT;
            default -> parent.kinds().isEmpty() ? own.kind() : parent.kinds().get(0);
        };
        return new OrganizationGuess(parent.sector(), kind);
    }

    /** The guess for a name, if it looks like an organization at all. */
    static Optional<OrganizationGuess> of(String name) {
        String cleaned = OrganizationNames.clean(name).replaceAll("(等|など|ほか)$", "");
        var form = OrganizationNames.legalForm(cleaned);
        String bare = OrganizationNames.withoutLegalForm(cleaned);
        if (form.isPresent() && form.get().equals("国立研究開発法人")) {
            return Optional.of(new OrganizationGuess(Sector.ACADEMIA, OrganizationKind.RESEARCH_INSTITUTE));
        }
        boolean company = form.isPresent() && form.get().endsWith("会社");
        for (Rule rule : RULES) {
            if (bare.endsWith(rule.ending()) && bare.length() > rule.ending().length()) {
                if (BRANCHES.contains(rule.ending())) {
                    // 日本政策金融公庫仙台支店, 七十七銀行東京支店: a branch is of the kind of the body it names.
                    var body = bodyOf(
                            bare.substring(0, bare.length() - rule.ending().length()));
                    if (body.isPresent()) {
                        return body;
                    }
                }
                // A company's laboratory or centre is the company's, not a university's.
                return Optional.of(
                        company && rule.sector() != Sector.FINANCE
                                ? new OrganizationGuess(Sector.INDUSTRY, OrganizationKind.COMPANY)
                                : new OrganizationGuess(rule.sector(), rule.kind()));
            }
        }
        Matcher office = OFFICE.matcher(bare);
        if (office.matches()) {
            return of(office.group(1));
        }
        if (bare.endsWith("校")) {
            // 中小企業大学校仙台校: a school's campus is of the school's kind.
            var school = bodyOf(bare.substring(0, bare.length() - 1));
            if (school.isPresent()) {
                return school;
            }
        }
        if (form.isPresent()) {
            return Optional.of(
                    company
                            ? new OrganizationGuess(Sector.INDUSTRY, OrganizationKind.COMPANY)
                            : form.get().contains("特定非営利") || form.get().contains("NPO")
                                    ? new OrganizationGuess(Sector.CIVIL, OrganizationKind.NPO)
                                    : form.get().contains("大学法人") || form.get().equals("学校法人")
                                            ? new OrganizationGuess(Sector.ACADEMIA, OrganizationKind.UNIVERSITY)
                                            : new OrganizationGuess(Sector.SUPPORT, OrganizationKind.FOUNDATION));
        }
        return Optional.empty();
    }
}
