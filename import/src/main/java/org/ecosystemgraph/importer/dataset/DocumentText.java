package org.ecosystemgraph.importer.dataset;

import java.util.List;
import java.util.Optional;
import org.ecosystemgraph.model.OrganizationNames;

/**
 * A document's text by line, for checking that a quote stands where a dataset says it does. The comparison folds
 * width and radical look-alikes and ignores all white space, since PDF extraction breaks lines and spaces at random.
 */
public final class DocumentText {

    private final List<String> lines;

    public DocumentText(String text) {
        this.lines = text.lines().toList();
    }

    public int lineCount() {
        return lines.size();
    }

    public String line(int number) {
        return lines.get(number - 1);
    }

    /** The first non-blank line within a few lines after this one, or -1: PDF text leaves blank lines inside lists. */
    public int nextNonBlank(int line) {
        for (int n = line + 1; n <= Math.min(lines.size(), line + 3); n++) {
            if (!line(n).isBlank()) {
                return n;
            }
        }
        return -1;
    }

    /** Why the quote is not at those lines, or empty when it is. */
    public Optional<String> checkQuote(String lineRange, String quote) {
        if (lineRange == null || quote == null || quote.isBlank()) {
            return Optional.of("needs both lines and quote");
        }
        int first;
        int last;
        try {
            String[] parts = lineRange.strip().split("-", 2);
            first = Integer.parseInt(parts[0].strip());
            last = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : first;
        } catch (NumberFormatException e) {
            return Optional.of("lines '" + lineRange + "' is not a line number or a range like 12-14");
        }
        if (first < 1 || last < first || last > lines.size()) {
            return Optional.of("lines " + lineRange + " are outside the document's 1-" + lines.size());
        }
        String region = comparable(String.join("", lines.subList(first - 1, last)));
        if (!region.contains(comparable(quote))) {
            return Optional.of("quote '" + quote + "' is not on lines " + lineRange);
        }
        return Optional.empty();
    }

    static String comparable(String text) {
        return OrganizationNames.clean(text).replaceAll("\\s+", "");
    }
}
