package org.ecosystemgraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the embedded Neo4j is laid out and sized. Memory is set explicitly so that Neo4j never sizes its page cache
 * from the machine's RAM.
 *
 * @param dataDir Neo4j's home: the store, transaction logs and Neo4j's own logs live below it
 * @param boltAddress the interface Bolt listens on; loopback unless the operator opens it
 * @param boltPort Bolt's port (also WebSocket, for Neo4j Browser); 0 picks a free one
 * @param pageCache page cache size in Neo4j's notation, such as {@code 128m}
 * @param transactionMemory the memory all running transactions may use together, such as {@code 256m}
 * @param transactionTimeout the longest a transaction may run before Neo4j rolls it back
 */
public record EmbeddedNeo4jSettings(
        Path dataDir,
        String boltAddress,
        int boltPort,
        String pageCache,
        String transactionMemory,
        Duration transactionTimeout) {

    public static final String LOOPBACK = "127.0.0.1";

    public EmbeddedNeo4jSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(boltAddress, "boltAddress");
        Objects.requireNonNull(pageCache, "pageCache");
        Objects.requireNonNull(transactionMemory, "transactionMemory");
        Objects.requireNonNull(transactionTimeout, "transactionTimeout");
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("Bolt port must be between 0 and 65535, was " + boltPort);
        }
    }

    /** Loopback, small memory, a free Bolt port: what tests and throw-away databases want. */
    public static EmbeddedNeo4jSettings ephemeral(Path dataDir) {
        return new EmbeddedNeo4jSettings(dataDir, LOOPBACK, 0, "64m", "256m", Duration.ofSeconds(60));
    }

    public boolean isLoopbackOnly() {
        return boltAddress.equals(LOOPBACK) || boltAddress.equals("localhost") || boltAddress.equals("::1");
    }
}
