package org.ecosystemgraph.importer.extract;

import org.ecosystemgraph.importer.dataset.DocumentText;
import org.ecosystemgraph.model.OrganizationNames;

/** Finds one kind of structure in a document's text and adds what it states to the candidates. */
interface Extractor {

    void extract(Reading reading, Candidates candidates);

    /**
     * A line as the extractors read it: width and radical look-alikes folded, spaces collapsed, but circled numbers
     * (①, which NFKC would turn into 1) kept, since clauses are numbered with them.
     */
    static String cleanLine(DocumentText text, int number) {
        String line = text.line(number);
        StringBuilder cleaned = new StringBuilder();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '①' && c <= '⑳') {
                cleaned.append(OrganizationNames.clean(line.substring(start, i)))
                        .append(c);
                start = i + 1;
            }
        }
        return cleaned.append(OrganizationNames.clean(line.substring(start)))
                .toString()
                .strip();
    }
}
