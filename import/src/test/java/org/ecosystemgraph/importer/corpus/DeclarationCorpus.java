package org.ecosystemgraph.importer.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A corpus folder holding one bundled document, 東北イノベーション宣言, for tests to put a dataset beside. */
final class DeclarationCorpus {

    static final String DOCUMENT = "tohoku-innovation-declaration-2024";

    private DeclarationCorpus() {}

    /** Writes the folder's catalogue and the declaration's text; returns where its dataset goes. */
    static Path writeTo(Path corpus) throws IOException {
        Files.createDirectories(corpus.resolve("documents"));
        Files.createDirectories(corpus.resolve("datasets"));
        var bundled = BundledCorpus.load();
        var declaration = bundled.documents().stream()
                .filter(d -> d.id().equals(DOCUMENT))
                .findFirst()
                .orElseThrow();
        Files.writeString(corpus.resolve("documents").resolve(declaration.file()), bundled.text(declaration));
        Files.writeString(corpus.resolve("documents.yaml"), """
                documents:
                  - id: %s
                    file: %s
                    title: 東北イノベーション宣言
                    publisher: TAP
                    published: "2024-03-18"
                """.formatted(DOCUMENT, declaration.file()));
        return corpus.resolve("datasets").resolve(DOCUMENT + ".yaml");
    }
}
