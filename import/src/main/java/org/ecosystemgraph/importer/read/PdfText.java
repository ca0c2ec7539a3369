package org.ecosystemgraph.importer.read;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF through PDFBox, sorted by position so that each line of the page is a line of the text and
 * the cells of a table row stay on one line, a blank line between pages.
 */
final class PdfText {

    ReadDocument read(String name, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new UnreadableDocument(
                        name,
                        "has no text layer (" + document.getNumberOfPages()
                                + (document.getNumberOfPages() == 1 ? " page" : " pages")
                                + " of images, a scan?): run OCR on"
                                + " it first (such as ocrmypdf), or give its text as a text file");
            }
            String title = document.getDocumentInformation().getTitle();
            String tidy = Lines.tidy(text);
            return new ReadDocument(
                    tidy,
                    title == null || title.isBlank() ? Lines.first(tidy) : title.strip(),
                    ReadDocument.Format.PDF);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(
                    name, "is encrypted with a password: save it without one (or give its text" + " as a text file)");
        } catch (IOException e) {
            throw new UnreadableDocument(name, "is not a PDF that can be read (" + e.getMessage() + ")");
        }
    }
}
