package org.ecosystemgraph.importer.extract;

import java.util.Arrays;
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
            for (String body : name.split("及び|、")) {
                if (candidates.organization(body, null, null, Candidates.at(n, body))) {
                    for (String function : functions(functions)) {
                        candidates.provides(body, function, Candidates.at(functionLine, function));
                    }
                }
            }
        }
    }

    private List<String> functions(String text) {
        return Arrays.stream(text.split("[・、,]"))
                .map(String::strip)
                .filter(label -> taxonomy.find(label).isPresent())
                .toList();
    }
}
