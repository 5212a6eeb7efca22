package io.ticketradar.pipelines.indicators;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecurrenceFunctionTest {

    private static final Duration HORIZON = Duration.ofDays(90);
    private static final long T0 = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();
    private static final long DAY = Duration.ofDays(1).toMillis();

    private KeyedOneInputStreamOperatorTestHarness<String, DeviceFault, Contribution> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new RecurrenceFunction(HORIZON), DeviceFault::key, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(String ticket, long createdAt, String fault, boolean member) throws Exception {
        harness.processElement(new DeviceFault("t", "DEV-1", fault, ticket, createdAt, "华东", member), createdAt);
    }

    private static Contribution part(long createdAt, long notRecurring, long tickets) {
        return new Contribution("t", Indicator.RECURRENCE_SUPPRESSION, createdAt, "华东", "", notRecurring, tickets);
    }

    @Test
    void theSameFaultOnDayThirtyRecursOnDayThirtyOneItDoesNot() throws Exception {
        send("A", T0, "F", true);
        send("B", T0 + 30 * DAY, "F", true);
        send("C", T0 + 61 * DAY + 1, "F", true); // 31 days and 1 ms after B
        assertEquals(
                List.of(part(T0, 1, 1), part(T0 + 30 * DAY, 0, 1), part(T0 + 61 * DAY + 1, 1, 1)),
                harness.extractOutputValues());
    }

    @Test
    void anEarlierTicketArrivingLaterCorrectsTheOnesItPrecedes() throws Exception {
        send("B", T0 + 10 * DAY, "F", true);
        send("A", T0, "F", true);
        assertEquals(
                List.of(part(T0 + 10 * DAY, 1, 1), part(T0, 1, 1), part(T0 + 10 * DAY, -1, 0)),
                harness.extractOutputValues());
    }

    @Test
    void aReDiagnosisLeavesTheFaultAndUndoesTheRecurrenceItCaused() throws Exception {
        send("A", T0, "F", true);
        send("B", T0 + DAY, "F", true);
        harness.getOutput().clear();

        send("A", T0, "F", false);

        assertEquals(List.of(part(T0, -1, -1), part(T0 + DAY, 1, 0)), harness.extractOutputValues());
    }

    @Test
    void ticketsAreForgottenAfterTheHorizon() throws Exception {
        send("A", T0, "F", true);
        harness.processWatermark(T0 + HORIZON.toMillis());
        assertEquals(0, harness.numKeyedStateEntries());
        assertEquals(0, harness.numEventTimeTimers());
    }
}
