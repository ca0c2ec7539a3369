package org.ecosystemgraph.api.database;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ecosystemgraph.database.CausalSessions;
import org.ecosystemgraph.database.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * The driver the application uses. With an external URI configured, Spring Boot builds it from
 * {@code spring.neo4j.*} (bolt, neo4j routing, Aura); otherwise the application starts its embedded Neo4j and
 * connects to it over Bolt like any other client.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /**
     * Spring Data Neo4j's transactions start from the bookmarks of the driver's causal chain ({@link CausalSessions}),
     * so a read of the API sees what the importer, the schema runner or the analysis committed before it, on a
     * cluster too.
     */
    @Bean
    Neo4jBookmarkManager bookmarks(Driver driver) {
        return Neo4jBookmarkManager.create(
                () -> Set.copyOf(driver.executableQueryBookmarkManager().getBookmarks()));
    }

    /** Spring Boot's, with the bookmarks above; it keeps Boot's settings (spring.transaction.default-timeout). */
    @Bean(name = "transactionManager")
    Neo4jTransactionManager transactionManager(
            Driver driver,
            DatabaseSelectionProvider databases,
            Neo4jBookmarkManager bookmarks,
            ObjectProvider<TransactionManagerCustomizers> customizers) {
        var transactions = Neo4jTransactionManager.with(driver)
                .withDatabaseSelectionProvider(databases)
                .withBookmarkManager(bookmarks)
                .build();
        customizers.ifAvailable(customizer -> customizer.customize(transactions));
        return transactions;
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(EmbeddedDatabaseProperties properties) {
            return EmbeddedNeo4j.start(properties.toSettings());
        }

        @Bean(destroyMethod = "close")
        Driver neo4jDriver(EmbeddedNeo4j neo4j, EmbeddedDatabaseProperties properties) {
            var settings = properties.toSettings();
            return GraphDatabase.driver(
                    neo4j.boltUri(),
                    settings.isLoopbackOnly() ? AuthTokens.none() : AuthTokens.basic("neo4j", settings.password()),
                    Config.builder()
                            .withConnectionTimeout(5, TimeUnit.SECONDS)
                            .withConnectionAcquisitionTimeout(5, TimeUnit.SECONDS)
                            .build());
        }

        @Bean
        DatabaseEndpoint databaseEndpoint(EmbeddedNeo4j neo4j, EmbeddedDatabaseProperties properties) {
            return new DatabaseEndpoint(
                    neo4j.boltUri(), true, !properties.toSettings().isLoopbackOnly());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.External.class)
    static class External {

        @Bean
        DatabaseEndpoint externalDatabaseEndpoint(@Value("${spring.neo4j.uri}") URI uri) {
            return new DatabaseEndpoint(uri, false, true);
        }
    }
}
