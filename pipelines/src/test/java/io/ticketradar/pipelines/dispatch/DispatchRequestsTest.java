package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Channel;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import io.ticketradar.events.TechnicalDomain;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which ticket events ask for a routing. */
class DispatchRequestsTest {

    private static final EventCodec CODEC = new EventCodec();
    private static final long T0 = RouterTest.AT;

    private static SourcedEvent event(String id, long at, EventBody body) {
        return new SourcedEvent(
                CODEC.newEvent(
                        id, "t1", "TK-1", OffsetDateTime.ofInstant(Instant.ofEpochMilli(at), ZoneOffset.UTC), body),
                "ticket-events",
                0,
                0);
    }

    private static final EventBody CREATED = new EventBody.TicketCreated(
            Channel.PHONE,
            "C-1",
            "138",
            "A7K2-1",
            "OBC-6.6kW",
            "S-1",
            "华东",
            List.of(),
            "OBC-E017",
            null,
            null,
            Priority.P2);

    private static KeyedOneInputStreamOperatorTestHarness<String, SourcedEvent, DispatchInput> harness()
            throws Exception {
        var h = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DispatchRequests(Duration.ofDays(60)), DispatchRequests::key, Types.STRING);
        h.open();
        return h;
    }

    private static List<String> faults(KeyedOneInputStreamOperatorTestHarness<String, SourcedEvent, DispatchInput> h) {
        return h.extractOutputValues().stream()
                .map(i -> i.as(TicketToRoute.class))
                .map(t -> t.trigger() + ":" + t.faultCode())
                .toList();
    }

    @Test
    void creationAndAChangedFaultAskForARoutingAConfirmingDiagnosisDoesNot() throws Exception {
        try (var h = harness()) {
            h.processElement(event("e1", T0, CREATED), T0);
            h.processElement(event("e2", T0 + 1, new EventBody.FaultDiagnosed("OBC-E017", TechnicalDomain.HV)), T0 + 1);
            h.processElement(event("e3", T0 + 2, new EventBody.FaultDiagnosed("CAN-E101", TechnicalDomain.SW)), T0 + 2);
            assertEquals(List.of("e1:OBC-E017", "e3:CAN-E101"), faults(h));
            TicketToRoute rediagnosed = h.extractOutputValues().getLast().as(TicketToRoute.class);
            assertEquals(TechnicalDomain.SW, rediagnosed.diagnosedDomain());
            assertEquals("A7K2-1", rediagnosed.deviceSn(), "the creation's facts are kept");
            assertEquals(1, h.numEventTimeTimers());
        }
    }

    @Test
    void aClosedTicketIsForgottenAndItsTimerDropped() throws Exception {
        try (var h = harness()) {
            h.processElement(event("e1", T0, CREATED), T0);
            h.processElement(event("e2", T0 + 1, new EventBody.TicketClosed()), T0 + 1);
            assertEquals(0, h.numEventTimeTimers());
            assertEquals(0, h.numKeyedStateEntries());
            h.processElement(event("e3", T0 + 2, new EventBody.FaultDiagnosed("CAN-E101", TechnicalDomain.SW)), T0 + 2);
            assertEquals(List.of("e1:OBC-E017"), faults(h));
        }
    }

    @Test
    void aDiagnosisOfAnUnseenTicketAsksForNothing() throws Exception {
        try (var h = harness()) {
            h.processElement(event("e2", T0, new EventBody.FaultDiagnosed("CAN-E101", TechnicalDomain.SW)), T0);
            assertEquals(List.of(), faults(h));
        }
    }
}
