package org.ecosystemgraph.importer.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a PDF, a web page or a UTF-8 text file into its line-numbered text. What a file is comes from its first bytes
 * (a PDF starts {@code %PDF-}, a page with its doctype or {@code <html>}), then from its name.
 */
public final class DocumentReader {

    /** Larger files are refused: no document of this kind is bigger, and reading one would hold the memory. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private final PdfText pdf = new PdfText();
    private final HtmlText html = new HtmlText();

    public ReadDocument read(Path file) {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDocument(name, "is not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableDocument(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            return read(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableDocument(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a document given as bytes, such as an upload; {@code name} says which in messages, and hints its type. */
    public ReadDocument read(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableDocument(name, "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadableDocument(name, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return switch (formatOf(name, bytes)) {
            case PDF -> pdf.read(name, bytes);
            case HTML -> html.read(name, bytes);
            case TEXT -> PlainText.read(name, bytes);
        };
    }

    static ReadDocument.Format formatOf(String name, byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        if (start.contains("%PDF-")) {
            return ReadDocument.Format.PDF;
        }
        String head = start.stripLeading().toLowerCase(Locale.ROOT).replace("\u00ef\u00bb\u00bf", "");
        if (head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<?xml") && head.contains("<html")) {
            return ReadDocument.Format.HTML;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return ReadDocument.Format.HTML;
        }
        if (lower.endsWith(".pdf")) {
            return ReadDocument.Format.PDF;
        }
        return ReadDocument.Format.TEXT;
    }
}
