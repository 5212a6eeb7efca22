package io.ticketradar.pipelines.testing;

import io.ticketradar.events.Channel;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;
import io.ticketradar.pipelines.lifecycle.TicketEvent;
import io.ticketradar.pipelines.records.SourcedEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One ticket's events, written as a story relative to its creation: {@code created} first, then each step
 * at a duration after creation. Events get ids {@code <ticket>-1, -2, ...} and go through the real codec.
 */
public final class TicketStory {

    private static final EventCodec CODEC = new EventCodec();

    private final String tenant;
    private final String ticket;
    private final Instant createdAt;
    private final List<Event> events = new ArrayList<>();

    private TicketStory(String tenant, String ticket, Instant createdAt) {
        this.tenant = tenant;
        this.ticket = ticket;
        this.createdAt = createdAt;
    }

    /** A P2 ticket of device {@code DEV-<ticket>} in 华东, fault unknown. */
    public static TicketStory created(String tenant, String ticket, String createdAt) {
        return created(tenant, ticket, createdAt, "华东", "DEV-" + ticket, null, Priority.P2);
    }

    public static TicketStory created(
            String tenant,
            String ticket,
            String createdAt,
            String region,
            String deviceSn,
            String faultCode,
            Priority priority) {
        TicketStory story =
                new TicketStory(tenant, ticket, OffsetDateTime.parse(createdAt).toInstant());
        story.add(
                Duration.ZERO,
                new EventBody.TicketCreated(
                        Channel.WECOM,
                        "C-" + ticket,
                        "13800000000",
                        deviceSn,
                        "OBC-6.6",
                        "S-" + region,
                        region,
                        List.of("SYM-01"),
                        faultCode,
                        "车辆无法充电",
                        null,
                        priority));
        return story;
    }

    public static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    public static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    public static Duration days(long d) {
        return Duration.ofDays(d);
    }

    public TicketStory assigned(Duration after, Stage stage, String team) {
        return add(after, new EventBody.TicketAssigned(team + "-eng", team, stage, false));
    }

    public TicketStory responded(Duration after, boolean diagnostic) {
        return add(after, new EventBody.FirstResponse("CS-7", diagnostic));
    }

    public TicketStory moved(Duration after, Stage from, Stage to) {
        return add(after, new EventBody.StageChanged(from, to));
    }

    public TicketStory diagnosed(Duration after, String faultCode, TechnicalDomain domain) {
        return add(after, new EventBody.FaultDiagnosed(faultCode, domain));
    }

    public TicketStory resolved(Duration after, int fieldVisits) {
        return add(after, new EventBody.TicketResolved("FIXED", fieldVisits));
    }

    public TicketStory closed(Duration after) {
        return add(after, new EventBody.TicketClosed());
    }

    public TicketStory reopened(Duration after) {
        return add(after, new EventBody.TicketReopened("still broken"));
    }

    public TicketStory complained(Duration after) {
        return add(after, new EventBody.CustomerComplaint());
    }

    public TicketStory merged(Duration after, String intoTicket) {
        return add(after, new EventBody.TicketMerged(intoTicket));
    }

    private TicketStory add(Duration after, EventBody body) {
        OffsetDateTime ts = createdAt.plus(after).atOffset(ZoneOffset.ofHours(8));
        events.add(CODEC.newEvent(ticket + "-" + (events.size() + 1), tenant, ticket, ts, body));
        return this;
    }

    /** The instant {@code after} creation, in epoch ms. */
    public long at(Duration after) {
        return createdAt.plus(after).toEpochMilli();
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** The i-th event (0 = the creation). */
    public Event event(int i) {
        return events.get(i);
    }

    public List<TicketEvent> ticketEvents() {
        return events.stream().map(e -> TicketEvent.of(e, CODEC.body(e))).toList();
    }

    public static SourcedEvent sourced(Event e) {
        return new SourcedEvent(e, e.topic(), 0, 0);
    }
}
