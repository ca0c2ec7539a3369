package org.ecosystemgraph.api.review;

import java.util.List;
import java.util.Map;
import org.ecosystemgraph.importer.dataset.Dataset;

/**
 * A document under review, as the page shows it.
 *
 * @param id the document's id
 * @param title its title
 * @param lines its text, line by line, as the quotes refer to it
 * @param dataset the candidates, or the reviewed dataset once saved
 * @param resolutions how names were taken for organizations the graph knows, with the reason
 * @param suggestions for each new organization, the known ones it may be, each with why
 * @param saved whether a reviewed dataset was saved
 */
record Draft(
        String id,
        String title,
        List<String> lines,
        Dataset dataset,
        List<String> resolutions,
        Map<String, List<Suggestion>> suggestions,
        boolean saved) {

    /** A known organization a candidate may be. */
    record Suggestion(String id, String name, String sector, List<String> kinds, String reason) {}
}
