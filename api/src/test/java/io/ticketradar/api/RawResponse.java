package io.ticketradar.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an HTTP/1.1 answer off a bare socket, for requests that {@link java.net.http.HttpClient} refuses to send:
 * status, headers, and a body by its length, in chunks, up to the end of the connection, or (an event stream, which
 * never ends) its first line.
 */
final class RawResponse {

    private RawResponse() {}

    static ApiClient.Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(header.substring(colon + 1).strip());
        }
        String contentType = first(headers, "Content-Type");
        String body;
        if (contentType.startsWith("text/event-stream")) {
            body = line(in);
        } else if (first(headers, "Transfer-Encoding").toLowerCase(Locale.ROOT).contains("chunked")) {
            body = chunked(in);
        } else if (!first(headers, "Content-Length").isEmpty()) {
            body = text(in.readNBytes(Integer.parseInt(first(headers, "Content-Length"))));
        } else {
            body = text(in.readAllBytes());
        }
        return new ApiClient.Response(
                Integer.parseInt(status[1]), body, HttpHeaders.of(headers, (name, value) -> true));
    }

    private static String chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.write(in.readNBytes(size));
            line(in); // the CRLF after each chunk
        }
        return text(body.toByteArray());
    }

    private static int chunkSize(InputStream in) throws IOException {
        String line = line(in);
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? "" : values.getFirst();
    }

    /** One line without its CRLF (or LF); what is left at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return text(line.toByteArray());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
