package org.ecosystemgraph.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

    @Test
    void keeps_its_data_across_a_restart(@TempDir Path dataDir) {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            driver.executableQuery("CREATE (:Document {id: '000', title: '仙台市と東北大学との地域経済発展に関する協定'})")
                    .execute();
        }
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedNeo4jSettings.ephemeral(dataDir));
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
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
    void opened_beyond_loopback_it_requires_a_password_and_logs_in_with_it(@TempDir Path dataDir) {
        assertThatThrownBy(() ->
                        new EmbeddedNeo4jSettings(dataDir, "0.0.0.0", 0, "64m", "256m", Duration.ofSeconds(60), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KG_EMBEDDED_PASSWORD")
                .hasMessageContaining("no default password");
        var opened = new EmbeddedNeo4jSettings(
                dataDir, "0.0.0.0", 0, "64m", "256m", Duration.ofSeconds(60), "operator-chosen-secret");
        try (var neo4j = EmbeddedNeo4j.start(opened)) {
            URI bolt = URI.create("bolt://127.0.0.1:" + neo4j.boltUri().getPort());
            try (var anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity)
                        .isInstanceOf(org.neo4j.driver.exceptions.SecurityException.class);
            }
            try (var wrong = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "neo4j"))) {
                assertThatThrownBy(wrong::verifyConnectivity)
                        .isInstanceOf(org.neo4j.driver.exceptions.SecurityException.class);
            }
            try (var operator = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "operator-chosen-secret"))) {
                assertThat(operator.executableQuery("RETURN 1 AS one")
                                .execute()
                                .records()
                                .get(0)
                                .get("one")
                                .asInt())
                        .isEqualTo(1);
            }
        }
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
