package io.ticketradar.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What ordinary clients do, over raw sockets so they can be as rude as real ones: give up an upload halfway, ask for
 * the event stream without saying they read one. Each gets a clear answer in the error format when anyone is left
 * to read it, and nothing of it is logged at WARN or ERROR: an operator's log is for the server's own trouble.
 */
class OrdinaryClientsTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void anUploadCutShortIsA400AndNoAlarm() throws Exception {
        try (CapturedLog log = CapturedLog.open()) {
            String sized = send(
                    "POST /api/v1/events HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                            + "[{\"event_id\":");
            String chunked = send(
                    "POST /api/v1/events HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            + "100\r\n[{\"event_id\":");
            for (String answer : List.of(sized, chunked)) {
                assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
                assertTrue(
                        answer.contains("{\"error\":{\"code\":\"bad_request\",\"message\":\"the connection closed"),
                        answer);
            }
            assertEquals(List.of(), log.warnings());
        }
    }

    @Test
    void theStreamWithoutOrWithAnotherAcceptIsA406AndNoAlarm() throws Exception {
        try (CapturedLog log = CapturedLog.open()) {
            for (String accept : List.of("", "Accept: text/html\r\n", "Accept: */*\r\n")) {
                String answer = send("GET /api/v1/stream HTTP/1.1\r\n" + accept + "\r\n");
                assertTrue(answer.startsWith("HTTP/1.1 406 "), answer);
                assertTrue(answer.contains("{\"error\":{\"code\":\"not_acceptable\""), answer);
            }
            assertEquals(List.of(), log.warnings());
        }
    }

    /**
     * Sends the start of a request as tenant-a (Host and Authorization added after the request line), ends the
     * sending side as a client that gave up does, and reads whatever answer comes.
     */
    private static String send(String request) throws IOException {
        int lineEnd = request.indexOf("\r\n") + 2;
        String full = request.substring(0, lineEnd) + "Host: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
                + api.token + "\r\n" + request.substring(lineEnd);
        try (Socket socket = new Socket("127.0.0.1", api.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(full.getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
