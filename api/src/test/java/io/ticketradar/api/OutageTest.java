package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static io.ticketradar.api.TestApi.TENANT;
import static io.ticketradar.api.TestApi.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What callers see when components are down or hung: honest 503s and generic 500s, never a hang or a stack trace. */
class OutageTest {

    private static TestApi api(List<HealthCheck> checks) {
        return TestApi.builder()
                .healthTimeout(Duration.ofMillis(500))
                .checks(checks)
                .start();
    }

    @Test
    void healthIsDownNamingTheFailingComponents() {
        try (TestApi api = api(List.of(
                HealthCheck.of("broker", HealthStatus::up),
                HealthCheck.of("jobs", () -> HealthStatus.down("ingest job FAILED")),
                HealthCheck.of("warehouse", () -> {
                    throw new IllegalStateException("connection refused");
                })))) {
            ApiClient.Response response = api.get("/api/health", null);

            assertEquals(503, response.status(), response.body());
            JsonNode json = response.json();
            assertEquals("down", json.path("status").asText());
            assertEquals(
                    "up", json.path("components").path("broker").path("status").asText());
            assertEquals(
                    "down", json.path("components").path("jobs").path("status").asText());
            assertEquals(
                    "ingest job FAILED",
                    json.path("components").path("jobs").path("detail").asText());
            assertEquals(
                    "down",
                    json.path("components").path("warehouse").path("status").asText());
            assertEquals(
                    "connection refused",
                    json.path("components").path("warehouse").path("detail").asText());
        }
    }

    @Test
    void aHungComponentIsReportedDownAfterTheTimeoutInsteadOfHangingTheEndpoint() {
        try (TestApi api = api(List.of(HealthCheck.of("broker", HealthStatus::up), HealthCheck.of("jobs", () -> {
            Thread.sleep(60_000);
            return HealthStatus.up();
        })))) {
            long started = System.nanoTime();
            ApiClient.Response response = api.get("/api/health", null);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

            assertEquals(503, response.status(), response.body());
            assertEquals(
                    "down",
                    response.json()
                            .path("components")
                            .path("jobs")
                            .path("status")
                            .asText());
            assertTrue(response.json()
                    .path("components")
                    .path("jobs")
                    .path("detail")
                    .asText()
                    .contains("no answer"));
            assertEquals(
                    "up",
                    response.json()
                            .path("components")
                            .path("broker")
                            .path("status")
                            .asText());
            assertTrue(millis < 5_000, "answered in " + millis + " ms");
        }
    }

    @Test
    void anUnreachableBrokerGives503AndNothingCountedAsAccepted() throws IOException {
        try (KafkaEventPublisher deadBroker =
                        new KafkaEventPublisher("127.0.0.1:" + closedPort(), Duration.ofSeconds(1));
                TestApi api = TestApi.builder().publisher(deadBroker).start()) {
            ApiClient.Response response = api.post(
                    "/api/v1/events",
                    "application/json",
                    "[" + TestEvents.closed("evt-1", TENANT, "TK-1", "2026-01-05T09:00:00Z") + "]");

            TestApi.assertError(response, 503, "unavailable", null);
            assertTrue(
                    response.json().path("error").path("message").asText().contains("no event was accepted"),
                    response.body());
            assertFalse(response.body().contains("\"accepted\""), response.body());
            assertNoInternals(response);
            assertEquals(
                    0.0,
                    api.metrics.get("ticketradar.api.events.accepted").counter().count());
        }
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithAnErrorId() {
        try (TestApi api = TestApi.start()) {
            api.warehouse.close(); // every query now fails inside the handler
            ApiClient.Response response = api.get("/api/v1/tickets/TK-1/events");

            TestApi.assertError(response, 500, "internal", null);
            assertEquals(
                    "internal server error",
                    response.json().path("error").path("message").asText());
            assertFalse(response.json().path("error").path("error_id").asText().isBlank(), response.body());
            assertNoInternals(response);
        }
    }

    @Test
    void aJavaLangErrorIsAlsoAGeneric500() {
        EventPublisher broken = events -> {
            throw new AssertionError("a bug deep inside");
        };
        try (TestApi api = TestApi.builder().publisher(broken).start()) {
            ApiClient.Response response = api.post("/api/v1/events", "application/json", "[]");

            TestApi.assertError(response, 500, "internal", null);
            assertFalse(response.json().path("error").path("error_id").asText().isBlank(), response.body());
            assertFalse(response.body().contains("a bug deep inside"), response.body());
            assertNoInternals(response);
        }
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
