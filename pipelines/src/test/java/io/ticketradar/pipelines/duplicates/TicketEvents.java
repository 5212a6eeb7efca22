package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Channel;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import io.ticketradar.events.TechnicalDomain;
import io.ticketradar.pipelines.records.SourcedEvent;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Events of the tests' tickets, {@code hours} after {@link Tickets#T0}, made by the real codec. */
final class TicketEvents {

    private static final EventCodec CODEC = new EventCodec();

    private TicketEvents() {}

    static Event created(
            String tenant,
            String ticket,
            double hours,
            String customer,
            String phone,
            String device,
            String... symptoms) {
        return event(
                tenant,
                ticket,
                "created",
                hours,
                new EventBody.TicketCreated(
                        Channel.WECOM,
                        customer,
                        phone,
                        device,
                        "OBC-7",
                        "site-1",
                        "华东",
                        List.of(symptoms),
                        null,
                        "",
                        null,
                        Priority.P3));
    }

    static Event diagnosed(String tenant, String ticket, double hours, String faultCode) {
        return event(tenant, ticket, "diagnosed", hours, new EventBody.FaultDiagnosed(faultCode, TechnicalDomain.HV));
    }

    static Event closed(String tenant, String ticket, double hours) {
        return event(tenant, ticket, "closed", hours, new EventBody.TicketClosed());
    }

    static SourcedEvent sourced(Event event) {
        return new SourcedEvent(event, event.topic(), 0, 0);
    }

    private static Event event(String tenant, String ticket, String what, double hours, EventBody body) {
        return CODEC.newEvent(
                tenant + ":" + ticket + ":" + what + ":" + hours,
                tenant,
                ticket,
                Instant.ofEpochMilli(Tickets.at(hours)).atOffset(ZoneOffset.ofHours(8)),
                body);
    }
}
