package org.ecosystemgraph.api.database;

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
        @DefaultValue("./data/neo4j") Path dataDir,
        @DefaultValue(EmbeddedNeo4jSettings.LOOPBACK) String boltAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("128m") String pageCache,
        @DefaultValue("256m") String transactionMemory,
        @DefaultValue("60s") Duration transactionTimeout,
        String password) {

    EmbeddedNeo4jSettings toSettings() {
        return new EmbeddedNeo4jSettings(
                dataDir, boltAddress, boltPort, pageCache, transactionMemory, transactionTimeout, password);
    }
}
