package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Real HTTP over loopback to a test server. */
final class ApiClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Response(int status, String body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /** @param token sent as {@code Authorization: Bearer <token>}; null sends no Authorization header */
    Response get(String path, String token) {
        return send("GET", path, bearer(token), null, BodyPublishers.noBody());
    }

    Response post(String path, String token, String contentType, String body) {
        return send("POST", path, bearer(token), contentType, BodyPublishers.ofString(body));
    }

    Response patch(String path, String token, String body) {
        return send("PATCH", path, bearer(token), "application/json", BodyPublishers.ofString(body));
    }

    /** A response whose body is kept as bytes: exports. */
    record Download(int status, byte[] body, HttpHeaders headers) {}

    Download download(String path, String token) {
        HttpResponse<byte[]> response = exchange(
                request("GET", path, bearer(token), null, null, BodyPublishers.noBody()), BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    static String bearer(String token) {
        return token == null ? null : "Bearer " + token;
    }

    /** @param authorization the whole Authorization header value, or null for none */
    Response send(String method, String path, String authorization, String contentType, BodyPublisher body) {
        HttpResponse<String> response =
                exchange(request(method, path, authorization, contentType, null, body), BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    /**
     * Like {@link #send}, with an {@code Accept} header (null for none), for any route: an event stream's answer never
     * ends, so only its first line is read as its body before the stream is closed.
     */
    Response probe(
            String method, String path, String authorization, String contentType, String accept, BodyPublisher body) {
        HttpResponse<InputStream> response =
                exchange(request(method, path, authorization, contentType, accept, body), BodyHandlers.ofInputStream());
        boolean stream =
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
        try (InputStream in = response.body()) {
            String text = stream
                    ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine()
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(response.statusCode(), text == null ? "" : text, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A null authorization, content type or accept sends no such header. */
    private HttpRequest request(
            String method, String path, String authorization, String contentType, String accept, BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return request.build();
    }
}
