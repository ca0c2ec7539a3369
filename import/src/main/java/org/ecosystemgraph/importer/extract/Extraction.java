package org.ecosystemgraph.importer.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * Stage one of the import: runs every extractor over a document's text and gathers the candidate facts, with their
 * lines and quotes, into a dataset that people review before {@code ./kg import} loads it.
 */
public final class Extraction {

    /** The candidate facts, and how names were resolved to organizations already known. */
    public record Result(Dataset dataset, List<String> resolutions) {

        /** Who published the document, as a guess until reviewed: the first body it names. */
        public String publisher() {
            return dataset.organizations().isEmpty()
                    ? "unknown"
                    : dataset.organizations().get(0).name();
        }
    }

    private final Gazetteer gazetteer;
    private final OrganizationFinder finder;
    private final List<Extractor> extractors;

    /** Extraction that knows the organizations of the gazetteer (of the graph, or of reviewed datasets). */
    public Extraction(SupportFunctionTaxonomy taxonomy, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new OrganizationFinder(gazetteer);
        this.extractors = List.of(
                new MentionExtractor(finder),
                new FunctionHeadingExtractor(taxonomy),
                new DirectoryTableExtractor(taxonomy),
                new MemberListExtractor(),
                new ProseMembershipExtractor(),
                new EnumeratedMembersExtractor(),
                new FigureMembershipExtractor(),
                new RoleRowExtractor(),
                new ProseFunctionExtractor(taxonomy),
                new AgreementExtractor(),
                new ClauseExtractor(),
                new NumberedClauseExtractor(),
                new KpiExtractor(),
                new VentureExtractor());
    }

    public Extraction(SupportFunctionTaxonomy taxonomy) {
        this(taxonomy, Gazetteer.empty());
    }

    public Dataset extract(String documentId, String text) {
        return extract(documentId, text, null).dataset();
    }

    /** The candidates of a document; {@code published} (ISO, may be null) dates the days it writes without a year. */
    public Result extract(String documentId, String text, String published) {
        var candidates = new Candidates(documentId, gazetteer);
        var reading = Reading.of(documentId, text, published, finder);
        var named = Gazetteer.ofNamed(reading.mentions());
        var defined = Gazetteer.ofDefined(definedAliases(reading));
        if (named.size() > 0 || defined.size() > 0) {
            // What the document defines comes first: its 事業団 is the body it said, whatever else the name may be.
            var known = Gazetteer.empty().with(defined).with(gazetteer).with(named);
            reading = Reading.of(documentId, text, published, new OrganizationFinder(known));
        }
        var read = reading;
        extractors.forEach(extractor -> extractor.extract(read, candidates));
        return new Result(candidates.toDataset(), candidates.notes());
    }

    private static final java.util.regex.Pattern SELF = java.util.regex.Pattern.compile("[当本同弊]");

    /** The spellings the document defines in brackets after a name, each with the mention of that name. */
    private Map<String, OrganizationFinder.Mention> definedAliases(Reading reading) {
        Map<String, OrganizationFinder.Mention> defined = new LinkedHashMap<>();
        for (var named : reading.passages()) {
            for (String[] alias : finder.aliases(named.passage().text(), named.mentions())) {
                if (SELF.matcher(alias[0]).lookingAt()) {
                    continue; // 以下「当センター」: the document's word for itself, which SelfReferences reads
                }
                named.mentions().stream()
                        .filter(mention -> mention.name().equals(alias[1]))
                        .findFirst()
                        .ifPresent(mention -> defined.putIfAbsent(alias[0], mention));
            }
        }
        return defined;
    }

    /** The candidates as a dataset file, empty fields left out. */
    public static String toYaml(Dataset dataset) {
        var yaml = new ObjectMapper(new YAMLFactory()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        try {
            return "# Candidate facts found by ./kg extract: review them before importing (docs/datasets.md).\n"
                    + yaml.writeValueAsString(dataset);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A dataset always serializes", e);
        }
    }
}
