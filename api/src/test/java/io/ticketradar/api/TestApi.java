package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A started API over a fresh migrated embedded warehouse, with tokens of two tenants, for tests that put rows
 * straight into the tables and read them back over real HTTP.
 */
final class TestApi implements AutoCloseable {

    static final String TENANT = "tenant-a";
    static final String OTHER_TENANT = "tenant-b";

    final Warehouse warehouse;
    /** The server's tokens: tests issue more (other tenants', groups') as they need. */
    final TenantTokens tokens;

    final String token;
    final String otherToken;
    /** A read-only token of {@link #TENANT}. */
    final String displayToken;

    /** Signs download links the server accepts. */
    final DownloadLinks links;

    final PrometheusMeterRegistry metrics;
    final ApiServer server;
    final ApiClient client;

    private TestApi(Builder builder) {
        warehouse = TestWarehouses.open();
        tokens = new TenantTokens();
        token = tokens.issue(TENANT);
        otherToken = tokens.issue(OTHER_TENANT);
        displayToken = tokens.issue(TENANT, TenantTokens.Role.DISPLAY);
        metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        links = builder.links;
        ApiServer.Builder built = new ApiServer.Builder(
                        new ApiConfig(
                                "127.0.0.1",
                                0,
                                builder.maxBodyBytes,
                                builder.healthTimeout,
                                ApiConfig.DEFAULT_STREAM_POLL,
                                builder.heartbeat),
                        tokens,
                        warehouse,
                        builder.publisher,
                        builder.checks.apply(warehouse),
                        metrics)
                .feedback(builder.feedback)
                .days(builder.days)
                .links(links)
                .groups(builder.groups);
        if (builder.ruleCheck != null) {
            built.dispatch(builder.ruleCheck, builder.rules);
        }
        if (builder.policyCheck != null) {
            built.policies(builder.policyCheck, builder.policies);
        }
        server = built.build();
        client = new ApiClient(server.start());
    }

    /** Every tenant's days in Shanghai on the system clock, a publisher that accepts everything, no health checks. */
    static TestApi start() {
        return builder().start();
    }

    static TestApi start(TenantDays days) {
        return builder().days(days).start();
    }

    static Builder builder() {
        return new Builder();
    }

    /** What a test may change; everything else is the same for every test API. */
    static final class Builder {
        private TenantDays days = TenantDays.defaults();
        private EventPublisher publisher = events -> {};
        private FeedbackPublisher feedback = (key, value) -> {};
        private Function<Warehouse, List<HealthCheck>> checks = warehouse -> List.of();
        private long maxBodyBytes = ApiConfig.DEFAULT_MAX_BODY_BYTES;
        private Duration healthTimeout = Duration.ofSeconds(2);
        private Duration heartbeat = ApiConfig.DEFAULT_HEARTBEAT;
        private DownloadLinks links = DownloadLinks.ephemeral(Clock.systemUTC());
        private TenantGroups groups = TenantGroups.none();
        /** Null: the server's own default, no dispatch job (rule sets are refused with 503). */
        private DispatchRuleCheck ruleCheck;

        private DispatchRulesPublisher rules;
        /** Null: the server's own default, no jobs (policies are refused with 503). */
        private TenantPolicyCheck policyCheck;

        private TenantPolicyPublisher policies;

        private Builder() {}

        /** @param ruleCheck stands in for the dispatch job's own check, which lives in the app */
        Builder dispatch(DispatchRuleCheck ruleCheck, DispatchRulesPublisher rules) {
            this.ruleCheck = ruleCheck;
            this.rules = rules;
            return this;
        }

        /** @param policyCheck stands in for the jobs' own reader of policies, which lives in the app */
        Builder policies(TenantPolicyCheck policyCheck, TenantPolicyPublisher policies) {
            this.policyCheck = policyCheck;
            this.policies = policies;
            return this;
        }

        Builder groups(TenantGroups groups) {
            this.groups = groups;
            return this;
        }

        Builder links(DownloadLinks links) {
            this.links = links;
            return this;
        }

        Builder days(TenantDays days) {
            this.days = days;
            return this;
        }

        Builder publisher(EventPublisher publisher) {
            this.publisher = publisher;
            return this;
        }

        Builder feedback(FeedbackPublisher feedback) {
            this.feedback = feedback;
            return this;
        }

        Builder checks(List<HealthCheck> checks) {
            return checks(warehouse -> checks);
        }

        /** @param checks the health checks, given the test API's own warehouse */
        Builder checks(Function<Warehouse, List<HealthCheck>> checks) {
            this.checks = checks;
            return this;
        }

        Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        Builder healthTimeout(Duration healthTimeout) {
            this.healthTimeout = healthTimeout;
            return this;
        }

        Builder heartbeat(Duration heartbeat) {
            this.heartbeat = heartbeat;
            return this;
        }

        TestApi start() {
            return new TestApi(this);
        }
    }

    /** Inserts rows given as maps, one JSON object each. */
    void insert(String table, List<Map<String, Object>> rows) {
        warehouse.insertJsonRows(
                table,
                rows.stream()
                        .map(r -> ApiClient.MAPPER.valueToTree(r).toString())
                        .toList());
    }

    /** GET as {@link #TENANT}. */
    ApiClient.Response get(String path) {
        return client.get(path, token);
    }

    ApiClient.Response get(String path, String bearerToken) {
        return client.get(path, bearerToken);
    }

    /** POST as {@link #TENANT}. */
    ApiClient.Response post(String path, String contentType, String body) {
        return client.post(path, token, contentType, body);
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

    /** The text of one field of each element of a JSON array ({@code null} field: the element's own text). */
    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add((field == null ? element : element.path(field)).asText()));
        return texts;
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

    /** A 400 bad_parameter naming {@code parameter}, in its param and its message, and nothing of the server's insides. */
    void assertBadRequest(String path, String parameter) {
        ApiClient.Response response = get(path);
        assertError(response, 400, "bad_parameter", parameter);
        assertTrue(
                response.json().path("error").path("message").asText().contains("'" + parameter + "'"),
                path + ": " + response.body());
    }

    /**
     * The one error format: {@code {"error":{"code","message","param"}}} with the status, the code and the param
     * (null for none), a message, and nothing of the server's insides.
     */
    static void assertError(ApiClient.Response response, int status, String code, String param) {
        assertEquals(status, response.status(), response.body());
        JsonNode error = response.json().path("error");
        assertEquals(code, error.path("code").asText(), response.body());
        assertTrue(error.has("param"), "param is always there: " + response.body());
        assertEquals(
                param, error.path("param").isNull() ? null : error.path("param").asText(), response.body());
        assertFalse(error.path("message").asText().isBlank(), response.body());
        assertNoInternals(response);
    }

    /** Bad input must never show the server's internals. */
    static void assertNoInternals(ApiClient.Response response) {
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("at io."), response.body());
        assertFalse(response.body().contains("at java."), response.body());
    }

    @Override
    public void close() {
        server.stop();
        warehouse.close();
    }
}
