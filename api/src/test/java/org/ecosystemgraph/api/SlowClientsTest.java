package org.ecosystemgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their request bodies a byte at a time do not hold the web server: 250 of them at once, and
 * normal requests keep answering meanwhile; each slow one is cut off at the body deadline with 408.
 */
class SlowClientsTest extends ApiTest {

    private static final int SLOW_CLIENTS = 250;

    @Test
    void two_hundred_and_fifty_slow_bodies_hold_no_worker_and_are_cut_at_the_deadline() throws Exception {
        List<Socket> slow = new ArrayList<>();
        var trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 1000\r\n\r\n{")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(socket);
            }
            // One more byte from each every 5 s, as the clients that froze the service did.
            trickle.scheduleAtFixedRate(
                    () -> slow.forEach(socket -> {
                        try {
                            socket.getOutputStream().write(' ');
                            socket.getOutputStream().flush();
                        } catch (IOException closed) {
                            // Cut off by the server: what is expected in the end.
                        }
                    }),
                    5,
                    5,
                    TimeUnit.SECONDS);

            long worst = 0;
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                var answer = client.query("{ organization(name: \"東北大学\") { name } }");
                worst = Math.max(worst, (System.nanoTime() - started) / 1_000_000);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).contains("\"name\":\"東北大学\"");
            }
            assertThat(client.status()).isEqualTo("UP");

            int cut = 0;
            for (Socket socket : slow) {
                String status = statusLine(socket.getInputStream());
                if (status.contains(" 408 ")) {
                    cut++;
                }
            }
            System.out.printf(
                    "slow clients: %d bodies trickling; 20 normal requests answered meanwhile, the slowest in %d ms;"
                            + " %d slow bodies cut with 408%n",
                    SLOW_CLIENTS, worst, cut);
            assertThat(cut).isEqualTo(SLOW_CLIENTS);
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
