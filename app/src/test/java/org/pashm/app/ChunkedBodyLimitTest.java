package org.pashm.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, "chunked bodies are not capped": a body sent without {@code Content-Length} (chunked transfer coding) by
 * an authorised caller was read whole, so 100 MB gave {@code OutOfMemoryError}. The limit must be counted while
 * reading: the client below keeps sending chunks of an endless organisation name and the server must answer 413,
 * as it does to a declared Content-Length over {@code pashm.http.max-body-size}, long before the client would stop
 * sending 256 MiB: the answer comes while the client has sent little more than the limit. Before, Jackson's 20 MB string limit answered a 400 after
 * 20 MB had been read; a body of many short strings was read whole.
 */
@QuarkusTest
class ChunkedBodyLimitTest {

    /** {@code pashm.http.max-body-size}, the test profile's as the default's. */
    private static final long LIMIT = 2L << 20;
    private static final long MOST_SENT = 256L << 20;

    @Inject
    Db db;

    @Test
    void aChunkedBodyBeyondTheLimitIsRefusedWhileItIsRead() throws Exception {
        long before = db.count("select count(*) from organisation");
        AtomicLong sent = new AtomicLong();
        RawHttp.Answer answer;
        long sentWhenAnswered;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            Thread writer = new Thread(() -> send(socket, sent), "chunked-writer");
            writer.setDaemon(true);
            writer.start();
            answer = RawHttp.read(socket.getInputStream());
            sentWhenAnswered = sent.get();
            writer.join(60_000);
        }
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("urn:pashm:problem:payload-too-large");
        // What the client had sent when the answer came: past the limit, and short of the whole by far (the socket
        // buffers on both sides hold a few MiB).
        assertThat(sentWhenAnswered).as("bytes the client had sent when answered").isGreaterThan(LIMIT)
                .isLessThan(MOST_SENT / 4);
        assertThat(db.count("select count(*) from organisation")).isEqualTo(before);
    }

    /** Writes the request head, then 64 KiB chunks of one endless JSON string, until refused or MOST_SENT. */
    private static void send(Socket socket, AtomicLong sent) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /organisations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + Tokens.sign("test-admin", java.util.Set.of("admin")) + "\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] data = new byte[64 * 1024];
            Arrays.fill(data, (byte) 'a');
            byte[] start = "{\"kind\": \"farm\", \"name\": \"".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(start, 0, data, 0, start.length);
            while (sent.get() < MOST_SENT) {
                RawHttp.chunk(out, data);
                sent.addAndGet(data.length);
                Arrays.fill(data, 0, start.length, (byte) 'a');
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException refused) {
            // The server answered and closed the connection: what the test expects.
        }
    }
}
