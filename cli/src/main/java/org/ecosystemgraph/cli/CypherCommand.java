package org.ecosystemgraph.cli;

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
import org.ecosystemgraph.cli.GraphConnection.Access;
import org.ecosystemgraph.cli.research.export.GraphFormats;
import org.ecosystemgraph.database.QueryLibrary;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a query of the library, a .cypher file or an inline query, and prints the rows. Read-only by default. */
@Command(
        name = "cypher",
        mixinStandardHelpOptions = true,
        description = {
            "Run a query against the graph (the embedded store, or a server: --uri, NEO4J_URI) and print the result.",
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

    @Mixin
    DatabaseOptions database;

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
        PrintWriter err = spec.commandLine().getErr();
        try (var graph = GraphConnection.open(database, write ? Access.WRITE : Access.READ);
                var session = graph.driver()
                        .session(SessionConfig.builder()
                                .withDefaultAccessMode(write ? AccessMode.WRITE : AccessMode.READ)
                                .build())) {
            if (graph.isEmpty()) {
                err.println("Warning: " + database.where() + " holds no document: is this the graph you meant?"
                        + " (./kg import bundled loads the bundled corpus; --data-dir or --uri name another graph)");
                err.flush();
            }
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
                out.println(GraphFormats.csvRow(columns));
                for (var row : rows) {
                    List<String> cells = new ArrayList<>();
                    for (String column : columns) {
                        cells.add(text(json, row.get(column)));
                    }
                    out.println(GraphFormats.csvRow(cells));
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
                Table.print(out, columns, cells);
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
}
