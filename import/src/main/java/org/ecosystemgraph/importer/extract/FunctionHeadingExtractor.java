package org.ecosystemgraph.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * Headings of the form {@code (N) 名称（機能・機能）}, the way document 001 introduces each support body with the
 * functions it offers; the functions may also stand alone on the next line.
 */
final class FunctionHeadingExtractor implements Extractor {

    private static final Pattern HEADING = Pattern.compile("^\\((\\d{1,2})\\)\\s*(.+?)\\s*(?:\\(([^()]+)\\))?\\s*$");
    private static final Pattern FUNCTIONS_ALONE = Pattern.compile("^\\(([^()]+)\\)\\s*$");

    private final SupportFunctionTaxonomy taxonomy;

    FunctionHeadingExtractor(SupportFunctionTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public void extract(Reading reading, Candidates candidates) {
        DocumentText text = reading.text();
        for (int n = 1; n <= text.lineCount(); n++) {
            Matcher heading = HEADING.matcher(Extractor.cleanLine(text, n));
            if (!heading.matches()) {
                continue;
            }
            String name = heading.group(2);
            String functions = heading.group(3);
            int functionLine = n;
            if (functions == null || functions(functions).isEmpty()) {
                int next = text.nextNonBlank(n);
                Matcher alone = next > 0 ? FUNCTIONS_ALONE.matcher(Extractor.cleanLine(text, next)) : null;
                if (alone == null
                        || !alone.matches()
                        || functions(alone.group(1)).isEmpty()) {
                    continue;
                }
                if (functions != null) {
                    name = name + "(" + functions + ")";
                }
                functions = alone.group(1);
                functionLine = next;
            }
            // "A及びB" and "A、B" headings name several bodies; each gets the functions.
            for (String body : bodies(name)) {
                if (candidates.organization(body, null, null, Candidates.at(n, body))) {
                    for (String function : functions(functions)) {
                        candidates.provides(body, function, Candidates.at(functionLine, function));
                    }
                }
            }
        }
    }

    /** A及びB, A、B, and A・B when both end as names do (東北ニュービジネス協議会・東北ベンチャーランド推進センター). */
    private static List<String> bodies(String heading) {
        List<String> bodies = new java.util.ArrayList<>();
        for (String part : heading.split("及び|、")) {
            String[] dotted = part.split("・");
            boolean names = dotted.length > 1
                    && java.util.Arrays.stream(dotted)
                            .allMatch(piece -> OrganizationGuess.ENDINGS.stream()
                                    .anyMatch(ending -> ending.length() >= 2
                                            && piece.strip().endsWith(ending)));
            bodies.addAll(names ? List.of(dotted) : List.of(part));
        }
        return bodies;
    }

    private List<String> functions(String text) {
        return FunctionList.labels(taxonomy, text);
    }
}
