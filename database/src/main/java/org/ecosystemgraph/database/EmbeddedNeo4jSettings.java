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
 * @param password the password the operator chose for user {@code neo4j}, required when Bolt listens beyond loopback;
 *     on loopback, null (or empty) lets the first start generate one (see {@link BoltLogin})
 */
public record EmbeddedNeo4jSettings(
        Path dataDir,
        String boltAddress,
        int boltPort,
        String pageCache,
        String transactionMemory,
        Duration transactionTimeout,
        String password) {

    /** Neo4j's own lower bound for passwords. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    public static final String LOOPBACK = "127.0.0.1";

    /** The defaults of {@code ./kg}, for the application's properties and the command line alike. */
    public static final String DEFAULT_DATA_DIR = "data/neo4j";

    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final String DEFAULT_PAGE_CACHE = "128m";
    public static final String DEFAULT_TRANSACTION_MEMORY = "256m";
    public static final String DEFAULT_TRANSACTION_TIMEOUT = "60s";

    public EmbeddedNeo4jSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(boltAddress, "boltAddress");
        Objects.requireNonNull(pageCache, "pageCache");
        Objects.requireNonNull(transactionMemory, "transactionMemory");
        Objects.requireNonNull(transactionTimeout, "transactionTimeout");
        if (password != null && password.isEmpty()) {
            password = null;
        }
        if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("KG_EMBEDDED_PASSWORD (kg.embedded.password) must be at least "
                    + MIN_PASSWORD_LENGTH + " characters long, or unset to let the first start generate one.");
        }
        if (!isLoopback(boltAddress) && password == null) {
            throw new IllegalArgumentException("Bolt would listen on " + boltAddress + ", beyond this machine, so login"
                    + " needs a password you choose: set KG_EMBEDDED_PASSWORD (kg.embedded.password) to the password for"
                    + " user neo4j, at least " + MIN_PASSWORD_LENGTH + " characters. There is no default password.");
        }
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("Bolt port must be between 0 and 65535, was " + boltPort);
        }
    }

    /** Loopback, small memory, a free Bolt port: what tests and throw-away databases want. */
    public static EmbeddedNeo4jSettings ephemeral(Path dataDir) {
        return new EmbeddedNeo4jSettings(dataDir, LOOPBACK, 0, "64m", "256m", Duration.ofSeconds(60), null);
    }

    /** The same settings on another Bolt port. */
    public EmbeddedNeo4jSettings withBoltPort(int port) {
        return new EmbeddedNeo4jSettings(
                dataDir, boltAddress, port, pageCache, transactionMemory, transactionTimeout, password);
    }

    public boolean isLoopbackOnly() {
        return isLoopback(boltAddress);
    }

    private static boolean isLoopback(String address) {
        return address.equals(LOOPBACK) || address.equals("localhost") || address.equals("::1");
    }
}
