package org.ecosystemgraph.importer.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;

/**
 * PDFs with Japanese text for the tests, written with PDFBox in a TrueType font of the system: IPA Gothic, from
 * Debian's fonts-ipafont-gothic, which {@code .ci/run} installs (its glyph outlines are ones PDFBox can embed; the
 * CFF outlines of Noto CJK are not). A test that needs one is skipped, saying why, where the font is missing.
 */
public final class TestPdfs {

    public static final Path FONT = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
    private static final int LINES_PER_PAGE = 40;

    private TestPdfs() {}

    /** A PDF with these lines, 40 to a page, each line a line of text on the page. */
    public static byte[] write(String... lines) throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(FONT), "needs the IPA Gothic font (apt-get install fonts-ipafont-gothic)");
        try (var document = new PDDocument()) {
            var font = PDType0Font.load(document, FONT.toFile());
            for (int first = 0; first < lines.length; first += LINES_PER_PAGE) {
                var page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 8);
                    content.newLineAtOffset(30, 740);
                    for (int i = first; i < Math.min(lines.length, first + LINES_PER_PAGE); i++) {
                        content.showText(lines[i]);
                        content.newLineAtOffset(0, -17);
                    }
                    content.endText();
                }
            }
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }
}
