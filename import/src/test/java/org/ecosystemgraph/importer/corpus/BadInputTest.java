package org.ecosystemgraph.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.ecosystemgraph.database.EmbeddedNeo4jFixture;
import org.ecosystemgraph.database.GraphDump;
import org.ecosystemgraph.database.Neo4jFixture;
import org.ecosystemgraph.importer.dataset.DatasetException;
import org.ecosystemgraph.importer.dataset.DatasetReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken inputs ({@code bad-inputs/}, plus the ones made here): each is refused with a message naming
 * the file and what is wrong where, and the graph, holding the whole bundled corpus, stays the same line for line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private static final String DOCUMENT = DeclarationCorpus.DOCUMENT;

    private final Neo4jFixture neo4j = EmbeddedNeo4jFixture.shared();
    private GraphDump before;

    @TempDir
    Path corpus;

    @BeforeAll
    void aGraphHoldingTheBundledCorpus() {
        neo4j.clear();
        new CorpusImporter(neo4j.driver()).load(BundledCorpus.load());
        before = GraphDump.of(neo4j.driver());
    }

    @BeforeEach
    void aCorpusFolderWithTheDeclaration() throws IOException {
        DeclarationCorpus.writeTo(corpus);
    }

    /** A broken dataset: its name, how to write it, and what the message must say. */
    record BadInput(String name, Writer writer, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Writer {
        void write(Path file) throws IOException;
    }

    Stream<Arguments> badInputs() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/bad-inputs").toURI());
        Stream<BadInput> committed;
        try (var files = Files.list(folder)) {
            committed =
                    files
                            .filter(f -> f.toString().endsWith(".yaml"))
                            .sorted()
                            .map(BadInputTest::committed)
                            .toList()
                            .stream();
        }
        String sound = "document: " + DOCUMENT + "\norganizations:\n  - name: 一般社団法人みやぎ工業会\n";
        Stream<BadInput> made = Stream.of(
                new BadInput("empty file", file -> Files.write(file, new byte[0]), List.of("is empty")),
                new BadInput("only blanks", file -> Files.writeString(file, "\n  \n\t\n"), List.of("is empty")),
                new BadInput(
                        "invalid UTF-8",
                        file -> Files.write(file, concat(sound.getBytes(StandardCharsets.UTF_8), new byte[] {
                            ' ', ' ', ' ', ' ', 's', 'e', 'c', 't', 'o', 'r', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'
                        })),
                        List.of("line 4", "is not UTF-8", "0xC3")),
                new BadInput(
                        "Shift-JIS text",
                        file -> Files.write(file, sound.getBytes(Charset.forName("Shift_JIS"))),
                        List.of("line 3", "is not UTF-8")),
                new BadInput("a 50 MB file", BadInputTest::fiftyMegabytes, List.of("is larger than 16 MB")));
        return Stream.concat(committed, made).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void a_bad_input_is_named_and_leaves_the_graph_as_it_was(BadInput input) throws IOException {
        Path file = corpus.resolve("datasets").resolve(DOCUMENT + ".yaml");
        input.writer().write(file);
        Throwable thrown = catchThrowable(() -> new CorpusImporter(neo4j.driver()).load(DirectoryCorpus.open(corpus)));
        assertThat(thrown).isInstanceOf(DatasetException.class);
        assertThat(thrown.getMessage()).contains(file.toString());
        assertThat(thrown.getMessage()).contains(input.expected());
        assertThat(thrown.getMessage())
                .doesNotContain("Exception", "\tat ", "org.ecosystemgraph", "java.", "class ")
                .doesNotContainPattern("\\$[A-Z]");
        System.out.println("bad input " + input.name() + ":\n"
                + thrown.getMessage()
                        .replace(file.toString(), file.getFileName().toString()));
        GraphDump after = GraphDump.of(neo4j.driver());
        assertThat(after.lines()).isEqualTo(before.lines());
    }

    private static BadInput committed(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
            assertThat(first).as(file + " starts with # expect:").startsWith("# expect: ");
            List<String> expected = Arrays.stream(
                            first.substring("# expect: ".length()).split("; "))
                    .map(String::strip)
                    .toList();
            return new BadInput(
                    file.getFileName().toString(),
                    target -> Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING),
                    expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fiftyMegabytes(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("document: " + DOCUMENT + "\norganizations:\n").getBytes(StandardCharsets.UTF_8));
            byte[] record = "  - {name: みやぎ工業会, sector: INDUSTRY, kinds: [INDUSTRY_ASSOCIATION]}\n"
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += record.length) {
                out.write(record);
            }
        }
        assertThat(Files.size(file)).isGreaterThan(DatasetReader.MAX_BYTES);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
