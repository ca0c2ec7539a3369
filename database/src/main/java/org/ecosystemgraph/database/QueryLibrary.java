package org.ecosystemgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The researchers' query library: the files of {@code cypher/queries}, one question each, with a header comment that
 * states the question and the parameters. The same files run in Neo4j Browser, in {@code ./kg cypher} and in tests.
 */
public final class QueryLibrary {

    private static final String LOCATION = "classpath*:cypher/queries/*.cypher";
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

    /** One library file. */
    public record Query(String name, String question, String header, String cypher) {

        /** The parameters the query refers to, in order of first use. */
        public Set<String> parameters() {
            Set<String> names = new LinkedHashSet<>();
            Matcher matcher = PARAMETER.matcher(cypher);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    private final List<Query> queries;

    private QueryLibrary(List<Query> queries) {
        this.queries = List.copyOf(queries);
    }

    public static QueryLibrary bundled() {
        try {
            List<Query> queries = new ArrayList<>();
            for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = file.getFilename().replaceFirst("\\.cypher$", "");
                queries.add(parse(name, file.getContentAsString(StandardCharsets.UTF_8)));
            }
            queries.sort(Comparator.comparing(Query::name));
            return new QueryLibrary(queries);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the query library " + LOCATION, e);
        }
    }

    /** Splits a file into its header comment (question, parameters, example) and the Cypher it runs. */
    public static Query parse(String name, String text) {
        StringBuilder header = new StringBuilder();
        StringBuilder cypher = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (line.strip().startsWith("//")) {
                header.append(line.strip().substring(2).strip()).append('\n');
            } else {
                cypher.append(line).append('\n');
            }
        }
        // The question runs from "Question:" to the "Parameters:" line.
        StringBuilder question = new StringBuilder();
        boolean inQuestion = false;
        for (String line : header.toString().lines().toList()) {
            if (line.startsWith("Question:")) {
                inQuestion = true;
                question.append(line.substring("Question:".length()).strip());
            } else if (line.startsWith("Parameters:")) {
                inQuestion = false;
            } else if (inQuestion) {
                question.append(' ').append(line.strip());
            }
        }
        String statement = cypher.toString().strip();
        if (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).strip();
        }
        return new Query(
                name,
                question.isEmpty() ? name : question.toString(),
                header.toString().strip(),
                statement);
    }

    public List<Query> queries() {
        return queries;
    }

    public Optional<Query> find(String name) {
        return queries.stream().filter(query -> query.name().equals(name)).findFirst();
    }
}
