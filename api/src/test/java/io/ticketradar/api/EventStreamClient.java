package io.ticketradar.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Server-Sent Events client over HTTP, as a browser's EventSource reads the stream: frames of
 * {@code id:}, {@code event:} and {@code data:} lines ended by a blank line; comments ({@code :} lines) are kept too,
 * to see heartbeats.
 */
final class EventStreamClient implements AutoCloseable {

    /** One frame: an event, or a comment (name null, data the comment). */
    record Frame(String id, String name, String data) {

        boolean isComment() {
            return name == null;
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;

    /** @param lastEventId sent as Last-Event-ID when not null */
    EventStreamClient(int port, String pathAndQuery, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .header("Accept", "text/event-stream")
                .GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        Thread.ofVirtual().name("sse-test-reader").start(this::read);
    }

    int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    private void read() {
        try {
            lines = response.get(10, TimeUnit.SECONDS).body();
            String[] frame = new String[3];
            lines.forEach(line -> {
                if (line.isEmpty()) {
                    if (frame[1] != null || frame[2] != null) {
                        frames.add(new Frame(frame[0], frame[1] == null ? "message" : frame[1], frame[2]));
                    }
                    frame[0] = frame[1] = frame[2] = null;
                } else if (line.startsWith(":")) {
                    frames.add(new Frame(null, null, line.substring(1).strip()));
                } else if (line.startsWith("id:")) {
                    frame[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    frame[1] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    frame[2] = line.substring(5).strip();
                }
            });
        } catch (Exception | Error e) {
            // the stream ended or was closed by the test
        }
    }

    /** The next event (comments skipped), or null when none came in time. */
    Frame nextEvent(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Frame frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null || !frame.isComment()) {
                return frame;
            }
        }
    }

    /** The next comment (events skipped), or null when none came in time. */
    Frame nextComment(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Frame frame = frames.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (frame == null || frame.isComment()) {
                return frame;
            }
        }
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
        response.cancel(true);
        http.shutdownNow();
    }
}
