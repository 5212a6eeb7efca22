package io.ticketradar.pipelines.dispatch;

import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertKind;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stock-out is raised once per tenant, part and day of the tenant (Shanghai here), not once per blocked ticket. */
class StockOutAlertsTest {

    /** 2026-01-08 09:00 in Shanghai. */
    private static final long MORNING = Instant.parse("2026-01-08T01:00:00Z").toEpochMilli();

    private static final long HOUR = 3_600_000L;

    private static StockOutAlerts.Blocked blocked(String tenant, String part, int ticket, long at) {
        return new StockOutAlerts.Blocked(tenant, part, "TK-" + ticket, "ev-" + ticket, at);
    }

    @Test
    void oncePerTenantPartAndDay() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, StockOutAlerts.Blocked, Alert> h =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new StockOutAlerts(TenantZones.defaults()), StockOutAlerts.Blocked::key, Types.STRING)) {
            h.processElement(blocked("t1", "P-OBC-07", 1, MORNING), MORNING);
            h.processElement(blocked("t1", "P-OBC-07", 2, MORNING + HOUR), MORNING + HOUR);
            h.processElement(blocked("t1", "P-OBC-07", 3, MORNING + 14 * HOUR), MORNING + 14 * HOUR);
            h.processElement(blocked("t1", "P-FAN", 4, MORNING + HOUR), MORNING + HOUR);
            h.processElement(blocked("t2", "P-OBC-07", 5, MORNING + HOUR), MORNING + HOUR);
            h.processElement(blocked("t1", "P-OBC-07", 6, MORNING + 16 * HOUR), MORNING + 16 * HOUR);

            List<Alert> alerts = h.extractOutputValues();
            assertEquals(
                    List.of(
                            "t1 stock_out:P-OBC-07:2026-01-08",
                            "t1 stock_out:P-FAN:2026-01-08",
                            "t2 stock_out:P-OBC-07:2026-01-08",
                            "t1 stock_out:P-OBC-07:2026-01-09"),
                    alerts.stream().map(a -> a.tenantId() + " " + a.alertId()).toList(),
                    "ticket 3 is still the 8th in Shanghai (23:00), ticket 6 the 9th (01:00)");
            Alert first = alerts.getFirst();
            assertEquals(AlertKind.STOCK_OUT, first.kind());
            assertEquals(LocalDate.of(2026, 1, 8), first.day());
            assertTrue(first.detail().contains("TK-1"), first.detail());
            assertTrue(first.payload().contains("\"part_no\":\"P-OBC-07\""), first.payload());
        }
    }
}
