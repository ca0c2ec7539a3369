package org.ecosystemgraph.database;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bare Bolt 4.4 client over WebSocket, as a script on a web page would open one: the {@code Origin} it sends is the
 * page's, and no driver stands between it and the server.
 */
final class WebSocketBolt implements AutoCloseable {

    static final int SUCCESS = 0x70;
    static final int FAILURE = 0x7F;

    /** A server's answer: its signature and the text it carried. */
    record Reply(int signature, String text) {}

    private final WebSocket socket;
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private WebSocketBolt(URI bolt, String origin) throws Exception {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (origin != null) {
            builder.header("Origin", origin);
        }
        socket = builder.buildAsync(URI.create("ws://" + bolt.getHost() + ":" + bolt.getPort()), new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    /** Opens the WebSocket and agrees on Bolt 4.4. */
    static WebSocketBolt open(URI bolt, String origin) throws Exception {
        var client = new WebSocketBolt(bolt, origin);
        var handshake = ByteBuffer.allocate(20).putInt(0x6060B017).putInt(0x00000404);
        client.send(handshake.putInt(0).putInt(0).putInt(0).array());
        byte[] version = client.take(4);
        if (ByteBuffer.wrap(version).getInt() != 0x00000404) {
            throw new IllegalStateException("The server did not agree on Bolt 4.4");
        }
        return client;
    }

    /** HELLO with the given authentication fields ({@code scheme}, {@code principal}, {@code credentials}). */
    Reply hello(Map<String, String> auth) throws Exception {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("user_agent", "web-page/1.0");
        fields.putAll(auth);
        var message = new ByteArrayOutputStream();
        message.write(0xB1);
        message.write(0x01);
        map(message, fields);
        return exchange(message.toByteArray());
    }

    /** RUN in an auto-commit transaction, then PULL everything; the reply to PULL. */
    Reply run(String cypher) throws Exception {
        var message = new ByteArrayOutputStream();
        message.write(0xB3);
        message.write(0x10);
        string(message, cypher);
        map(message, Map.of());
        map(message, Map.of());
        Reply ran = exchange(message.toByteArray());
        if (ran.signature() != SUCCESS) {
            return ran;
        }
        return exchange(new byte[] {(byte) 0xB1, 0x3F, (byte) 0xA1, (byte) 0x81, 'n', (byte) 0xFF});
    }

    private Reply exchange(byte[] message) throws Exception {
        var chunk = ByteBuffer.allocate(message.length + 4)
                .putShort((short) message.length)
                .put(message)
                .putShort((short) 0);
        send(chunk.array());
        while (true) {
            byte[] reply = readMessage();
            int signature = reply[1] & 0xFF;
            if (signature != 0x71) { // RECORD rows come before the summary
                return new Reply(signature, new String(reply, StandardCharsets.UTF_8));
            }
        }
    }

    private byte[] readMessage() throws Exception {
        var message = new ByteArrayOutputStream();
        while (true) {
            byte[] header = take(2);
            int size = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
            if (size == 0) {
                if (message.size() > 0) {
                    return message.toByteArray();
                }
                continue; // a NOOP keeping the connection alive
            }
            message.write(take(size));
        }
    }

    private void send(byte[] bytes) throws Exception {
        try {
            socket.sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The server closed the connection", e.getCause());
        }
    }

    /** The next {@code count} bytes the server sent, across WebSocket frames. */
    private byte[] take(int count) throws Exception {
        while (pending.size() < count) {
            byte[] frame = received.poll(30, TimeUnit.SECONDS);
            if (frame == null) {
                throw new IllegalStateException("The server sent nothing for 30 s");
            }
            if (frame.length == 0) {
                throw new IllegalStateException("The server closed the connection");
            }
            pending.write(frame);
        }
        byte[] all = pending.toByteArray();
        pending.reset();
        pending.write(all, count, all.length - count);
        return java.util.Arrays.copyOf(all, count);
    }

    private static void map(ByteArrayOutputStream out, Map<String, String> entries) {
        out.write(0xA0 + entries.size());
        entries.forEach((key, value) -> {
            string(out, key);
            string(out, value);
        });
    }

    private static void string(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 16) {
            out.write(0x80 + bytes.length);
        } else if (bytes.length < 256) {
            out.write(0xD0);
            out.write(bytes.length);
        } else {
            out.write(0xD1);
            out.write(bytes.length >> 8);
            out.write(bytes.length & 0xFF);
        }
        out.writeBytes(bytes);
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            received.add(bytes);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            received.add(new byte[0]);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            received.add(new byte[0]);
        }
    }
}
