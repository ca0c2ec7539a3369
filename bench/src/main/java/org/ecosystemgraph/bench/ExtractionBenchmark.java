package org.ecosystemgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.ecosystemgraph.importer.corpus.BundledCorpus;
import org.ecosystemgraph.importer.extract.Extraction;
import org.ecosystemgraph.importer.extract.ExtractionReport;
import org.ecosystemgraph.importer.extract.Gazetteer;
import org.ecosystemgraph.importer.read.DocumentReader;
import org.ecosystemgraph.model.SupportFunctionTaxonomy;

/**
 * How long {@code ./kg extract} takes on a 20-page PDF: the first 800 lines of the longest bundled document, written
 * as a PDF in a Japanese TrueType font of the system (40 lines a page), read back with PDFBox and extracted, as a
 * new document is. The first run loads Kuromoji's dictionary; the others show the steady cost.
 */
final class ExtractionBenchmark {

    /** IPA Gothic (Debian's fonts-ipafont-gothic): glyph outlines PDFBox can embed. */
    static final Path FONT = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");

    private static final int PAGES = 20;
    private static final int LINES_PER_PAGE = 40;

    record Figures(int pages, int lines, int bytes, List<Double> seconds, int organizations) {}

    /** The figures, or null where the font is missing (the PDF cannot be written). */
    static Figures run(int runs) throws IOException {
        if (!Files.isRegularFile(FONT)) {
            return null;
        }
        var corpus = BundledCorpus.load();
        var longest = corpus.documents().stream()
                .max(java.util.Comparator.comparingInt(d -> corpus.text(d).length()))
                .orElseThrow();
        List<String> lines = corpus.text(longest)
                .lines()
                .map(line -> line.replaceAll("[^\\u3000-\\u30ff\\u4e00-\\u9fff0-9A-Za-z、。・（）「」ー]", ""))
                .filter(line -> !line.isBlank())
                .map(line -> line.length() > 45 ? line.substring(0, 45) : line)
                .limit((long) PAGES * LINES_PER_PAGE)
                .toList();
        byte[] pdf = pdf(lines);
        var taxonomy = SupportFunctionTaxonomy.bundled();
        var gazetteer = Gazetteer.of(ExtractionReport.reviewed(corpus).values());
        List<Double> seconds = new ArrayList<>();
        int organizations = 0;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            var read = new DocumentReader().read("twenty-pages.pdf", pdf);
            var dataset = new Extraction(taxonomy, gazetteer)
                    .extract("twenty-pages", read.text(), "2025")
                    .dataset();
            seconds.add((System.nanoTime() - started) / 1e9);
            organizations = dataset.organizations().size();
        }
        return new Figures(PAGES, lines.size(), pdf.length, seconds, organizations);
    }

    private static byte[] pdf(List<String> lines) throws IOException {
        try (var document = new PDDocument()) {
            var font = PDType0Font.load(document, FONT.toFile());
            for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
                var page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(40, 750);
                    for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
                        content.showText(line);
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
