package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ticketradar.api.TenantTokens;
import io.ticketradar.events.Channel;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enrichment over HTTP end to end on the real stack (in-process Kafka, Flink MiniCluster, the embedded ClickHouse
 * engine): a tenant whose tenants file names a CRM and an MES gets each new ticket posted to the API looked up in
 * both, against a real local HTTP server, and reads the outcome through the API; the lookups are counted on
 * {@code /metrics}; the secret header reaches the sources only.
 */
@Tag("stack")
class EnrichmentEndToEndTest {

    private static final String TENANT = "suzhou-amp";
    private static final String SECRET = "tr-e2e-secret-5150";
    private static final EventCodec CODEC = new EventCodec();
    private static final Duration LOOKED_UP = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aNewTicketIsLookedUpInTheTenantsCrmAndMesAndReadThroughTheApi() throws Exception {
        HttpServer sources = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sources.createContext("/", EnrichmentEndToEndTest::answer);
        sources.start();
        try {
            String base = "http://127.0.0.1:" + sources.getAddress().getPort();
            Path tenants = dataDir.resolve("tenants.properties");
            Files.writeString(tenants, """
                    %1$s.enrich.crm.url = %2$s/crm/customers?phone={customer_phone}
                    %1$s.enrich.crm.header = Authorization: Bearer %3$s
                    %1$s.enrich.crm.fields = customer_tier=$.tier,account_manager=$.owner.name
                    %1$s.enrich.mes.url = %2$s/mes/devices/{device_sn}
                    %1$s.enrich.mes.header = Authorization: Bearer %3$s
                    %1$s.enrich.mes.fields = line=$.line
                    %1$s.enrich.timeout-ms = 2000
                    """.formatted(TENANT, base, SECRET));
            TenantTokens tokens = new TenantTokens();
            TicketRadarConfig config = TestStackConfig.of(dataDir, "--tenants-file", tenants.toString());
            try (TicketRadarStack stack = TicketRadarStack.start(config, tokens)) {
                ApiCalls api = new ApiCalls(stack.apiUrl(), tokens.issue(TENANT));
                api.awaitHealthy(TestStackConfig.STACK_UP);
                api.postEvents(List.of(created("TK-1", "13812345678", "A7K2-2409-0031")));

                JsonNode lookups = awaitLookups(api, "TK-1");
                assertEquals("crm", lookups.get(0).path("source").asText(), lookups.toString());
                assertEquals("ENRICHED", lookups.get(0).path("outcome").asText(), lookups.toString());
                assertEquals(
                        "{\"customer_tier\":\"gold\",\"account_manager\":\"王经理\"}",
                        lookups.get(0).path("fields").toString());
                assertEquals("mes", lookups.get(1).path("source").asText());
                assertEquals("FAILED", lookups.get(1).path("outcome").asText(), "the MES answers 503, thrice");
                assertEquals(503, lookups.get(1).path("http_status").asInt());
                assertEquals(3, lookups.get(1).path("attempts").asInt());

                String metrics = awaitMetric(api, "source=\"crm\"", "outcome=\"ENRICHED\"");
                assertTrue(metrics.contains("ticketradar_flink_enrichments_total{"), metrics);
                assertFalse(metrics.contains(SECRET), "the secret is on no metric");
                assertFalse(lookups.toString().contains(SECRET), "nor in the API's answer");
                assertEquals(
                        404,
                        new ApiCalls(stack.apiUrl(), tokens.issue("other-tenant"))
                                .get("/api/v1/tickets/TK-1/enrichment")
                                .status(),
                        "another tenant does not see it");
            }
        } finally {
            sources.stop(0);
        }
    }

    /** The CRM knows the phone; the MES is down. Both want the secret header. */
    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().toString();
            boolean authorised =
                    ("Bearer " + SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            if (!authorised) {
                send(exchange, 401, "{}");
            } else if (path.equals("/crm/customers?phone=13812345678")) {
                send(exchange, 200, "{\"tier\":\"gold\",\"owner\":{\"name\":\"王经理\"}}");
            } else if (path.startsWith("/mes/devices/")) {
                send(exchange, 503, "maintenance");
            } else {
                send(exchange, 404, "{}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Event created(String ticket, String phone, String sn) {
        return CODEC.newEvent(
                "created-" + ticket,
                TENANT,
                ticket,
                OffsetDateTime.now(ZoneOffset.UTC),
                new EventBody.TicketCreated(
                        Channel.PHONE,
                        "C-" + ticket,
                        phone,
                        sn,
                        "OBC-6.6kW",
                        "SITE-SIP",
                        "华东",
                        List.of("no_start"),
                        null,
                        null,
                        null,
                        Priority.P2));
    }

    /** The ticket's lookups, once both sources' are in. */
    private static JsonNode awaitLookups(ApiCalls api, String ticket) throws InterruptedException {
        long deadline = System.nanoTime() + LOOKED_UP.toNanos();
        while (true) {
            ApiCalls.Answer answer = api.get("/api/v1/tickets/" + ticket + "/enrichment");
            if (answer.status() == 200 && answer.json().path("sources").size() == 2) {
                return answer.json().path("sources");
            }
            assertTrue(System.nanoTime() < deadline, "no lookups for " + ticket + ": " + answer.body());
            Thread.sleep(300);
        }
    }

    /** The whole {@code /metrics} text once it counts one lookup with these labels. */
    private static String awaitMetric(ApiCalls api, String... labels) throws InterruptedException {
        long deadline = System.nanoTime() + LOOKED_UP.toNanos();
        while (true) {
            String text = api.get("/metrics").body();
            boolean counted = text.lines()
                    .anyMatch(line -> line.startsWith("ticketradar_flink_enrichments_total{")
                            && List.of(labels).stream().allMatch(line::contains)
                            && line.endsWith(" 1.0"));
            if (counted) {
                return text;
            }
            assertTrue(System.nanoTime() < deadline, "no such lookup counted: " + text);
            Thread.sleep(500);
        }
    }
}
