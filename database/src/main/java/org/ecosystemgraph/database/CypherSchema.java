package org.ecosystemgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The graph's constraints and indexes: the files {@code cypher/schema/V0001__name.cypher}, applied in version order.
 * Every statement is written with {@code IF NOT EXISTS}, so applying the schema again changes nothing.
 */
public final class CypherSchema {

    private static final Logger log = LoggerFactory.getLogger(CypherSchema.class);
    private static final String LOCATION = "classpath*:cypher/schema/V*__*.cypher";

    /** One schema file: its version, its name and the statements it holds. */
    public record Script(int version, String name, List<String> statements) {}

    private final List<Script> scripts;

    private CypherSchema(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The schema bundled with the application (copied from the top-level {@code cypher/schema} folder). */
    public static CypherSchema bundled() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<Script> scripts = new ArrayList<>();
            for (Resource file : files) {
                scripts.add(parse(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8)));
            }
            scripts.sort(Comparator.comparingInt(Script::version));
            return new CypherSchema(scripts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema files " + LOCATION, e);
        }
    }

    static Script parse(String fileName, String text) {
        if (fileName == null || !fileName.matches("V\\d+__\\w+\\.cypher")) {
            throw new IllegalArgumentException(
                    "Schema file " + fileName + " is not named like V0001__what_it_does.cypher");
        }
        int version = Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
        String name = fileName.substring(fileName.indexOf("__") + 2, fileName.length() - ".cypher".length());
        StringBuilder withoutComments = new StringBuilder();
        text.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .forEach(line -> withoutComments.append(line).append('\n'));
        List<String> statements = Arrays.stream(withoutComments.toString().split(";"))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
        return new Script(version, name, statements);
    }

    public List<Script> scripts() {
        return scripts;
    }

    /** Applies every script, in order, each statement in its own transaction as Neo4j requires for schema changes. */
    public void applyTo(Driver driver) {
        try (var session = CausalSessions.open(driver)) {
            for (Script script : scripts) {
                for (String statement : script.statements()) {
                    session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
                }
                log.debug("Schema V{} {} applied", script.version(), script.name());
            }
        }
        log.info("Schema applied: {} files", scripts.size());
    }
}
