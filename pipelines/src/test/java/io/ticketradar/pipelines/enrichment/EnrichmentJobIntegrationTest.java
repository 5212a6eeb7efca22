package io.ticketradar.pipelines.enrichment;

import io.ticketradar.events.Channel;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import io.ticketradar.pipelines.records.SourcedEvent;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketEnrichments;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The enrichment job on the MiniCluster against a real local HTTP server playing the tenant's CRM and MES
 * ({@link CrmAndMes}), into the embedded warehouse: each kind of answer ends as its outcome, retried where it should be
 * and not where it should not, a slow source holds back no other ticket, and the secret header reaches the sources
 * only: not the logs, the rows or the stream.
 */
@Tag("stack")
class EnrichmentJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(1);

    private static final String SECRET = "Bearer tr-secret-4711-xyz";
    private static final String A = "tenant-a";
    private static final String B = "tenant-b";
    private static final EventCodec CODEC = new EventCodec();

    @Test
    void everyAnswerEndsAsItsOutcomeAndNoTicketWaitsForASlowSource() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        try (CrmAndMes sources = CrmAndMes.start(SECRET);
                Warehouse warehouse = TestWarehouses.open();
                AutoCloseable captured = capture(log)) {
            EnrichmentSettings settings = settings(sources.baseUrl());
            List<SourcedEvent> events = List.of(
                    created(A, "T1", 0, "13800000001", "SN-OK"),
                    created(A, "T2", 1, "13800000002", "SN-FLAKY"),
                    created(A, "T3", 2, "13800000003", "SN-BAD"),
                    created(A, "T4", 3, "13800000004", "SN-DENIED"),
                    created(A, "T5", 4, "13800000001", "SN-MOVED"),
                    created(A, "T6", 5, "13800000009", "SN-UNKNOWN"),
                    created(B, "T7", 6, "13800000001", "SN-OK"),
                    closed(A, "T1", 7));

            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
            env.setParallelism(1);
            List<EnrichedTicket> out = new ArrayList<>();
            WarehouseSink<Enrichment> table = new WarehouseSink<>(
                    TestWarehouses.config(warehouse.database()), TicketEnrichments.TABLE, new EnrichmentRows(), 100);
            try (CloseableIterator<EnrichedTicket> it = new EnrichmentJob(table, settings)
                    .attach(env.fromData(events))
                    .executeAndCollect()) {
                it.forEachRemaining(out::add);
            }

            List<String> order =
                    out.stream().map(t -> t.ticket().event().ticketId()).toList();
            assertEquals(6, order.size(), "every new ticket of the tenant with sources comes out once: " + order);
            assertEquals("T2", order.get(5), "the ticket waiting on the slow CRM comes out last: " + order);

            Map<String, String> rows = new TreeMap<>();
            for (Map<String, Object> r : warehouse.query("""
                    SELECT tenant_id, ticket_id, source, outcome, fields, http_status, attempts
                    FROM ticket_enrichments FINAL ORDER BY ticket_id, source""")) {
                assertEquals(A, r.get("tenant_id"));
                rows.put(
                        r.get("ticket_id") + "/" + r.get("source"),
                        r.get("outcome") + " " + r.get("http_status") + " x" + r.get("attempts") + " "
                                + new TreeMap<>((Map<?, ?>) r.get("fields")));
            }
            Map<String, String> expected = new TreeMap<>();
            expected.put("T1/crm", "ENRICHED 200 x1 {account_manager=王经理, customer_tier=gold}");
            expected.put("T1/mes", "ENRICHED 200 x1 {batch=B24, line=L3}");
            expected.put("T2/crm", "TIMEOUT 0 x3 {}");
            expected.put("T2/mes", "ENRICHED 200 x2 {line=L7}");
            expected.put("T3/crm", "NOT_FOUND 404 x1 {}");
            expected.put("T3/mes", "MALFORMED 200 x1 {}");
            expected.put("T4/crm", "FAILED 503 x3 {}");
            expected.put("T4/mes", "FAILED 401 x1 {}");
            expected.put("T5/crm", "ENRICHED 200 x1 {account_manager=王经理, customer_tier=gold}");
            expected.put("T5/mes", "FAILED 302 x1 {}");
            expected.put("T6/crm", "NOT_FOUND 404 x1 {}");
            expected.put("T6/mes", "NOT_FOUND 404 x1 {}");
            assertEquals(expected, rows);

            assertEquals(1, sources.hits("13800000001"), "T5 and T7's tenant peer: T1's answer is reused");
            assertEquals(3, sources.hits("13800000002"), "a timeout is retried twice");
            assertEquals(2, sources.hits("SN-FLAKY"), "a 500 is retried, the answer after it taken");
            assertEquals(1, sources.hits("13800000003"), "a 404 is not retried");
            assertEquals(3, sources.hits("13800000004"), "a 503 is retried twice, then given up");
            assertEquals(1, sources.hits("SN-DENIED"), "a 401 is not retried");
            assertEquals(1, sources.hits("SN-OK"), "the redirect of SN-MOVED is not followed");
            assertEquals(16, sources.allHits(), "no request for another tenant or a closed ticket");
            assertEquals(List.of(), sources.unauthorised(), "every request carries the secret header");

            String everything =
                    String.join("\n", log) + out + warehouse.query("SELECT * FROM ticket_enrichments") + settings;
            assertFalse(log.isEmpty(), "failures are logged");
            assertFalse(everything.contains("tr-secret"), everything);
            assertFalse(
                    String.join("\n", log).contains("13800000002"),
                    "the logs do not name the URL either, which holds the customer's phone");
        }
    }

    private static EnrichmentSettings settings(String base) {
        EnrichmentSource crm = new EnrichmentSource(
                UrlTemplate.parse(base + "/crm/customers?phone={customer_phone}"),
                SecretHeader.parse("Authorization: " + SECRET),
                FieldMapping.parse("customer_tier=$.tier,account_manager=$.owner.name"));
        EnrichmentSource mes = new EnrichmentSource(
                UrlTemplate.parse(base + "/mes/devices/{device_sn}"),
                SecretHeader.parse("Authorization: " + SECRET),
                FieldMapping.parse("line=$.line,batch=$.batch.id"));
        return EnrichmentSettings.none()
                .withTenant(A, new TenantEnrichment(Duration.ofMillis(1500), Map.of("crm", crm, "mes", mes)));
    }

    private static SourcedEvent created(String tenant, String ticket, int minute, String phone, String device) {
        return sourced(CODEC.newEvent(
                tenant + "-" + ticket + "-created",
                tenant,
                ticket,
                at(minute),
                new EventBody.TicketCreated(
                        Channel.WECOM,
                        "C-" + ticket,
                        phone,
                        device,
                        "OBC-7",
                        "site-1",
                        "华东",
                        List.of("NO_START"),
                        null,
                        "",
                        null,
                        Priority.P3)));
    }

    private static SourcedEvent closed(String tenant, String ticket, int minute) {
        return sourced(CODEC.newEvent(
                tenant + "-" + ticket + "-closed", tenant, ticket, at(minute), new EventBody.TicketClosed()));
    }

    private static OffsetDateTime at(int minute) {
        return OffsetDateTime.parse("2026-01-05T09:00:00+08:00").plusMinutes(minute);
    }

    private static SourcedEvent sourced(Event event) {
        return new SourcedEvent(event, event.topic(), 0, 0);
    }

    /** Every log line of this JVM at any level the loggers let through, while open. */
    private static AutoCloseable capture(List<String> lines) {
        AbstractAppender appender =
                new AbstractAppender("enrichment-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY) {
                    @Override
                    public void append(LogEvent event) {
                        lines.add(
                                event.getLoggerName() + " " + event.getMessage().getFormattedMessage()
                                        + (event.getThrown() == null ? "" : " " + event.getThrown()));
                    }
                };
        appender.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        context.updateLoggers();
        return () -> {
            context.getConfiguration().getRootLogger().removeAppender(appender.getName());
            context.updateLoggers();
            appender.stop();
        };
    }
}
