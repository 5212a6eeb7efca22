package io.ticketradar.models.cases;

import io.ticketradar.events.Channel;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import io.ticketradar.events.RepairOutcome;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Valid events of one tenant for case tests, stamped in the tenant's zone (+08:00). */
public final class CaseEvents {

    public static final String TENANT = "t1";
    private static final EventCodec CODEC = new EventCodec();
    private static int sequence;

    private CaseEvents() {}

    public static OffsetDateTime at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atOffset(ZoneOffset.ofHours(8));
    }

    public static Event created(
            String ticket,
            String ts,
            String device,
            String model,
            String region,
            Double tempC,
            String description,
            String... symptoms) {
        return event(
                ticket,
                ts,
                new EventBody.TicketCreated(
                        Channel.PHONE,
                        "C-1",
                        "13800000000",
                        device,
                        model,
                        "S-1",
                        region,
                        List.of(symptoms),
                        null,
                        description,
                        tempC,
                        Priority.P3));
    }

    public static Event diagnosed(String ticket, String ts, String fault) {
        return event(ticket, ts, new EventBody.FaultDiagnosed(fault, TechnicalDomain.HV));
    }

    public static Event assigned(String ticket, String ts, Stage stage, String team) {
        return event(ticket, ts, new EventBody.TicketAssigned("E-1", team, stage, false));
    }

    public static Event repaired(
            String ticket, String ts, String device, String fault, String firmware, String... photos) {
        return event(
                ticket,
                ts,
                new EventBody.RepairRecorded(
                        "R-" + (++sequence),
                        device,
                        "E-9",
                        fault,
                        "cause",
                        List.of("P-1"),
                        firmware,
                        null,
                        60,
                        RepairOutcome.FIXED,
                        List.of(photos)));
    }

    public static Event registered(String ts, String device, String model, String firmware) {
        return event(
                null,
                ts,
                new EventBody.DeviceRegistered(
                        device, model, device.substring(0, 4), "2024-01-15", firmware, null, null));
    }

    public static Event merged(String ticket, String ts, String into) {
        return event(ticket, ts, new EventBody.TicketMerged(into));
    }

    public static EventBody body(Event e) {
        return CODEC.body(e);
    }

    private static Event event(String ticket, String ts, EventBody body) {
        return CODEC.newEvent("e-" + (++sequence), TENANT, ticket, at(ts), body);
    }
}
