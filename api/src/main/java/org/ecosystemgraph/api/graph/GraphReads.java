package org.ecosystemgraph.api.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every read of the API: one statement, run as an auto-commit read of the driver. That is one round trip (the
 * statement and the pull of its rows sent together), where an explicit transaction adds a {@code BEGIN} the driver
 * waits for and a {@code COMMIT}: measured, a quarter to a half of a request's time (docs/performance.md). Each read
 * is still a transaction of its own in the database:
 *
 * <ul>
 *   <li>cut at the API's time limit ({@code kg.graphql.read-timeout});
 *   <li>in read mode, so a cluster's readers take it and the database refuses a write;
 *   <li>started from the driver's causal chain of bookmarks ({@link org.ecosystemgraph.database.CausalSessions}), so it
 *       sees what the importer, the schema migrations or the analysis committed before it, on a cluster too.
 * </ul>
 *
 * <p>On the embedded default the same statements run {@link EmbeddedNeo4j#read in this process} instead
 * ({@code kg.graphql.in-process-reads}, on by default): read-only, cut at the same limit, the rows as the driver's
 * records, and no Bolt between the two halves of one JVM. What the driver commits is visible to them at once, as
 * there is one store and no replica to lag behind.
 */
@Component
public class GraphReads {

    private final Driver driver;
    private final SessionConfig sessions;
    private final TransactionConfig limit;
    private final Duration timeout;
    private final EmbeddedNeo4j inProcess;

    public GraphReads(
            Driver driver,
            @Value("${kg.graphql.read-timeout:10s}") Duration timeout,
            @Value("${kg.graphql.in-process-reads:true}") boolean inProcessReads,
            ObjectProvider<EmbeddedNeo4j> embedded) {
        this.driver = driver;
        this.timeout = timeout;
        this.inProcess = inProcessReads ? embedded.getIfAvailable() : null;
        this.sessions = SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager())
                .build();
        this.limit = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** The rows of {@code cypher}, each mapped by {@code row}. */
    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        if (inProcess != null) {
            return inProcess.read(cypher, parameters, timeout, row);
        }
        try (var session = driver.session(sessions)) {
            return session.run(new Query(cypher, parameters), limit).list(row::apply);
        }
    }

    public <T> List<T> list(String cypher, Function<Record, T> row) {
        return list(cypher, Map.of(), row);
    }

    /** The one row of {@code cypher}, mapped by {@code row}, or none; more than one row is a mistake in the query. */
    public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        List<T> rows = list(cypher, parameters, row);
        if (rows.size() > 1) {
            throw new IllegalStateException("Expected at most one row, got " + rows.size() + " from: " + cypher);
        }
        return rows.stream().findFirst();
    }
}
