package org.ecosystemgraph.database.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.ecosystemgraph.database.EmbeddedNeo4jSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded Neo4j, used when no external database is configured ({@code NEO4J_URI} or
 * {@code spring.neo4j.uri} unset).
 */
@ConfigurationProperties("kg.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue(EmbeddedNeo4jSettings.DEFAULT_DATA_DIR)
        Path dataDir,

        @DefaultValue(EmbeddedNeo4jSettings.LOOPBACK) String boltAddress,

        @DefaultValue("" + EmbeddedNeo4jSettings.DEFAULT_BOLT_PORT)
        int boltPort,

        @DefaultValue(EmbeddedNeo4jSettings.DEFAULT_PAGE_CACHE)
        String pageCache,

        @DefaultValue(EmbeddedNeo4jSettings.DEFAULT_TRANSACTION_MEMORY)
        String transactionMemory,

        @DefaultValue(EmbeddedNeo4jSettings.DEFAULT_TRANSACTION_TIMEOUT)
        Duration transactionTimeout,

        String password) {

    public EmbeddedNeo4jSettings toSettings() {
        return new EmbeddedNeo4jSettings(
                dataDir, boltAddress, boltPort, pageCache, transactionMemory, transactionTimeout, password);
    }
}
