package org.ecosystemgraph.importer.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.ecosystemgraph.importer.testing.TestPdfs;
import org.junit.jupiter.api.Test;

/** PDFs, web pages and text files as {@code ./kg extract} reads them, and the files it cannot read. */
class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void reads_the_lines_of_a_japanese_pdf_made_with_pdfbox() throws IOException {
        byte[] pdf =
                TestPdfs.write("地域産業の振興に関する連携協定の締結について", "宮城県、国立大学法人東北大学及び株式会社七十七銀行は協定を締結しました。", "（１）共同研究の促進に関すること");

        var read = reader.read("release.pdf", pdf);

        assertThat(read.format()).isEqualTo(ReadDocument.Format.PDF);
        assertThat(read.text().lines())
                .containsSubsequence(
                        "地域産業の振興に関する連携協定の締結について", "宮城県、国立大学法人東北大学及び株式会社七十七銀行は協定を締結しました。", "（１）共同研究の促進に関すること");
        assertThat(read.title()).isEqualTo("地域産業の振興に関する連携協定の締結について");
    }

    @Test
    void reads_the_main_text_of_a_web_page_without_its_navigation() {
        String page = """
                <!DOCTYPE html><html><head><title>協議会について</title><script>var x = 1;</script></head>
                <body><nav><a href="/">ホーム</a> <a href="/news">お知らせ</a></nav>
                <main><h1>みやぎ産学官金連携推進協議会</h1>
                <p>推進協議会は、東北大学、宮城県、仙台市など<b>12団体</b>で構成されています。</p>
                <ul><li>会長：東北大学</li><li>事務局：みやぎ産業振興機構</li></ul>
                <table><tr><td>名称</td><td>電話</td></tr><tr><td>仙台市</td><td>022-214-8278</td></tr></table>
                </main><footer>© 2025</footer></body></html>""";

        var read = reader.read("council.html", page.getBytes(StandardCharsets.UTF_8));

        assertThat(read.format()).isEqualTo(ReadDocument.Format.HTML);
        assertThat(read.title()).isEqualTo("協議会について");
        assertThat(read.text().lines())
                .containsSubsequence(
                        "みやぎ産学官金連携推進協議会", "推進協議会は、東北大学、宮城県、仙台市など12団体で構成されています。", "会長：東北大学", "事務局：みやぎ産業振興機構")
                .anySatisfy(line -> assertThat(line).contains("仙台市").contains("022-214-8278"));
        assertThat(read.text()).doesNotContain("ホーム", "お知らせ", "var x", "© 2025");
    }

    @Test
    void reads_text_as_written(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("notice.txt");
        Files.writeString(file, "お知らせ\n\n東北学院大学は石巻市と協定を締結しました。\n", StandardCharsets.UTF_8);

        var read = reader.read(file);

        assertThat(read.format()).isEqualTo(ReadDocument.Format.TEXT);
        assertThat(read.text().lines()).containsExactly("お知らせ", "", "東北学院大学は石巻市と協定を締結しました。");
    }

    @Test
    void an_encrypted_pdf_is_refused_naming_the_file() throws IOException {
        byte[] pdf;
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            pdf = bytes(document);
        }

        assertThatThrownBy(() -> reader.read("secret.pdf", pdf))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessage("secret.pdf: is encrypted with a password: save it without one (or give its text as a"
                        + " text file)");
    }

    @Test
    void a_pdf_of_images_only_asks_for_ocr() throws IOException {
        byte[] pdf;
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.addRect(100, 100, 200, 200);
                content.fill();
            }
            pdf = bytes(document);
        }

        assertThatThrownBy(() -> reader.read("scan.pdf", pdf))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("scan.pdf: has no text layer (1 page of images, a scan?): run OCR");
    }

    @Test
    void a_web_page_without_text_a_binary_file_and_an_empty_one_are_refused() {
        assertThatThrownBy(() -> reader.read(
                        "empty.html",
                        "<!DOCTYPE html><html><body><nav>x</nav></body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("empty.html: ");
        assertThatThrownBy(() -> reader.read("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2}))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("photo.txt: ");
        assertThatThrownBy(() -> reader.read("nothing.txt", new byte[0]))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessage("nothing.txt: is empty");
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        var out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
