package org.ecosystemgraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

class EmbeddedNeo4jTest {

    @Test
    void keeps_its_data_across_a_restart(@TempDir Path dataDir) {
        String password;
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
                var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
            driver.executableQuery("CREATE (:Document {id: '000', title: '仙台市と東北大学との地域経済発展に関する協定'})")
                    .execute();
            password = neo4j.login().password();
        }
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
                var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
            assertThat(neo4j.login().password()).isEqualTo(password);
            var title = driver.executableQuery("MATCH (d:Document {id: '000'}) RETURN d.title AS title")
                    .execute()
                    .records()
                    .get(0)
                    .get("title")
                    .asString();
            assertThat(title).isEqualTo("仙台市と東北大学との地域経済発展に関する協定");
        }
    }

    @Test
    void listens_for_bolt_on_loopback_only() {
        var neo4j = EmbeddedNeo4jFixture.shared();
        assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(neo4j.boltUri().getPort()).isPositive();
    }

    @Test
    void asks_for_a_login_on_loopback_too_with_a_password_kept_for_its_owner_only(@TempDir Path dataDir)
            throws Exception {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir))) {
            assertLoginRequired(neo4j.boltUri());
            Path file = dataDir.resolve(BoltLogin.FILE);
            assertThat(Files.readString(file).strip()).isEqualTo(neo4j.login().password());
            assertThat(neo4j.login().password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(BoltLogin.kept(dataDir)).contains(neo4j.login());
        }
    }

    @Test
    void opened_beyond_loopback_it_requires_a_password_the_operator_chose(@TempDir Path dataDir) {
        assertThatThrownBy(() ->
                        new EmbeddedNeo4jSettings(dataDir, "0.0.0.0", 0, "64m", "256m", Duration.ofSeconds(60), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KG_EMBEDDED_PASSWORD")
                .hasMessageContaining("no default password");
        assertThatThrownBy(() -> new EmbeddedNeo4jSettings(
                        dataDir, "127.0.0.1", 0, "64m", "256m", Duration.ofSeconds(60), "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 8 characters");
        // A password may start with a dash, as a generated one sometimes does.
        var opened = new EmbeddedNeo4jSettings(
                dataDir, "0.0.0.0", 0, "64m", "256m", Duration.ofSeconds(60), "-operator-chosen-secret");
        try (var neo4j = EmbeddedNeo4j.start(opened)) {
            URI bolt = URI.create("bolt://127.0.0.1:" + neo4j.boltUri().getPort());
            assertLoginRequired(bolt);
            try (var operator = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "-operator-chosen-secret"))) {
                assertThat(answer(operator)).isEqualTo(1);
            }
            assertThat(dataDir.resolve(BoltLogin.FILE)).doesNotExist();
        }
    }

    /** The operator's password replaces a generated one, and a start without it generates a new one again. */
    @Test
    void takes_the_password_the_operator_sets_later_and_a_new_one_when_it_is_unset(@TempDir Path dataDir) {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir))) {
            assertThat(neo4j.login().chosen()).isFalse();
        }
        var chosen = new EmbeddedNeo4jSettings(
                dataDir, "127.0.0.1", 0, "64m", "256m", Duration.ofSeconds(60), "operator-chosen-secret");
        try (var neo4j = EmbeddedNeo4j.start(chosen);
                var operator =
                        GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "operator-chosen-secret"))) {
            assertThat(answer(operator)).isEqualTo(1);
            assertThat(dataDir.resolve(BoltLogin.FILE)).doesNotExist();
        }
        try (var neo4j = EmbeddedNeo4j.start(chosen);
                var operator =
                        GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
            assertThat(answer(operator)).isEqualTo(1);
        }
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
                var owner = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
            assertThat(neo4j.login().password()).isNotEqualTo("operator-chosen-secret");
            assertThat(answer(owner)).isEqualTo(1);
        }
    }

    /** A store that an earlier version ran without login gets a generated password on its next start. */
    @Test
    void gives_a_store_made_without_login_a_password(@TempDir Path dataDir) {
        var unauthenticated = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .build();
        unauthenticated
                .database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("CREATE (:Document {id: '001'})");
        unauthenticated.shutdown();
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir))) {
            assertLoginRequired(neo4j.boltUri());
            try (var owner = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
                assertThat(owner.executableQuery("MATCH (d:Document) RETURN count(d) AS n")
                                .execute()
                                .records()
                                .get(0)
                                .get("n")
                                .asInt())
                        .isEqualTo(1);
            }
        }
    }

    /**
     * A script on any web page can open a WebSocket to Bolt, sending its page's origin or none; Neo4j does not look at
     * it, so the login is what stops it. Without the password nothing is written, whatever the origin; three wrong
     * passwords in a row lock the user for a few seconds, so a page cannot try many.
     */
    @Test
    void refuses_websocket_clients_without_the_login_whatever_their_origin(@TempDir Path dataDir) throws Exception {
        var origins = new ArrayList<String>(
                List.of("http://evil.example", "null", "http://localhost:8080", "http://127.0.0.1:8080"));
        origins.add(null);
        var refusals = List.of(
                Map.of("scheme", "none"),
                Map.of("scheme", "basic", "principal", "neo4j", "credentials", "neo4j"),
                Map.of("scheme", "basic", "principal", "neo4j", "credentials", ""));
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir))) {
            var login = Map.of(
                    "scheme",
                    "basic",
                    "principal",
                    "neo4j",
                    "credentials",
                    neo4j.login().password());
            for (String origin : origins) {
                try (var page = WebSocketBolt.open(neo4j.boltUri(), origin)) {
                    assertThat(page.hello(login).signature())
                            .as("Origin %s", origin)
                            .isEqualTo(WebSocketBolt.SUCCESS);
                    assertThat(page.run("RETURN 1").signature()).isEqualTo(WebSocketBolt.SUCCESS);
                }
            }
            for (String origin : origins) {
                for (var auth : refusals) {
                    try (var page = WebSocketBolt.open(neo4j.boltUri(), origin)) {
                        var hello = page.hello(auth);
                        assertThat(hello.signature())
                                .as("Origin %s, HELLO %s", origin, auth)
                                .isEqualTo(WebSocketBolt.FAILURE);
                        assertThat(hello.text()).contains("Neo.ClientError.Security");
                        assertThat(page.run("CREATE (:Intruder {origin: 'page'})")
                                        .signature())
                                .isNotEqualTo(WebSocketBolt.SUCCESS);
                    } catch (IllegalStateException hungUp) {
                        // The server closed the connection after the failed login: nothing ran.
                    }
                }
            }
            // The wrong passwords locked user neo4j for a while; the owner gets in again once it is over.
            try (var owner = GraphDatabase.driver(neo4j.boltUri(), neo4j.login().authToken())) {
                assertThat(untilUnlocked(() -> owner.executableQuery("MATCH (x:Intruder) RETURN count(x) AS n")
                                .execute()
                                .records()
                                .get(0)
                                .get("n")
                                .asInt()))
                        .isZero();
            }
        }
    }

    private static <T> T untilUnlocked(Supplier<T> query) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            try {
                return query.get();
            } catch (SecurityException locked) {
                if (System.nanoTime() > giveUp) {
                    throw locked;
                }
                Thread.sleep(1000);
            }
        }
    }

    private static void assertLoginRequired(URI bolt) {
        try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
        try (var defaults = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(defaults::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
    }

    private static int answer(Driver driver) {
        return driver.executableQuery("RETURN 1 AS one")
                .execute()
                .records()
                .get(0)
                .get("one")
                .asInt();
    }

    /** Neo4j Browser speaks Bolt over a WebSocket on the Bolt port: the handshake must agree on a Bolt 5 version. */
    @Test
    void answers_the_bolt_handshake_over_websocket() throws Exception {
        URI bolt = EmbeddedNeo4jFixture.shared().boltUri();
        var reply = new CompletableFuture<ByteBuffer>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://" + bolt.getHost() + ":" + bolt.getPort()), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
                        var copy =
                                ByteBuffer.allocate(data.remaining()).put(data).flip();
                        reply.complete(copy);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        // Bolt magic preamble, then four proposed versions: 5.0 and three empty slots.
        var handshake = ByteBuffer.allocate(20).putInt(0x6060B017).putInt(0x00000005);
        socket.sendBinary(handshake.putInt(0).putInt(0).putInt(0).flip(), true).get(10, TimeUnit.SECONDS);

        ByteBuffer agreed = reply.get(10, TimeUnit.SECONDS);
        assertThat(agreed.remaining()).isEqualTo(4);
        assertThat(agreed.getInt()).isEqualTo(0x00000005);
        socket.abort();
    }
}
