package org.ecosystemgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Rows printed as a table in a terminal: columns as wide as their widest cell up to {@link #MAX_WIDTH}, longer cells
 * cut with an ellipsis, each character as wide as a terminal draws it.
 */
final class Table {

    static final int MAX_WIDTH = 60;

    private Table() {}

    static void print(PrintWriter out, List<String> columns, List<List<String>> rows) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = width(columns.get(c));
            for (var row : rows) {
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, width(row.get(c))));
            }
        }
        out.println(line(columns, widths));
        for (var row : rows) {
            out.println(line(row, widths));
        }
    }

    /** Display width in a terminal, by JLine's wcwidth: wide East Asian characters two columns, … and → one. */
    static int width(String text) {
        return text.codePoints().map(WCWidth::wcwidth).map(w -> Math.max(0, w)).sum();
    }

    /** The text followed by spaces up to this display width. */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (width(cell) > widths[c]) {
                while (width(cell) > widths[c] - 1) {
                    cell = cell.substring(0, cell.offsetByCodePoints(cell.length(), -1));
                }
                cell = cell + "…";
            }
            line.append(pad(cell, widths[c]));
            line.append(c + 1 < cells.size() ? " | " : "");
        }
        return line.toString().stripTrailing();
    }
}
