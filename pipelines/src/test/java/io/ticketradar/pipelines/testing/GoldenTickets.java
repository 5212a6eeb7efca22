package io.ticketradar.pipelines.testing;

import io.ticketradar.events.Event;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.TenantZones;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static io.ticketradar.pipelines.testing.TicketStory.minutes;

/**
 * Hand-built tickets of 2026-01-05 covering the edge cases of the indicator definitions, in arrival order.
 * Tenant "golden" is in Asia/Shanghai, tenant "golden-utc" in UTC. Every ticket is P2 (48 h SLA) and, unless said, in 华东.
 *
 * <pre>
 * ticket  created  what happens                                               edge case
 * G1      09:00    CS team 09:05, diagnostic response 11:00, to TECH 11:30,    response at exactly 2 h
 *                  TECH team 11:45 (waited 15 min)
 * G2      09:10    CS team 09:15, non-diagnostic response 09:40, to TECH 13:11, non-diagnostic response; 4 h 1 min in CS;
 *                  complaint 13:30 (sent twice)                                a duplicate event
 * G3      12:30    merged into G1 13:00, never answered                        still pending at 14:00
 * G4      09:20    response 09:30; TECH teams t-a 09:30, t-b, t-c, t-d 10:00;   three bounces
 *                  resolved 10:30 (1 visit), closed 11:00
 * G5      09:30    diagnostic response 11:31 (sent before its creation),       an out-of-order event; 2 h 1 min
 *                  TECH team 12:00
 * R1 华南 09:00    device R1, fault F-1; R0 had F-1 on R1 on 2025-12-06 09:00  recurrence on day 30
 * R2 华南 09:00    device R2, fault F-2; R2a had F-2 on R2 on 2025-12-05 09:00 no recurrence on day 31
 *                  R0, R1, R2a, R2: response +30 min, resolved +1 h (R2: 2 visits, others 1), closed +1 h 30
 * G6, U1   01:30+08 (17:30Z the day before) in golden and golden-utc            the day boundary
 * </pre>
 */
public final class GoldenTickets {

    public static final String TENANT = "golden";
    /** Configure it in UTC. */
    public static final String UTC_TENANT = "golden-utc";

    private GoldenTickets() {}

    /** The tenants' zones: {@link #UTC_TENANT} in UTC, the others in the default zone. */
    public static TenantZones zones() {
        return TenantZones.defaults().with(UTC_TENANT, ZoneId.of("UTC"));
    }

    public static List<Event> events() {
        TicketStory g1 = TicketStory.created(TENANT, "G1", "2026-01-05T09:00:00+08:00")
                .assigned(minutes(5), Stage.CS, "cs-a")
                .responded(hours(2), true)
                .moved(minutes(150), Stage.CS, Stage.TECH)
                .assigned(minutes(165), Stage.TECH, "tech-a");
        TicketStory g2 = TicketStory.created(TENANT, "G2", "2026-01-05T09:10:00+08:00")
                .assigned(minutes(5), Stage.CS, "cs-a")
                .responded(minutes(30), false)
                .moved(minutes(241), Stage.CS, Stage.TECH)
                .complained(minutes(260));
        TicketStory g3 =
                TicketStory.created(TENANT, "G3", "2026-01-05T12:30:00+08:00").merged(minutes(30), "G1");
        TicketStory g4 = TicketStory.created(TENANT, "G4", "2026-01-05T09:20:00+08:00")
                .responded(minutes(10), true)
                .assigned(minutes(10), Stage.TECH, "t-a")
                .assigned(minutes(20), Stage.TECH, "t-b")
                .assigned(minutes(30), Stage.TECH, "t-c")
                .assigned(minutes(40), Stage.TECH, "t-d")
                .resolved(minutes(70), 1)
                .closed(minutes(100));
        TicketStory g5 = TicketStory.created(TENANT, "G5", "2026-01-05T09:30:00+08:00")
                .responded(minutes(121), true)
                .assigned(minutes(150), Stage.TECH, "tech-b");
        List<Event> events = new ArrayList<>();
        events.addAll(g1.events());
        events.addAll(g2.events());
        events.add(g2.event(4)); // the complaint again, same event id
        events.addAll(g3.events());
        events.addAll(g4.events());
        events.add(g5.event(1)); // the response before the creation
        events.add(g5.event(0));
        events.add(g5.event(2));
        events.addAll(quickFix("R0", "2025-12-06T09:00:00+08:00", "DEV-R1", "F-1", 1));
        events.addAll(quickFix("R1", "2026-01-05T09:00:00+08:00", "DEV-R1", "F-1", 1));
        events.addAll(quickFix("R2a", "2025-12-05T09:00:00+08:00", "DEV-R2", "F-2", 1));
        events.addAll(quickFix("R2", "2026-01-05T09:00:00+08:00", "DEV-R2", "F-2", 2));
        events.addAll(TicketStory.created(TENANT, "G6", "2026-01-05T17:30:00Z").events());
        events.addAll(
                TicketStory.created(UTC_TENANT, "U1", "2026-01-05T17:30:00Z").events());
        return events;
    }

    private static List<Event> quickFix(String ticket, String createdAt, String device, String fault, int visits) {
        return TicketStory.created(TENANT, ticket, createdAt, "华南", device, fault, Priority.P2)
                .responded(minutes(30), true)
                .resolved(hours(1), visits)
                .closed(minutes(90))
                .events();
    }
}
