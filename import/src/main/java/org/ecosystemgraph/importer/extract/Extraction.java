package org.ecosystemgraph.importer.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * Stage one of the import: runs every extractor over a document's text and gathers the candidate facts, with their
 * lines and quotes, into a dataset that people review before {@code ./kg import} loads it.
 */
public final class Extraction {

    private final List<Extractor> extractors;

    public Extraction(SupportFunctionTaxonomy taxonomy) {
        this.extractors = List.of(
                new FunctionHeadingExtractor(taxonomy),
                new DirectoryTableExtractor(taxonomy),
                new MemberListExtractor(),
                new ClauseExtractor(),
                new KpiExtractor(),
                new OrganizationMentionExtractor());
    }

    public Dataset extract(String documentId, String text) {
        var candidates = new Candidates(documentId);
        var document = new DocumentText(text);
        extractors.forEach(extractor -> extractor.extract(document, candidates));
        return candidates.toDataset();
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
