package org.ecosystemgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.ecosystemgraph.cli.research.export.GraphFormats;
import org.junit.jupiter.api.Test;

/** Tables line up in a terminal whatever the script of their cells; CSV cells survive any character. */
class TableTest {

    @Test
    void counts_the_columns_a_terminal_draws() {
        assertThat(Table.width("東北大学")).isEqualTo(8);
        assertThat(Table.width("ＴＡＰ")).isEqualTo(6);
        // Punctuation that is narrow in a terminal, though its code point lies above the CJK range start.
        assertThat(Table.width("…—→")).isEqualTo(3);
        // One character outside the Basic Multilingual Plane, two chars in Java, two columns on screen.
        assertThat(Table.width("𠮷野家")).isEqualTo(6);
    }

    @Test
    void lines_up_japanese_and_latin_cells() {
        var text = new StringWriter();
        Table.print(
                new PrintWriter(text, true),
                List.of("name", "sector"),
                List.of(List.of("東北大学", "ACADEMIA"), List.of("TAP → 10", "SUPPORT")));
        List<String> lines = text.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().map(line -> Table.width(line.substring(0, line.indexOf('|')))))
                .containsOnly(Table.width("東北大学 "));
    }

    @Test
    void quotes_csv_cells_that_hold_a_separator_a_quote_or_a_line_break_of_either_kind() {
        assertThat(GraphFormats.csvRow(List.of("東北大学", "a,b", "say \"hi\"", "line\rbreak", "two\nlines")))
                .isEqualTo("東北大学,\"a,b\",\"say \"\"hi\"\"\",\"line\rbreak\",\"two\nlines\"");
    }
}
