package org.ecosystemgraph.importer.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each record of a dataset file begins, so that a problem found later (a quote not on its lines, a name not
 * defined) names the line of the file as well as the record: {@code line 12, organizations[3] (東北大学).source: …}.
 */
public final class RecordLines {

    /** A problem's record path at its start: organizations[3], agreements[0].clauses[2] … */
    private static final Pattern RECORD = Pattern.compile("^(\\w+\\[\\d+](?:\\.\\w+\\[\\d+])*)");

    private final Map<String, Integer> lines;

    private RecordLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The lines of the records of a dataset's text; none when it does not parse (its reader said why already). */
    public static RecordLines of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    lines.putIfAbsent(
                            parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            return new RecordLines(Map.of());
        }
        return new RecordLines(lines);
    }

    /** The problem with the line of its record in front, if it names one. */
    public String locate(String problem) {
        Matcher record = RECORD.matcher(problem);
        if (!record.find()) {
            return problem;
        }
        String pointer = "/" + record.group(1).replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        Integer line = lines.get(pointer);
        return line == null ? problem : "line " + line + ", " + problem;
    }

    public List<String> locate(List<String> problems) {
        return problems.stream().map(this::locate).toList();
    }
}
