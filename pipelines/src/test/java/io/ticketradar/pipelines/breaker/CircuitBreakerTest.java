package io.ticketradar.pipelines.breaker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertKind;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.TenantAlerts;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.lifecycle.SlaPolicies;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import io.ticketradar.pipelines.lifecycle.WorkingCalendar;
import io.ticketradar.pipelines.lifecycle.WorkingHours;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.testing.KeyedStateEntries;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaker on scripted weeks, driven by watermarks. Days are in Asia/Shanghai unless a tenant says
 * otherwise, with 1 h of allowed lateness: Monday 2026-01-05 is final at its end (16:00 UTC) + 4 h + 1 h,
 * 2026-01-05T21:00:00Z.
 */
class CircuitBreakerTest {

    private static final String TENANT = "tenant-a";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration LATENESS = Duration.ofHours(1);
    private static final LocalDate MON = LocalDate.of(2026, 1, 5);
    private static final LocalDate TUE = MON.plusDays(1);
    private static final LocalDate WED = MON.plusDays(2);
    private static final LocalDate THU = MON.plusDays(3);
    private static final LocalDate FRI = MON.plusDays(4);
    private static final LocalDate SAT = MON.plusDays(5);
    private static final LocalDate SUN = MON.plusDays(6);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aScriptedWeekOpensOnceOnTheThirdOverDayAndClosesOnTheFirstDayBackUnder() throws Exception {
        try (var harness = harness(AlertSettings.defaults())) {
            send(harness, rate(MON, 10, 100));
            send(harness, rate(TUE, 8, 100));
            send(harness, rate(WED, 2, 50)); // Wednesday noon: still under...
            send(harness, rate(WED, 12, 100)); // ...by evening over: the latest value counts
            harness.processWatermark(finalAt(WED) - 1);
            assertEquals(List.of(), harness.extractOutputValues(), "Wednesday is not final yet");

            harness.processWatermark(finalAt(WED));
            Alert open = single(harness.extractOutputValues());
            assertEquals(AlertKind.CIRCUIT_OPEN, open.kind());
            assertEquals("circuit_open:2026-01-07", open.alertId());
            assertEquals(TENANT, open.tenantId());
            assertEquals(WED, open.day());
            assertEquals(
                    Instant.parse("2026-01-07T21:00:00Z"), open.raisedAt(), "Wednesday's end in Shanghai + 4 h + 1 h");
            assertEquals("流程熔断", open.title());
            assertEquals(
                    "跨域协同断点率连续3天超过5%：1月5日 10%（10/100），1月6日 8%（8/100），1月7日 12%（12/100）。" + "请暂停受理新工单，并召开15分钟站会。",
                    open.detail());
            JsonNode payload = JSON.readTree(open.payload());
            assertEquals(
                    0,
                    new BigDecimal("0.05").compareTo(payload.path("threshold").decimalValue()));
            assertEquals(3, payload.path("days").size());
            assertEquals(0.12, payload.path("days").get(2).path("rate").asDouble(), 1e-9);

            send(harness, rate(THU, 9, 100)); // over again while open: nothing new
            harness.processWatermark(finalAt(THU));
            assertEquals(1, harness.extractOutputValues().size());

            send(harness, rate(FRI, 3, 100));
            harness.processWatermark(finalAt(FRI));
            Alert closed = harness.extractOutputValues().get(1);
            assertEquals(AlertKind.CIRCUIT_CLOSED, closed.kind());
            assertEquals("circuit_closed:2026-01-09", closed.alertId());
            assertEquals(FRI, closed.day());
            assertEquals(Instant.ofEpochMilli(finalAt(FRI)), closed.raisedAt());
            assertEquals("流程熔断解除", closed.title());
            assertEquals("跨域协同断点率1月9日 3%（3/100），回到5%以内；自1月7日起的流程熔断解除，恢复受理。", closed.detail());
            assertEquals(
                    "2026-01-07",
                    JSON.readTree(closed.payload()).path("opened_on").asText());

            send(harness, rate(SAT, 2, 100));
            harness.processWatermark(finalAt(SUN));
            assertEquals(2, harness.extractOutputValues().size(), "under after close: nothing");
            assertEquals(0, KeyedStateEntries.of(harness), "a closed circuit with every day judged keeps no state");
            assertEquals(0, harness.numEventTimeTimers());
        }
    }

    @Test
    void aCorrectionThatTurnsTheThirdDayUnderBeforeItIsFinalPreventsTheOpening() throws Exception {
        try (var harness = harness(AlertSettings.defaults())) {
            send(harness, rate(MON, 10, 100));
            send(harness, rate(TUE, 10, 100));
            send(harness, rate(WED, 10, 100));
            harness.processWatermark(finalAt(WED) - 60_000);
            send(harness, rate(WED, 4, 100)); // one minute before final: corrected under
            harness.processWatermark(finalAt(WED));
            assertEquals(List.of(), harness.extractOutputValues());

            send(harness, rate(THU, 10, 100));
            send(harness, rate(FRI, 10, 100));
            harness.processWatermark(finalAt(FRI));
            assertEquals(List.of(), harness.extractOutputValues(), "the streak restarted on Thursday");

            send(harness, rate(SAT, 10, 100));
            harness.processWatermark(finalAt(SAT));
            assertEquals(
                    "circuit_open:2026-01-10",
                    single(harness.extractOutputValues()).alertId());
        }
    }

    @Test
    void aValueForADayAlreadyFinalIsIgnored() throws Exception {
        try (var harness = harness(AlertSettings.defaults())) {
            send(harness, rate(MON, 10, 100));
            send(harness, rate(TUE, 10, 100));
            send(harness, rate(WED, 10, 100));
            harness.processWatermark(finalAt(WED));
            assertEquals(
                    AlertKind.CIRCUIT_OPEN,
                    single(harness.extractOutputValues()).kind());

            send(harness, rate(WED, 1, 100)); // too late to change Wednesday
            harness.processWatermark(finalAt(SUN));
            assertEquals(1, harness.extractOutputValues().size());
            assertEquals(0, harness.numEventTimeTimers());
        }
    }

    @Test
    void aDayWithoutTicketsBreaksAStreakButDoesNotCloseAnOpenCircuit() throws Exception {
        try (var harness = harness(AlertSettings.defaults())) {
            send(harness, rate(MON, 10, 100));
            send(harness, rate(TUE, 10, 100)); // Wednesday: no value at all
            harness.processWatermark(finalAt(WED));
            assertEquals(0, KeyedStateEntries.of(harness), "the broken streak is forgotten once Wednesday is final");
            assertEquals(0, harness.numEventTimeTimers());

            send(harness, rate(THU, 10, 100));
            send(harness, rate(FRI, 10, 100));
            send(harness, rate(SAT, 0, 0)); // a day without tickets also breaks it
            send(harness, rate(SUN, 10, 100));
            harness.processWatermark(finalAt(SUN));
            assertEquals(List.of(), harness.extractOutputValues());

            send(harness, rate(SUN.plusDays(1), 10, 100));
            send(harness, rate(SUN.plusDays(2), 10, 100));
            send(harness, rate(SUN.plusDays(3), 0, 0)); // intake paused: no tickets, the circuit stays open
            send(harness, rate(SUN.plusDays(4), 5, 100)); // exactly 5% is not over: closes
            harness.processWatermark(finalAt(SUN.plusDays(4)));
            List<Alert> alerts = harness.extractOutputValues();
            assertEquals(
                    List.of("circuit_open:2026-01-13", "circuit_closed:2026-01-15"),
                    alerts.stream().map(Alert::alertId).toList());
            assertEquals(0, KeyedStateEntries.of(harness));
            assertEquals(0, harness.numEventTimeTimers());
        }
    }

    @Test
    void thresholdsAndTimeZonesArePerTenant() throws Exception {
        AlertSettings settings = AlertSettings.defaults()
                .withTenant(
                        "strict",
                        new TenantAlerts(
                                new BigDecimal("0.02"),
                                List.of(new Webhook(URI.create("http://127.0.0.1:9/hook"), WebhookFormat.JSON))))
                .withTenant("lenient", new TenantAlerts(new BigDecimal("0.10"), List.of()));
        try (var harness = harness(settings, TenantZones.defaults().with("strict", ZoneOffset.UTC))) {
            for (LocalDate day : List.of(MON, TUE, WED)) {
                send(harness, new DailyBreakpointRate("strict", day, 3, 100));
                send(harness, new DailyBreakpointRate("lenient", day, 8, 100));
                send(harness, new DailyBreakpointRate(TENANT, day, 5, 100));
            }
            harness.processWatermark(finalAt(WED));
            assertEquals(List.of(), harness.extractOutputValues(), "strict's Wednesday ends 8 h later, in UTC");

            harness.processWatermark(Instant.parse("2026-01-08T05:00:00Z").toEpochMilli());
            Alert open = single(harness.extractOutputValues());
            assertEquals("strict", open.tenantId());
            assertTrue(open.detail().contains("连续3天超过2%"), open.detail());
            assertEquals(Instant.parse("2026-01-08T05:00:00Z"), open.raisedAt());
        }
    }

    /**
     * Counted in business hours (MON-FRI 09:00-18:00), Wednesday's last ticket may still turn into a breakpoint until
     * Thursday 13:00 (09:00 + 4 h): Wednesday is final an hour of lateness after that, not at 05:00.
     */
    @Test
    void aDayIsFinalOnceItsLastTicketsStayHasPassedInBusinessHours() throws Exception {
        WorkingCalendar office = WorkingCalendar.of(SHANGHAI, WorkingHours.parse("MON-FRI 09:00-18:00"));
        SlaPolicies slas = SlaPolicies.defaults().with(TENANT, SlaPolicy.DEFAULT.withCalendar(office));
        try (var harness = harness(AlertSettings.defaults(), TenantZones.defaults(), slas)) {
            for (LocalDate day : List.of(MON, TUE, WED)) {
                send(harness, rate(day, 10, 100));
            }
            long lastBreakpoint =
                    Instant.parse("2026-01-08T05:00:00Z").toEpochMilli() + 1; // Thursday 13:00 in Shanghai
            harness.processWatermark(lastBreakpoint + LATENESS.toMillis() - 1);
            assertEquals(List.of(), harness.extractOutputValues(), "Wednesday is not final yet");
            harness.processWatermark(lastBreakpoint + LATENESS.toMillis());
            assertEquals(WED, single(harness.extractOutputValues()).day());
        }
    }

    @Test
    void ratesAndAlertsUseFlinksPojoSerializerNotKryo() {
        // Kryo would make the breaker's state unreadable after a field is added to the record.
        assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(DailyBreakpointRate.class));
        assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(Alert.class));
    }

    private static KeyedBroadcastOperatorTestHarness<String, DailyBreakpointRate, String, Alert> harness(
            AlertSettings settings) throws Exception {
        return harness(settings, TenantZones.defaults());
    }

    private static KeyedBroadcastOperatorTestHarness<String, DailyBreakpointRate, String, Alert> harness(
            AlertSettings settings, TenantZones zones) throws Exception {
        return harness(settings, zones, SlaPolicies.defaults());
    }

    private static KeyedBroadcastOperatorTestHarness<String, DailyBreakpointRate, String, Alert> harness(
            AlertSettings settings, TenantZones zones, SlaPolicies slas) throws Exception {
        var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new CircuitBreaker(zones, new PoliciesInForce(slas, HealthyThresholds.defaults(), settings), LATENESS),
                DailyBreakpointRate::tenantId,
                Types.STRING,
                PoliciesInForce.STATE);
        harness.processBroadcastWatermark(Long.MAX_VALUE); // no policy changes
        return harness;
    }

    private static DailyBreakpointRate rate(LocalDate day, long breakpoints, long tickets) {
        return new DailyBreakpointRate(TENANT, day, breakpoints, tickets);
    }

    /** Without a record timestamp: the breaker goes by each value's day and by the watermark only. */
    private static void send(
            KeyedBroadcastOperatorTestHarness<String, DailyBreakpointRate, String, Alert> harness,
            DailyBreakpointRate rate)
            throws Exception {
        harness.processElement(new StreamRecord<>(rate));
    }

    private static long finalAt(LocalDate day) {
        return day.plusDays(1)
                .atStartOfDay(SHANGHAI)
                .plusHours(4)
                .plus(LATENESS)
                .toInstant()
                .toEpochMilli();
    }

    private static Alert single(List<Alert> alerts) {
        assertEquals(1, alerts.size(), alerts::toString);
        return alerts.getFirst();
    }
}
