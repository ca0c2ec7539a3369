package org.ecosystemgraph.database;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.util.QueryKeys;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Neo4j started inside this JVM from the Maven Central jars, reachable through Bolt on the configured address,
 * with login always on (see {@link BoltLogin}). The application writes to it with the driver, exactly as it would to a
 * Neo4j server, so that one code path serves the embedded default, a server, a cluster and Aura; only the API's reads
 * may also run {@link #read in this process}, where Bolt would encode and decode every row on the same two cores.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService management;
    private final URI boltUri;
    private final Path dataDir;
    private final BoltLogin login;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final GraphDatabaseAPI database;
    private final SecurityContext readOnly;
    /** What {@link #beforeRead} added; null, and no cost, when nothing did. */
    private volatile UnaryOperator<Query> beforeRead;

    private EmbeddedNeo4j(DatabaseManagementService management, URI boltUri, Path dataDir, BoltLogin login) {
        this.management = management;
        this.boltUri = boltUri;
        this.dataDir = dataDir;
        this.login = login;
        this.database = (GraphDatabaseAPI) management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        this.readOnly = SecurityContext.authDisabled(
                AccessMode.Static.READ, ClientConnectionInfo.EMBEDDED_CONNECTION, database.databaseName());
    }

    /**
     * Starts Neo4j on the settings' data dir, creating it if needed; returns once Bolt accepts connections.
     *
     * @throws StoreInUse when another live process runs this store
     */
    public static EmbeddedNeo4j start(EmbeddedNeo4jSettings settings) {
        long started = System.nanoTime();
        Path home = settings.dataDir().toAbsolutePath();
        StoreInUse.of(home).ifPresent(holder -> {
            throw holder;
        });
        boolean hadLogin = BoltLogin.kept(home).isPresent();
        BoltLogin login = BoltLogin.forStore(home, settings.password());
        boolean newStore = BoltLogin.isNewStore(home);
        if (newStore) {
            login.setInitialPassword(home);
        }
        var boltAddress = new SocketAddress(settings.boltAddress(), settings.boltPort());
        // Listening on every interface, Bolt is reached on this machine through loopback.
        String localHost = isWildcard(settings.boltAddress()) ? EmbeddedNeo4jSettings.LOOPBACK : settings.boltAddress();
        DatabaseManagementService management = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, boltAddress)
                .setConfig(BoltConnector.advertised_address, new SocketAddress(localHost, settings.boltPort()))
                // Even on loopback: a web page in this machine's browser reaches Bolt over WebSocket from any origin.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                .setConfig(
                        GraphDatabaseSettings.memory_transaction_global_max_size,
                        ByteUnit.parse(settings.transactionMemory()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, settings.transactionTimeout())
                // An import grows the graph from nothing in minutes; replanning every statement each time the
                // statistics move (the defaults: 75% divergence, every 10 s) cost a third of the import's time.
                .setConfig(GraphDatabaseSettings.query_statistics_divergence_threshold, 0.9)
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(2))
                // Bolt's network threads wait 5 s for quiet, twice, before they stop: a command would take 10 s to end
                // and ./kg serve as long to stop. Connections are closed by then; nothing is left to wait for.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                // A stop waits this long for running transactions (a document being imported), then rolls them back.
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                // Neo4j Browser reads this over Bolt: no usage reports from a tool that runs on people's machines.
                .setConfig(ServerSettings.allow_telemetry, false)
                // Neo4j Browser may play guides from the application on this machine, by either name of it.
                .setConfig(
                        ServerSettings.browser_remote_content_hostname_whitelist,
                        "guides.neo4j.com,localhost,127.0.0.1")
                .build();
        try {
            if (!newStore && (login.chosen() || !hadLogin)) {
                changePassword(management, login);
            }
            GraphDatabaseService database = management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            int boltPort = ((GraphDatabaseAPI) database)
                    .getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            URI boltUri = URI.create("bolt://" + localHost + ":" + boltPort);
            log.info(
                    "Embedded Neo4j started in {} ms: store {}, Bolt {}",
                    (System.nanoTime() - started) / 1_000_000,
                    home,
                    boltUri);
            StoreInUse.claim(home, boltUri);
            return new EmbeddedNeo4j(management, boltUri, home, login);
        } catch (RuntimeException e) {
            management.shutdown();
            throw e;
        }
    }

    /**
     * Gives an existing store the password of this start: the operator's, or a generated one for a store made before
     * login was required. In-process transactions need no login.
     */
    private static void changePassword(DatabaseManagementService management, BoltLogin login) {
        try {
            management
                    .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                            Map.of("password", login.password()));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password the user already has, which is all this start wants.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }

    /**
     * The rows of one statement, run in this process as a read-only transaction of its own that is cut at
     * {@code limit}, each handed to {@code row} as the driver's record of it: the same values a read over Bolt gives,
     * without encoding, decoding and the round trip. The transaction is never committed.
     */
    public <T> List<T> read(String cypher, Map<String, Object> parameters, Duration limit, Function<Record, T> row) {
        UnaryOperator<Query> steps = beforeRead;
        if (steps != null) {
            Query query = steps.apply(new Query(cypher, parameters));
            cypher = query.text();
            parameters = query.parameters().asMap();
        }
        try (var tx = database.beginTransaction(
                        KernelTransaction.Type.EXPLICIT,
                        readOnly,
                        ClientConnectionInfo.EMBEDDED_CONNECTION,
                        limit.toMillis(),
                        TimeUnit.MILLISECONDS);
                Result result = tx.execute(cypher, parameters)) {
            List<String> columns = result.columns();
            var keys = new QueryKeys(columns);
            List<T> rows = new ArrayList<>();
            while (result.hasNext()) {
                Map<String, Object> next = result.next();
                List<Value> values = new ArrayList<>(columns.size());
                for (String column : columns) {
                    values.add(InProcessValues.of(next.get(column)));
                }
                rows.add(row.apply(new InternalRecord(keys, values)));
            }
            return rows;
        }
    }

    /**
     * Hands every statement {@link #read} runs to {@code step} first, after the steps added before it; what it returns
     * is what runs. For benchmarks and tests, which count, record or slow down the reads.
     */
    public void beforeRead(UnaryOperator<Query> step) {
        UnaryOperator<Query> earlier = beforeRead;
        beforeRead = earlier == null ? step : query -> step.apply(earlier.apply(query));
    }

    /** Where drivers connect: {@code bolt://address:port}. */
    public URI boltUri() {
        return boltUri;
    }

    /** The login of user {@code neo4j}, which every Bolt client needs. */
    public BoltLogin login() {
        return login;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        management.shutdown();
        StoreInUse.release(dataDir);
        log.info("Embedded Neo4j stopped: store {}", dataDir);
    }
}
