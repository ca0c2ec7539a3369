package org.ecosystemgraph.importer.extract;

import org.ecosystemgraph.importer.dataset.Dataset.Source;
import org.ecosystemgraph.importer.dataset.DocumentText;

/**
 * A stretch of a document that reads as one unit — a sentence, a heading, a list item, a table row — possibly over
 * several lines that PDF extraction broke, in normalized form (NFKC, radical look-alikes folded) for the extractors to
 * read, each character knowing where it stands in the document so that any part of it can be quoted verbatim.
 */
final class Passage {

    private final DocumentText document;
    private final String text;
    private final int[] lines;
    private final int[] columns;
    private final int[] columnEnds;

    Passage(DocumentText document, String text, int[] lines, int[] columns, int[] columnEnds) {
        this.document = document;
        this.text = text;
        this.lines = lines;
        this.columns = columns;
        this.columnEnds = columnEnds;
    }

    /** The normalized text. */
    String text() {
        return text;
    }

    int firstLine() {
        return lines.length == 0 ? 0 : lines[0];
    }

    int lastLine() {
        return lines.length == 0 ? 0 : lines[lines.length - 1];
    }

    /** The line the character at {@code offset} stands on. */
    int lineAt(int offset) {
        return lines[Math.min(Math.max(offset, 0), lines.length - 1)];
    }

    /** Where the characters from {@code start} to {@code end} stand, quoted as the document writes them. */
    Source source(int start, int end) {
        start = Math.max(0, start);
        end = Math.min(text.length(), Math.max(end, start + 1));
        StringBuilder quote = new StringBuilder();
        int line = lines[start];
        int from = columns[start];
        for (int i = start; i < end; i++) {
            if (lines[i] != line) {
                quote.append(document.line(line), from, columnEnds[i - 1]);
                line = lines[i];
                from = columns[i];
            }
        }
        quote.append(document.line(line), from, columnEnds[end - 1]);
        int first = lines[start];
        int last = lines[end - 1];
        return new Source(
                first == last ? String.valueOf(first) : first + "-" + last,
                quote.toString().strip());
    }

    /** The whole passage as a source. */
    Source source() {
        return source(0, text.length());
    }

    @Override
    public String toString() {
        return firstLine() + ": " + text;
    }
}
