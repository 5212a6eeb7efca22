package io.ticketradar.api;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events on a response, each frame flushed at once. A client that went away makes a write throw
 * an {@link IOException}, which is how a stream learns that it is over.
 */
final class EventStreamWriter {

    static final String CONTENT_TYPE = "text/event-stream";

    private final ServletOutputStream out;

    private EventStreamWriter(ServletOutputStream out) {
        this.out = out;
    }

    /** Sends the headers of a stream. */
    static EventStreamWriter start(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no"); // a proxy such as nginx passes each event on at once
        response.flushBuffer();
        return new EventStreamWriter(response.getOutputStream());
    }

    void comment(String text) throws IOException {
        write(": " + text + "\n");
    }

    /** @param data one {@code data:} line per line of it */
    void event(long id, String name, String data) throws IOException {
        StringBuilder frame = new StringBuilder();
        frame.append("id: ").append(id).append('\n');
        frame.append("event: ").append(name).append('\n');
        data.lines().forEach(line -> frame.append("data: ").append(line).append('\n'));
        write(frame.append('\n').toString());
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
