package org.ecosystemgraph.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ecosystemgraph.api.export.GraphFormats;
import org.ecosystemgraph.database.QueryLibrary;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Runs a query of the library, a .cypher file or an inline query, and prints the rows. Read-only by default. */
@Command(
        name = "cypher",
        mixinStandardHelpOptions = true,
        description = {
            "Run a query against the graph (embedded, or NEO4J_URI) and print the result.",
            "QUERY is the name of a library query (./kg cypher --list), a .cypher file, or Cypher text.",
            "Parameters the query uses but are not given are null. Queries run in a read transaction unless --write."
        })
class CypherCommand implements Callable<Integer> {

    enum Format {
        table,
        csv,
        json
    }

    @Parameters(paramLabel = "QUERY", arity = "0..1")
    String query;

    @Option(
            names = "--param",
            paramLabel = "NAME=VALUE",
            description = "a query parameter; numbers, true/false and null are typed")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "sets $asOf for queries that look at time (YYYY[-MM[-DD]])")
    String asOf;

    @Option(names = "--format", description = "table (default), csv or json")
    Format format = Format.table;

    @Option(names = "--write", description = "allow the query to write")
    boolean write;

    @Option(names = "--list", description = "list the library's queries and their questions")
    boolean list;

    @Unmatched
    List<String> applicationArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var library = QueryLibrary.bundled();
        if (list || query == null) {
            library.queries().forEach(q -> out.printf("%-36s %s%n", q.name(), q.question()));
            out.flush();
            return 0;
        }
        String cypher = cypherOf(library);
        Map<String, Object> values = new LinkedHashMap<>();
        QueryLibrary.parse("query", cypher).parameters().forEach(name -> values.put(name, null));
        parameters.forEach((name, value) -> values.put(name, typed(value)));
        if (asOf != null) {
            values.put("asOf", asOf);
        }
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (var graph = GraphConnection.open(applicationArguments);
                var session = graph.driver()
                        .session(SessionConfig.builder()
                                .withDefaultAccessMode(write ? AccessMode.WRITE : AccessMode.READ)
                                .build())) {
            var work = (org.neo4j.driver.TransactionCallback<Void>) tx -> {
                var result = tx.run(cypher, values);
                columns.addAll(result.keys());
                result.forEachRemaining(record -> rows.add(record.asMap(CypherCommand::plain)));
                return null;
            };
            if (write) {
                session.executeWrite(work);
            } else {
                session.executeRead(work);
            }
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            throw new CommandException(
                    "The query failed: " + e.getMessage() + (write ? "" : " (queries are read-only unless --write)"));
        }
        print(out, columns, rows);
        return 0;
    }

    private String cypherOf(QueryLibrary library) throws IOException {
        var fromLibrary = library.find(query);
        if (fromLibrary.isPresent()) {
            return fromLibrary.get().cypher();
        }
        if (query.endsWith(".cypher")) {
            Path file = Path.of(query);
            if (!Files.isRegularFile(file)) {
                throw new CommandException(query + ": no such file (and no library query of that name)");
            }
            return QueryLibrary.parse(file.getFileName().toString(), Files.readString(file))
                    .cypher();
        }
        return query;
    }

    /** Values as plain maps and lists, so that nodes, relationships and paths print as JSON too. */
    static Object plain(org.neo4j.driver.Value value) {
        return switch (value.type().name()) {
            case "NODE" -> {
                Map<String, Object> node = new LinkedHashMap<>();
                node.put("labels", value.asNode().labels());
                node.putAll(value.asNode().asMap(CypherCommand::plain));
                yield node;
            }
            case "RELATIONSHIP" -> {
                Map<String, Object> relationship = new LinkedHashMap<>();
                relationship.put("type", value.asRelationship().type());
                relationship.putAll(value.asRelationship().asMap(CypherCommand::plain));
                yield relationship;
            }
            case "PATH" -> {
                List<Object> nodes = new ArrayList<>();
                value.asPath().nodes().forEach(n -> nodes.add(plain(org.neo4j.driver.Values.value(n))));
                yield nodes;
            }
            case "LIST" -> value.asList(CypherCommand::plain);
            case "MAP" -> value.asMap(CypherCommand::plain);
            default -> value.asObject();
        };
    }

    static Object typed(String value) {
        if (value.equals("null")) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        if (value.matches("-?\\d{1,18}")) {
            return Long.parseLong(value);
        }
        return value;
    }

    private void print(PrintWriter out, List<String> columns, List<Map<String, Object>> rows)
            throws JsonProcessingException {
        var json = new ObjectMapper();
        switch (format) {
            case json -> out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
            case csv -> {
                out.println(String.join(
                        ",", columns.stream().map(GraphFormats::csvCell).toList()));
                for (var row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (String column : columns) {
                        cells.add(GraphFormats.csvCell(text(json, row.get(column))));
                    }
                    out.println(String.join(",", cells));
                }
            }
            case table -> {
                List<List<String>> cells = new ArrayList<>();
                for (var row : rows) {
                    List<String> line = new ArrayList<>();
                    for (String column : columns) {
                        line.add(text(json, row.get(column)));
                    }
                    cells.add(line);
                }
                int[] widths = new int[columns.size()];
                for (int c = 0; c < columns.size(); c++) {
                    widths[c] = width(columns.get(c));
                    for (var line : cells) {
                        widths[c] = Math.max(widths[c], Math.min(60, width(line.get(c))));
                    }
                }
                out.println(line(columns, widths));
                for (var line : cells) {
                    out.println(line(line, widths));
                }
                out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
            }
        }
        out.flush();
    }

    private static String text(ObjectMapper json, Object value) throws JsonProcessingException {
        if (value == null) {
            return "";
        }
        return value instanceof String s ? s : json.writeValueAsString(value);
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
