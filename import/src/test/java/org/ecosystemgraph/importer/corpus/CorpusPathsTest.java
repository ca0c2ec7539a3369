package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A corpus reads the files of its own documents folder and no other, whatever its catalogue names. */
class CorpusPathsTest {

    @TempDir
    Path corpus;

    @TempDir
    Path elsewhere;

    @BeforeEach
    void aCorpusWithTheDeclaration() throws IOException {
        DeclarationCorpus.writeTo(corpus);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../../../../../etc/passwd",
                "/etc/passwd",
                "../documents.yaml",
                "sub/../../datasets/x.yaml",
                ".",
                ""
            })
    void a_file_outside_the_documents_folder_is_refused_when_the_corpus_opens(String file) throws IOException {
        catalogueNaming(file);

        assertThatThrownBy(() -> DirectoryCorpus.open(corpus))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining(corpus.resolve("documents.yaml").toString())
                .hasMessageContaining("documents: " + DeclarationCorpus.DOCUMENT + ": file " + file + " lies outside")
                .hasMessageContaining("reads only the files in its own documents folder");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void a_link_to_a_file_elsewhere_is_refused(boolean toAFolder) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "not part of any corpus");
        Files.createSymbolicLink(corpus.resolve("documents").resolve("link"), toAFolder ? elsewhere : secret);
        catalogueNaming(toAFolder ? "link/secret.txt" : "link");

        assertThatThrownBy(() -> DirectoryCorpus.open(corpus))
                .isInstanceOf(DatasetException.class)
                .hasMessageContaining("lies outside " + corpus.resolve("documents"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub/declaration.txt", "./declaration.txt"})
    void a_file_in_a_folder_of_the_documents_is_read(String file) throws IOException {
        Path text = corpus.resolve("documents").resolve(file).normalize();
        Files.createDirectories(text.getParent());
        Files.writeString(text, "東北イノベーション宣言");
        catalogueNaming(file);

        var opened = DirectoryCorpus.open(corpus);
        assertThat(opened.text(opened.documents().get(0))).isEqualTo("東北イノベーション宣言");
    }

    private void catalogueNaming(String file) throws IOException {
        Files.writeString(corpus.resolve("documents.yaml"), """
                documents:
                  - id: %s
                    file: "%s"
                    title: 東北イノベーション宣言
                    publisher: TAP
                    published: "2024-03-18"
                """.formatted(DeclarationCorpus.DOCUMENT, file));
    }
}
