package org.ecosystemgraph.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Rows printed as a table in a terminal: columns as wide as their widest cell up to {@link #MAX_WIDTH}, longer cells
 * cut with an ellipsis, East Asian characters counted two columns wide.
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

    /** Display width: East Asian characters take two columns in a terminal. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) >= 0x1100 ? 2 : 1;
        }
        return width;
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (width(cell) > widths[c]) {
                while (width(cell) > widths[c] - 1) {
                    cell = cell.substring(0, cell.length() - 1);
                }
                cell = cell + "…";
            }
            line.append(cell).append(" ".repeat(Math.max(0, widths[c] - width(cell))));
            line.append(c + 1 < cells.size() ? " | " : "");
        }
        return line.toString().stripTrailing();
    }
}
