package org.ecosystemgraph.importer.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecosystemgraph.importer.corpus.Corpus;
import org.ecosystemgraph.importer.dataset.Dataset;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.ecosystemgraph.model.SourceDocument;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * The extractors measured on a corpus whose datasets people reviewed: each document is extracted as if it were new,
 * knowing the organizations of the other documents (and of {@code known}) but not its own, and scored against its
 * reviewed dataset.
 */
public final class ExtractionReport {

    private final SupportFunctionTaxonomy taxonomy;

    public ExtractionReport(SupportFunctionTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The reviewed datasets of a corpus, by document id. */
    public static Map<String, Dataset> reviewed(Corpus corpus) {
        Map<String, Dataset> reviewed = new LinkedHashMap<>();
        for (SourceDocument document : corpus.documents()) {
            corpus.dataset(document).ifPresent(file -> reviewed.put(document.id(), read(file)));
        }
        return reviewed;
    }

    /** Each reviewed document's score, in the corpus's order. */
    public Map<String, Score> score(Corpus corpus, Gazetteer known) {
        Map<String, Dataset> reviewed = reviewed(corpus);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (SourceDocument document : corpus.documents()) {
            Dataset expected = reviewed.get(document.id());
            if (expected == null) {
                continue;
            }
            var others = reviewed.entrySet().stream()
                    .filter(entry -> !entry.getKey().equals(document.id()))
                    .map(Map.Entry::getValue)
                    .toList();
            var gazetteer = Gazetteer.of(others).with(known);
            var extracted = new Extraction(taxonomy, gazetteer)
                    .extract(document.id(), corpus.text(document), document.published())
                    .dataset();
            scores.put(document.id(), Score.of(expected, extracted, taxonomy));
        }
        return scores;
    }

    private static Dataset read(Corpus.DatasetFile file) {
        try (InputStream in = file.open()) {
            return new DatasetReader().read(file.name(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name() + ": " + e.getMessage(), e);
        }
    }
}
