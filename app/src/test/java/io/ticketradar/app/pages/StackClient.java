package io.ticketradar.app.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The API as the browser tests check it: the figures the pages must show, and events posted as a source would. */
final class StackClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    static final Duration POSTED_AGO = Duration.ofMinutes(12);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;

    StackClient(String url) {
        this.url = url;
    }

    /** GET path?query with the token; fails on anything but 200. */
    JsonNode get(String token, String path, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(url + path + (q.isEmpty() ? "" : "?" + q)))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " answered no JSON: " + response.body(), e);
        }
    }

    JsonNode get(String token, String path) {
        return get(token, path, Map.of());
    }

    /**
     * Posts a new ticket in the given region with the given fault code, and returns its id. The fault code is
     * unique to the test, so the ticket makes a heatmap row of its own. It was created {@link #POSTED_AGO} ago:
     * the stack holds event time back by its out-of-orderness (10 minutes), so a ticket created this instant would
     * reach the heatmap only once the watermark passes it; one from before the watermark is applied at once, as
     * a correction.
     */
    String postTicket(String token, String tenant, String region, String faultCode) {
        String ticketId = "T-PAGES-" + UUID.randomUUID().toString().substring(0, 8);
        String ts = OffsetDateTime.now(CHINA)
                .minus(POSTED_AGO)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        String event = """
                {"event_id":"%s","event_type":"TICKET_CREATED","tenant_id":"%s","ticket_id":"%s","ts":"%s",\
                "schema_version":1,"channel":"phone","customer_id":"C-PAGES","customer_phone":"13900000000",\
                "device_sn":"ZZPG-0001","product_model":"OBC-6.6","site_id":"S-PAGES","region":"%s",\
                "symptoms":["no_charge"],"fault_code":"%s","description":"browser test","ambient_temp_c":5.0,\
                "priority":"P2"}""".formatted("ev-" + ticketId, tenant, ticketId, ts, region, faultCode);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "/api/v1/events"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + event + "]"))
                .build());
        if (response.statusCode() != 200 || !response.body().contains("\"accepted\":1")) {
            throw new AssertionError("the event was not accepted: " + response.statusCode() + " " + response.body());
        }
        return ticketId;
    }

    /** Whether the tenant's 7-day heatmap has a cell with this fault code. */
    boolean heatmapHasFault(String token, String faultCode) {
        for (JsonNode cell :
                get(token, "/api/v1/heatmap", Map.of("window", "7d")).get("cells")) {
            if (cell.get("y").asText().equals(faultCode)) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
