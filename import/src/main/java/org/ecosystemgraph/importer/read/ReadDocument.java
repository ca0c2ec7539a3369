package org.ecosystemgraph.importer.read;

/**
 * A document's text as read from its file, one line per line of the page (PDF), per block (web page) or as written
 * (text), and what the file says of itself.
 *
 * @param text the line-numbered text that datasets quote
 * @param title the title the file gives (PDF metadata, the page's title), or its first line; null if none
 * @param format what the file was
 */
public record ReadDocument(String text, String title, Format format) {

    public enum Format {
        PDF,
        HTML,
        TEXT
    }
}
