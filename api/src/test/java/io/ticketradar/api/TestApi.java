package io.ticketradar.api;

import static io.ticketradar.api.ApiServerTest.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A started API over a fresh migrated embedded warehouse, with tokens of two tenants, for tests that put rows
 * straight into the tables and read them back over real HTTP.
 */
final class TestApi implements AutoCloseable {

    static final String TENANT = "tenant-a";
    static final String OTHER_TENANT = "tenant-b";

    final Warehouse warehouse;
    final String token;
    final String otherToken;
    private final ApiServer server;
    private final ApiClient client;

    private TestApi(TenantDays days) {
        warehouse = TestWarehouses.open();
        TenantTokens tokens = new TenantTokens();
        token = tokens.issue(TENANT);
        otherToken = tokens.issue(OTHER_TENANT);
        server = new ApiServer(new ApiConfig("127.0.0.1", 0, ApiConfig.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(2)),
                tokens, warehouse, events -> { }, List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), days);
        client = new ApiClient(server.start());
    }

    static TestApi start(TenantDays days) {
        return new TestApi(days);
    }

    /** Inserts rows given as maps, one JSON object each. */
    void insert(String table, List<Map<String, Object>> rows) {
        warehouse.insertJsonRows(table, rows.stream().map(r -> ApiClient.MAPPER.valueToTree(r).toString()).toList());
    }

    /** GET as {@link #TENANT}. */
    ApiClient.Response get(String path) {
        return client.get(path, token);
    }

    ApiClient.Response get(String path, String bearerToken) {
        return client.get(path, bearerToken);
    }

    /** GET as {@link #TENANT}, which must answer 200: the JSON body. */
    JsonNode ok(String path) {
        ApiClient.Response response = get(path);
        assertEquals(200, response.status(), path + ": " + response.body());
        return response.json();
    }

    static JsonNode json(String text) {
        try {
            return ApiClient.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(text, e);
        }
    }

    /** A table row from alternating column names and values, in that order. */
    static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /** Percent-encodes a query parameter value (region and site names are Chinese). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A 400 whose JSON message names {@code parameter}, and nothing of the server's insides. */
    void assertBadRequest(String path, String parameter) {
        ApiClient.Response response = get(path);
        assertEquals(400, response.status(), path + ": " + response.body());
        assertEquals(400, response.json().path("status").asInt());
        assertTrue(response.json().path("error").asText().contains("'" + parameter + "'"), path + ": " + response.body());
        assertNoInternals(response);
    }

    @Override
    public void close() {
        server.stop();
        warehouse.close();
    }
}
