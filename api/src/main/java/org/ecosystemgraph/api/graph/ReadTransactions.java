package org.ecosystemgraph.api.graph;

import java.util.Set;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * The API's transactions, all read-only: Spring Data Neo4j's, started from the bookmarks of the driver's causal chain
 * ({@link org.ecosystemgraph.database.CausalSessions}), so that a read of the API sees what the importer, the schema
 * migrations or the analysis committed before it, on a cluster too.
 */
@Configuration(proxyBeanMethods = false)
class ReadTransactions {

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
}
