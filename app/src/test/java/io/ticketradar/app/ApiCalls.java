package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.events.Event;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The API of a running stack, called with one tenant's token; transport failures are test failures. */
final class ApiCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String token;

    ApiCalls(String url, String token) {
        this.url = url;
        this.token = token;
    }

    /** An answer: its status and body. */
    record Answer(String method, String path, int status, String body) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(method + " " + path + " answered no JSON: " + body, e);
            }
        }

        /** The body as JSON, which must come with a 200. */
        JsonNode ok() {
            if (status != 200) {
                throw new AssertionError(method + " " + path + " answered " + status + ": " + body);
            }
            return json();
        }
    }

    Answer get(String path) {
        return send("GET", path, request(path).GET());
    }

    Answer post(String path, String contentType, byte[] body) {
        return send(
                "POST",
                path,
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts the events as one NDJSON batch; every one must be accepted. */
    void postEvents(List<Event> events) {
        String ndjson = events.stream().map(Event::json).collect(Collectors.joining("\n"));
        Answer answer = post("/api/v1/events", "application/x-ndjson", ndjson.getBytes(StandardCharsets.UTF_8));
        if (answer.status() != 200 || answer.json().path("accepted").asLong() != events.size()) {
            throw new AssertionError(
                    events.size() + " events were not all accepted: " + answer.status() + " " + answer.body());
        }
    }

    Answer patch(String path, String json) {
        return withJson("PATCH", path, json);
    }

    Answer put(String path, String json) {
        return withJson("PUT", path, json);
    }

    /** Waits until {@code /api/health} answers 200, failing after {@code within}. */
    void awaitHealthy(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Answer health = get("/api/health");
        while (health.status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the stack is not healthy: " + health.body());
            }
            Thread.sleep(300);
            health = get("/api/health");
        }
    }

    private Answer withJson(String method, String path, String json) {
        return send(
                method,
                path,
                request(path)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }

    private Answer send(String method, String path, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(method, path, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " interrupted", e);
        }
    }
}
