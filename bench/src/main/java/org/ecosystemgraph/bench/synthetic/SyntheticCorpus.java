package org.ecosystemgraph.bench.synthetic;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.model.OrganizationKind;
import org.ecosystemgraph.model.Sector;

/**
 * A nationwide ecosystem made up for measuring: all 47 prefectures, each with its government, municipalities,
 * universities, companies, start-ups, banks, venture capital, support bodies, NPOs and consortia of heavy-tailed
 * size; national agencies as hubs in many consortia; spin-offs, investments and support ties. It is written as a
 * corpus folder (documents, their text, their datasets) in exactly the format the importer reads, so importing it
 * measures the real import path. The same size and seed give the same corpus, byte for byte.
 *
 * <p>Every fact has a line of its own in its document's text, and the dataset quotes that line.
 */
public final class SyntheticCorpus {

    /** Organizations per document at most, so that no dataset comes near the reader's size limit. */
    static final int ORGANIZATIONS_PER_DOCUMENT = 5_000;

    /** What was written. */
    public record Summary(
            int documents,
            int organizations,
            int memberships,
            int provides,
            int relations,
            int agreements,
            long lines,
            long bytes) {}

    record Prefecture(String id, String name, String region) {
        String stem() {
            return name.equals("北海道") ? name : name.substring(0, name.length() - 1);
        }
    }

    static final List<Prefecture> PREFECTURES = prefectures();

    private static final Map<String, String> REGIONS = regions();

    /** Kinds of a prefecture's organizations and their shares, roughly as in the real documents. */
    private record Profile(
            OrganizationKind kind, Sector sector, List<OrganizationKind> kinds, double share, String pattern) {}

    private static final List<Profile> PROFILES = List.of(
            profile(OrganizationKind.COMPANY, Sector.INDUSTRY, 0.46, "株式会社%s%s製作所%d"),
            new Profile(
                    OrganizationKind.STARTUP,
                    Sector.INDUSTRY,
                    List.of(OrganizationKind.COMPANY, OrganizationKind.STARTUP),
                    0.10,
                    "株式会社%s%sラボ%d"),
            profile(OrganizationKind.INDUSTRY_ASSOCIATION, Sector.INDUSTRY, 0.03, "一般社団法人%s%s工業会%d"),
            profile(OrganizationKind.UNIVERSITY, Sector.ACADEMIA, 0.03, "%s%s大学%d"),
            profile(OrganizationKind.RESEARCH_INSTITUTE, Sector.ACADEMIA, 0.02, "%s%s研究所%d"),
            profile(OrganizationKind.MUNICIPALITY, Sector.GOVERNMENT, 0.03, "%s%s市%d"),
            profile(OrganizationKind.BANK, Sector.FINANCE, 0.02, "株式会社%s%s銀行%d"),
            profile(OrganizationKind.VENTURE_CAPITAL, Sector.FINANCE, 0.02, "%s%sキャピタル株式会社%d"),
            profile(OrganizationKind.CREDIT_GUARANTEE, Sector.FINANCE, 0.005, "%s%s信用保証協会%d"),
            new Profile(
                    OrganizationKind.SUPPORT_CENTER,
                    Sector.SUPPORT,
                    List.of(OrganizationKind.FOUNDATION, OrganizationKind.SUPPORT_CENTER),
                    0.08,
                    "公益財団法人%s%s産業振興機構%d"),
            profile(OrganizationKind.INCUBATOR, Sector.SUPPORT, 0.02, "%s%sインキュベーションセンター%d"),
            profile(OrganizationKind.CONSORTIUM, Sector.SUPPORT, 0.05, "%s%s推進協議会%d"),
            profile(OrganizationKind.NPO, Sector.CIVIL, 0.075, "特定非営利活動法人%s%sネット%d"));

    private static final List<String> WORDS =
            List.of("未来", "先端", "みらい", "創生", "技術", "電子", "素材", "光", "海洋", "森林", "医療", "食品", "航空", "情報", "環境", "水素");

    /** National bodies that sit in many consortia across the country. */
    private static final List<String[]> NATIONAL_HUBS = List.of(
            new String[] {"経済産業省", "NATIONAL_AGENCY", "GOVERNMENT"},
            new String[] {"文部科学省", "NATIONAL_AGENCY", "GOVERNMENT"},
            new String[] {"国立研究開発法人科学技術振興機構", "NATIONAL_AGENCY", "GOVERNMENT"},
            new String[] {"国立研究開発法人新エネルギー・産業技術総合開発機構", "NATIONAL_AGENCY", "GOVERNMENT"},
            new String[] {"独立行政法人中小企業基盤整備機構", "NATIONAL_AGENCY", "GOVERNMENT"},
            new String[] {"株式会社日本政策金融公庫", "GOVERNMENT_FINANCIAL_INSTITUTION", "FINANCE"},
            new String[] {"株式会社日本政策投資銀行", "GOVERNMENT_FINANCIAL_INSTITUTION", "FINANCE"},
            new String[] {"国立研究開発法人産業技術総合研究所", "RESEARCH_INSTITUTE", "ACADEMIA"});

    private static final List<String> SUPPORT_FUNCTIONS = List.of(
            "TECHNOLOGY_DEVELOPMENT",
            "TECHNOLOGY_TRANSFER",
            "STARTUP_SUPPORT",
            "FINANCE_AND_EQUIPMENT",
            "MANAGEMENT_IMPROVEMENT",
            "MARKET_DEVELOPMENT",
            "NETWORKING_AND_INFORMATION",
            "TALENT_DEVELOPMENT",
            "GENERAL_INDUSTRY_SUPPORT");

    private SyntheticCorpus() {}

    /** Writes a corpus of about {@code organizations} organizations into {@code folder}, which must be empty. */
    public static Summary write(Path folder, int organizations, long seed, Consumer<String> progress)
            throws IOException {
        if (organizations < PREFECTURES.size() * 10) {
            throw new IllegalArgumentException("at least " + PREFECTURES.size() * 10 + " organizations, 10 per"
                    + " prefecture; asked for " + organizations);
        }
        Files.createDirectories(folder.resolve("documents"));
        Files.createDirectories(folder.resolve("datasets"));
        var generator = new Generator(folder, new Random(seed), progress);
        generator.national();
        double[] weights = prefectureWeights(new Random(seed ^ 0x5EED));
        int remaining = organizations - NATIONAL_HUBS.size();
        for (int i = 0; i < PREFECTURES.size(); i++) {
            int share = Math.max(10, (int) Math.round(remaining * weights[i]));
            generator.prefecture(PREFECTURES.get(i), i, share);
        }
        return generator.finish();
    }

    /** Heavy-tailed shares: a few prefectures (the first after shuffling is the largest) hold most bodies. */
    private static double[] prefectureWeights(Random random) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < PREFECTURES.size(); i++) {
            ranks.add(i + 1);
        }
        java.util.Collections.shuffle(ranks, random);
        ranks.set(ranks.indexOf(1), ranks.get(12)); // 東京都 (index 12) is the largest
        ranks.set(12, 1);
        double[] weights = new double[PREFECTURES.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(ranks.get(i), 0.9);
            sum += weights[i];
        }
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= sum;
        }
        return weights;
    }

    /** Writes documents one after another; each organization is known by the documents that follow its own. */
    private static final class Generator {

        private final Path folder;
        private final Random random;
        private final Consumer<String> progress;
        private final List<Map<String, Object>> catalogue = new ArrayList<>();
        private final List<String> hubs = new ArrayList<>();
        private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        private int number;
        private int organizations;
        private int memberships;
        private int provides;
        private int relations;
        private int agreements;
        private long lines;
        private long bytes;

        Generator(Path folder, Random random, Consumer<String> progress) {
            this.folder = folder;
            this.random = random;
            this.progress = progress;
        }

        void national() throws IOException {
            var document = new Document("synthetic-national", "全国の産学官金（合成データ）", "2000-01-01");
            for (String[] hub : NATIONAL_HUBS) {
                document.organization(hub[0], Sector.valueOf(hub[2]), List.of(OrganizationKind.valueOf(hub[1])), null);
                hubs.add(hub[0]);
            }
            document.places.add(place(document, "japan", "日本", "REGION", null));
            REGIONS.forEach((region, name) -> document.places.add(place(document, region, name, "REGION", "japan")));
            for (Prefecture prefecture : PREFECTURES) {
                document.places.add(
                        place(document, prefecture.id(), prefecture.name(), "PREFECTURE", prefecture.region()));
            }
            save(document);
        }

        void prefecture(Prefecture prefecture, int index, int size) throws IOException {
            int parts = (size + ORGANIZATIONS_PER_DOCUMENT - 1) / ORGANIZATIONS_PER_DOCUMENT;
            for (int part = 0; part < parts; part++) {
                int partSize = Math.min(ORGANIZATIONS_PER_DOCUMENT, size - part * ORGANIZATIONS_PER_DOCUMENT);
                String id = "synthetic-" + prefecture.id() + (parts > 1 ? "-" + (part + 1) : "");
                var document = new Document(
                        id,
                        prefecture.name() + "の産学官金" + (parts > 1 ? "（その" + (part + 1) + "）" : "") + "（合成データ）",
                        "2001-%02d-%02d".formatted(1 + index / 28, 1 + index % 28));
                fill(document, prefecture, partSize, part == 0);
                save(document);
            }
            progress.accept("  %s: %d organizations".formatted(prefecture.name(), size));
        }

        private void fill(Document document, Prefecture prefecture, int size, boolean withGovernment) {
            Map<OrganizationKind, List<String>> byKind = new LinkedHashMap<>();
            String government = prefecture.name();
            if (withGovernment) {
                document.organization(
                        government, Sector.GOVERNMENT, List.of(OrganizationKind.PREFECTURE), prefecture.id());
                document.provides(government, "GENERAL_INDUSTRY_SUPPORT");
                size--;
            }
            for (Profile profile : PROFILES) {
                int count = Math.max(1, (int) Math.round(size * profile.share()));
                for (int i = 0; i < count; i++) {
                    String name = profile.pattern()
                            .formatted(prefecture.stem(), WORDS.get(random.nextInt(WORDS.size())), ++number);
                    document.organization(name, profile.sector(), profile.kinds(), prefecture.id());
                    byKind.computeIfAbsent(profile.kind(), k -> new ArrayList<>())
                            .add(name);
                }
            }
            List<String> everyone = byKind.entrySet().stream()
                    .filter(e -> e.getKey() != OrganizationKind.CONSORTIUM)
                    .flatMap(e -> e.getValue().stream())
                    .toList();
            // Consortia of heavy-tailed size (Pareto, alpha 1.2, at least 8), with the prefecture and national hubs.
            for (String consortium : byKind.getOrDefault(OrganizationKind.CONSORTIUM, List.of())) {
                int members = (int) Math.min(
                        Math.min(2000, everyone.size()), Math.floor(8 / Math.pow(1 - random.nextDouble(), 1 / 1.2)));
                var chosen = new java.util.LinkedHashSet<String>();
                while (chosen.size() < members) {
                    chosen.add(everyone.get(random.nextInt(everyone.size())));
                }
                if (withGovernment && random.nextDouble() < 0.7) {
                    chosen.add(government);
                }
                for (String hub : hubs) {
                    if (random.nextDouble() < 0.15) {
                        chosen.add(hub);
                    }
                }
                int position = 0;
                for (String member : chosen) {
                    document.membership(member, consortium, position == 0 ? "会長" : position == 1 ? "事務局" : null);
                    position++;
                }
            }
            for (String body : byKind.getOrDefault(OrganizationKind.SUPPORT_CENTER, List.of())) {
                int functions = 1 + random.nextInt(4);
                for (int i = 0; i < functions; i++) {
                    document.provides(body, SUPPORT_FUNCTIONS.get(random.nextInt(SUPPORT_FUNCTIONS.size())));
                }
                List<String> companies = byKind.get(OrganizationKind.COMPANY);
                for (int i = 0; i < 10 && companies != null; i++) {
                    document.relation("SUPPORTS", body, companies.get(random.nextInt(companies.size())));
                }
            }
            byKind.getOrDefault(OrganizationKind.INCUBATOR, List.of())
                    .forEach(body -> document.provides(body, "INCUBATION"));
            byKind.getOrDefault(OrganizationKind.BANK, List.of()).forEach(body -> document.provides(body, "LENDING"));
            byKind.getOrDefault(OrganizationKind.VENTURE_CAPITAL, List.of())
                    .forEach(body -> document.provides(body, "INVESTMENT"));
            byKind.getOrDefault(OrganizationKind.CREDIT_GUARANTEE, List.of())
                    .forEach(body -> document.provides(body, "CREDIT_GUARANTEE"));
            List<String> universities = byKind.getOrDefault(OrganizationKind.UNIVERSITY, List.of());
            universities.stream()
                    .filter(u -> random.nextBoolean())
                    .forEach(body -> document.provides(body, "TECHNOLOGY_TRANSFER"));
            List<String> investors = byKind.getOrDefault(OrganizationKind.VENTURE_CAPITAL, List.of());
            for (String startup : byKind.getOrDefault(OrganizationKind.STARTUP, List.of())) {
                if (!universities.isEmpty() && random.nextDouble() < 0.7) {
                    document.relation("SPUN_OFF_FROM", startup, universities.get(random.nextInt(universities.size())));
                }
                int funded = investors.isEmpty() ? 0 : random.nextInt(4);
                var chosen = new java.util.LinkedHashSet<String>();
                for (int i = 0; i < funded; i++) {
                    chosen.add(investors.get(random.nextInt(investors.size())));
                }
                chosen.forEach(investor -> document.relation("INVESTS_IN", investor, startup));
            }
            // Partnership agreements (連携協定) of the prefecture with some of its universities and banks.
            if (withGovernment) {
                var partners = new ArrayList<>(universities);
                partners.addAll(byKind.getOrDefault(OrganizationKind.BANK, List.of()));
                for (String partner : partners) {
                    if (random.nextDouble() < 0.4) {
                        document.agreement(government, partner, 2005 + random.nextInt(20));
                    }
                }
            }
        }

        private Dataset.Place place(Document document, String id, String name, String kind, String partOf) {
            return new Dataset.Place(id, name, kind, partOf, document.line(name + "（" + id + "）"));
        }

        private void save(Document document) throws IOException {
            String file = document.id + ".txt";
            byte[] text = document.text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve("documents").resolve(file), text);
            var dataset = new Dataset(
                    document.id,
                    document.organizations,
                    document.memberships,
                    document.provides,
                    document.relations,
                    document.agreements,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    document.places);
            byte[] yamlBytes = yaml.writeValueAsBytes(dataset);
            Files.write(folder.resolve("datasets").resolve(document.id + ".yaml"), yamlBytes);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", document.id);
            entry.put("file", file);
            entry.put("title", document.title);
            entry.put("publisher", "ecosystem-graph generate");
            entry.put("published", document.published);
            catalogue.add(entry);
            organizations += document.organizations.size();
            memberships += document.memberships.size();
            provides += document.provides.size();
            relations += document.relations.size();
            agreements += document.agreements.size();
            lines += document.line;
            bytes += text.length + yamlBytes.length;
        }

        Summary finish() throws IOException {
            Files.write(folder.resolve("documents.yaml"), yaml.writeValueAsBytes(Map.of("documents", catalogue)));
            return new Summary(
                    catalogue.size(), organizations, memberships, provides, relations, agreements, lines, bytes);
        }
    }

    /** One document being written: its text, a line per fact, and the facts. */
    private static final class Document {
        final String id;
        final String title;
        final String published;
        final StringBuilder text = new StringBuilder();
        final List<Dataset.Organization> organizations = new ArrayList<>();
        final List<Dataset.Membership> memberships = new ArrayList<>();
        final List<Dataset.Provides> provides = new ArrayList<>();
        final List<Dataset.Relation> relations = new ArrayList<>();
        final List<Dataset.Agreement> agreements = new ArrayList<>();
        final List<Dataset.Place> places = new ArrayList<>();
        int line;

        Document(String id, String title, String published) {
            this.id = id;
            this.title = title;
            this.published = published;
            line(title);
        }

        Dataset.Source line(String words) {
            text.append(words).append('\n');
            line++;
            return new Dataset.Source(String.valueOf(line), words);
        }

        void organization(String name, Sector sector, List<OrganizationKind> kinds, String place) {
            organizations.add(new Dataset.Organization(
                    name,
                    null,
                    null,
                    List.of(),
                    sector,
                    kinds,
                    null,
                    null,
                    place,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    line(name)));
        }

        void membership(String member, String consortium, String role) {
            memberships.add(new Dataset.Membership(
                    member,
                    consortium,
                    role,
                    null,
                    null,
                    null,
                    line(member + "は" + consortium + "の会員" + (role == null ? "" : "（" + role + "）"))));
        }

        void provides(String organization, String function) {
            provides.add(new Dataset.Provides(organization, function, line(organization + "：" + function)));
        }

        void relation(String type, String from, String to) {
            relations.add(new Dataset.Relation(type, from, to, null, null, line(from + " " + type + " " + to)));
        }

        void agreement(String government, String partner, int year) {
            String title = government + "と" + partner + "との連携協定";
            var source = line(title + "（" + year + "年4月1日締結）");
            var clauses = List.of(
                    new Dataset.Clause("1", "目的", "地域産業の振興と人材育成に連携して取り組む。", null, List.of(), line("第1条 目的")),
                    new Dataset.Clause("2", "連携事項", "産学官金の連携による研究開発と事業化を支援する。", null, List.of(), line("第2条 連携事項")),
                    new Dataset.Clause("3", "有効期間", "締結の日から3年間とし、以後自動更新する。", null, List.of(), line("第3条 有効期間")));
            agreements.add(new Dataset.Agreement(
                    "%s-agreement-%d".formatted(id, agreements.size() + 1),
                    title,
                    List.of(government, partner),
                    year + "-04-01",
                    year + "-04-01",
                    null,
                    null,
                    null,
                    List.of(),
                    clauses,
                    source));
        }
    }

    private static Profile profile(OrganizationKind kind, Sector sector, double share, String pattern) {
        return new Profile(kind, sector, List.of(kind), share, pattern);
    }

    private static Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("hokkaido-region", "北海道地方");
        regions.put("tohoku", "東北地方");
        regions.put("kanto", "関東地方");
        regions.put("chubu", "中部地方");
        regions.put("kinki", "近畿地方");
        regions.put("chugoku", "中国地方");
        regions.put("shikoku", "四国地方");
        regions.put("kyushu", "九州・沖縄地方");
        return regions;
    }

    private static List<Prefecture> prefectures() {
        String[][] table = {
            {"hokkaido", "北海道", "hokkaido-region"}, {"aomori", "青森県", "tohoku"}, {"iwate", "岩手県", "tohoku"},
            {"miyagi", "宮城県", "tohoku"}, {"akita", "秋田県", "tohoku"}, {"yamagata", "山形県", "tohoku"},
            {"fukushima", "福島県", "tohoku"}, {"ibaraki", "茨城県", "kanto"}, {"tochigi", "栃木県", "kanto"},
            {"gunma", "群馬県", "kanto"}, {"saitama", "埼玉県", "kanto"}, {"chiba", "千葉県", "kanto"},
            {"tokyo", "東京都", "kanto"}, {"kanagawa", "神奈川県", "kanto"}, {"niigata", "新潟県", "chubu"},
            {"toyama", "富山県", "chubu"}, {"ishikawa", "石川県", "chubu"}, {"fukui", "福井県", "chubu"},
            {"yamanashi", "山梨県", "chubu"}, {"nagano", "長野県", "chubu"}, {"gifu", "岐阜県", "chubu"},
            {"shizuoka", "静岡県", "chubu"}, {"aichi", "愛知県", "chubu"}, {"mie", "三重県", "kinki"},
            {"shiga", "滋賀県", "kinki"}, {"kyoto", "京都府", "kinki"}, {"osaka", "大阪府", "kinki"},
            {"hyogo", "兵庫県", "kinki"}, {"nara", "奈良県", "kinki"}, {"wakayama", "和歌山県", "kinki"},
            {"tottori", "鳥取県", "chugoku"}, {"shimane", "島根県", "chugoku"}, {"okayama", "岡山県", "chugoku"},
            {"hiroshima", "広島県", "chugoku"}, {"yamaguchi", "山口県", "chugoku"}, {"tokushima", "徳島県", "shikoku"},
            {"kagawa", "香川県", "shikoku"}, {"ehime", "愛媛県", "shikoku"}, {"kochi", "高知県", "shikoku"},
            {"fukuoka", "福岡県", "kyushu"}, {"saga", "佐賀県", "kyushu"}, {"nagasaki", "長崎県", "kyushu"},
            {"kumamoto", "熊本県", "kyushu"}, {"oita", "大分県", "kyushu"}, {"miyazaki", "宮崎県", "kyushu"},
            {"kagoshima", "鹿児島県", "kyushu"}, {"okinawa", "沖縄県", "kyushu"}
        };
        List<Prefecture> list = new ArrayList<>();
        for (String[] row : table) {
            list.add(new Prefecture(row[0], row[1], row[2]));
        }
        return List.copyOf(list);
    }
}
