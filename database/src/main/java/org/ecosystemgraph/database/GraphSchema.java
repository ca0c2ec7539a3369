package org.ecosystemgraph.database;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The graph's schema and its data migrations: the files {@code cypher/schema/V0001__what_it_does.cypher}, applied by
 * neo4j-migrations in version order, each once. Which ones a database has had, with their checksums, is recorded in
 * the database itself ({@code __Neo4jMigration} nodes), so a file that has been applied must never change: a change
 * goes in a new file.
 */
public final class GraphSchema {

    /** Where the files are on the classpath: copied there from the top-level {@code cypher/schema} folder. */
    static final String LOCATION = "cypher/schema";

    /** The label of neo4j-migrations' own bookkeeping nodes, which are not part of the graph's content. */
    public static final String BOOKKEEPING_LABEL = "__Neo4jMigration";

    /** Building an index over a large graph takes a while; the database's short default is for queries. */
    static final Duration DEFAULT_TRANSACTION_TIMEOUT = Duration.ofMinutes(30);

    private GraphSchema() {}

    /** Applies the files a database has not had yet; returns the version it is at then. */
    public static Optional<MigrationVersion> applyTo(Driver driver) {
        return applyTo(driver, DEFAULT_TRANSACTION_TIMEOUT);
    }

    /** The same, each statement in a transaction that may take up to {@code transactionTimeout}. */
    public static Optional<MigrationVersion> applyTo(Driver driver, Duration transactionTimeout) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withResourceScanner(new SpringResourceScanner())
                // Schema statements may not share a transaction with writes, nor a data migration with them.
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_STATEMENT)
                .withInstalledBy("ecosystem-graph")
                .withTransactionTimeout(transactionTimeout)
                .build();
        return new Migrations(config, driver).apply();
    }

    /**
     * Finds the files with Spring's resource resolver, which reads them out of the application's nested jars as
     * readily as out of a build folder, instead of scanning the whole classpath.
     */
    private static final class SpringResourceScanner implements ClasspathResourceScanner {

        @Override
        public List<URL> scan(List<String> locations) {
            var resolver = new PathMatchingResourcePatternResolver();
            List<URL> found = new ArrayList<>();
            try {
                for (String location : locations) {
                    for (Resource file : resolver.getResources("classpath*:" + location + "/*.cypher")) {
                        found.add(file.getURL());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the schema files in " + locations, e);
            }
            return found;
        }
    }
}
