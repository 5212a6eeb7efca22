package io.ticketradar.api;

import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How event streams end, with real clients on a real server: a client that goes away and a server that stops under
 * open streams are ordinary, so they end each stream quietly (nothing at WARN or ERROR, from the API, Javalin or
 * Jetty), every stream's request runs to its end, and nothing keeps running after the stop.
 */
class StreamEndingTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    /** Fast heartbeats: a stream notices a client that went away at its next write. */
    private static final Duration HEARTBEAT = Duration.ofMillis(100);

    @Test
    void clientsThatGoAwayEndTheirStreamsQuietly() throws Exception {
        try (CapturedLog log = CapturedLog.open();
                TestApi api = TestApi.builder().heartbeat(HEARTBEAT).start()) {
            List<EventStreamClient> clients = open(api, 3);
            clients.forEach(EventStreamClient::close);

            awaitRequestsEnded(api, 3);
            assertEquals(0, api.server.openStreams());
            assertEquals(List.of(), log.warnings());
        }
    }

    /** Several rounds: the stop races the streams' ends, and one lost race used to flood the log for good. */
    @Test
    void stoppingTheServerUnderOpenStreamsAndClientsThatJustWentAwayEndsThemQuietly() throws Exception {
        try (CapturedLog log = CapturedLog.open()) {
            for (int round = 0; round < 3; round++) {
                TestApi api = TestApi.builder().heartbeat(HEARTBEAT).start();
                List<EventStreamClient> clients = open(api, 6);
                clients.subList(0, 3).forEach(EventStreamClient::close); // gone, not noticed yet

                api.close();
                assertEquals(0, api.server.openStreams(), "stop returns once every stream has ended");
                for (EventStreamClient client : clients.subList(3, 6)) {
                    assertTrue(client.ended(WITHIN), "a stream is still open after the stop");
                    client.close();
                }
                awaitRequestsEnded(api, 6);
            }
            Thread.sleep(HEARTBEAT.multipliedBy(5).toMillis()); // anything left running would log by now
            assertEquals(List.of(), log.warnings());
        }
    }

    private static List<EventStreamClient> open(TestApi api, int count) throws Exception {
        List<EventStreamClient> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EventStreamClient client =
                    new EventStreamClient(api.server.port(), "/api/v1/stream?access_token=" + api.token, null);
            assertEquals(200, client.status());
            assertNotNull(client.nextComment(WITHIN), "the stream opens with a comment");
            clients.add(client);
        }
        return clients;
    }

    /**
     * Waits until the request logger, which runs last in every request, has seen {@code count} stream requests end:
     * a request dropped under its stream never gets there.
     */
    private static void awaitRequestsEnded(TestApi api, long count) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        long ended = 0;
        while (System.nanoTime() < deadline) {
            ended = api.metrics.find("http.server.requests").tag("route", BearerAuth.STREAM_PATH).timers().stream()
                    .mapToLong(Timer::count)
                    .sum();
            if (ended == count) {
                return;
            }
            Thread.sleep(20);
        }
        assertEquals(count, ended, "stream requests that ran to their end");
    }
}
