package org.ecosystemgraph.importer.read;

import java.util.stream.Collectors;

/** The line conventions every reader keeps: \n line ends, no trailing spaces, no runs of blank lines. */
final class Lines {

    private Lines() {}

    static String tidy(String text) {
        String lines = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\f', '\n')
                .lines()
                .map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
        return lines.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** The first line with words on it, as a title of last resort. */
    static String first(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse(null);
    }
}
