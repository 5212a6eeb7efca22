package io.ticketradar.pipelines.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Stage;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.records.SourceRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded stream of ticket events for the batch cross-check: every event type and the edge cases the
 * definitions care about (late and non-diagnostic responses, waits between stages, long stays, bounces,
 * re-diagnosed faults, devices failing again, reopens, complaints, merges, tickets never closed, events at the
 * same second), arriving out of order by up to 8 minutes (inside the 10 minutes of allowed lateness) with
 * 1% of them delivered twice. Events after the end of the period are cut, so the last tickets are still open.
 */
public final class SyntheticTickets {

    /** Three tenants; the last one keeps its calendar in UTC. */
    public static final List<String> TENANTS = List.of("t-sh-1", "t-sh-2", "t-utc");

    public static final Map<String, ZoneId> ZONES = Map.of("t-utc", ZoneId.of("UTC"));
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    public static final Duration PERIOD = Duration.ofDays(60);

    private static final List<String> REGIONS = List.of("华东", "华南", "华北", "华中", "西南", "西北", "东北");
    private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
    private static final int DEVICES_PER_TENANT = 12_000;
    private static final int FAULTS = 30;
    private static final long SECOND = 1_000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SplittableRandom rng;
    private final long end = START.plus(PERIOD).toEpochMilli();
    private final List<Timed> events = new ArrayList<>();

    private record Timed(long arrival, ObjectNode json) {}

    private SyntheticTickets(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** The records in arrival order, as the ingest job reads them. */
    public static List<SourceRecord> generate(long seed, int tickets) {
        SyntheticTickets generator = new SyntheticTickets(seed);
        for (int i = 0; i < tickets; i++) {
            generator.ticket(i);
        }
        return generator.records();
    }

    private List<SourceRecord> records() {
        events.sort(Comparator.comparingLong(Timed::arrival));
        List<SourceRecord> records = new ArrayList<>(events.size());
        for (Timed e : events) {
            records.add(new SourceRecord(
                    Topics.TICKET_EVENTS, 0, records.size(), e.json().toString().getBytes(StandardCharsets.UTF_8)));
        }
        return records;
    }

    private final class Ticket {
        final String tenant;
        final String id;
        int seq;

        Ticket(String tenant, String id) {
            this.tenant = tenant;
            this.id = id;
        }

        ObjectNode add(String type, long ts) {
            ObjectNode e = JSON.objectNode()
                    .put("event_id", id + "-" + (++seq))
                    .put("event_type", type)
                    .put("tenant_id", tenant)
                    .put("ticket_id", id)
                    .put("ts", Instant.ofEpochMilli(ts).toString())
                    .put("schema_version", 1);
            if (ts < end) {
                long arrival = ts + between(0, 8 * MINUTE);
                events.add(new Timed(arrival, e));
                if (rng.nextDouble() < 0.01) {
                    events.add(new Timed(arrival + between(0, 5 * MINUTE), e));
                }
            }
            return e;
        }

        void assign(long ts, Stage stage, String team) {
            add("TICKET_ASSIGNED", ts)
                    .put("assignee_id", team + "-e" + rng.nextInt(3))
                    .put("team_id", team)
                    .put("stage", stage.name())
                    .put("auto", rng.nextBoolean());
        }

        void move(long ts, Stage from, Stage to) {
            add("STAGE_CHANGED", ts).put("from_stage", from.name()).put("to_stage", to.name());
        }

        void resolve(long ts) {
            double v = rng.nextDouble();
            int visits = v < 0.05 ? 0 : v < 0.75 ? 1 : v < 0.95 ? 2 : 3;
            add("TICKET_RESOLVED", ts)
                    .put("resolution_code", "R" + rng.nextInt(5))
                    .put("field_visits", visits);
        }
    }

    private void ticket(int i) {
        String tenant = TENANTS.get(i % TENANTS.size());
        Ticket t = new Ticket(tenant, "T" + i);
        long created = START.toEpochMilli() + seconds(between(0, PERIOD.toMillis()));
        int device = rng.nextInt(DEVICES_PER_TENANT);
        String fault = rng.nextDouble() < 0.7 ? fault(device % FAULTS) : fault(rng.nextInt(FAULTS));
        ObjectNode c = t.add("TICKET_CREATED", created)
                .put("channel", "wecom")
                .put("customer_id", "C" + device)
                .put("customer_phone", "13800000000")
                .put("device_sn", "SN" + tenant + "-" + device)
                .put("product_model", "OBC-6.6")
                .put("region", REGIONS.get(device % REGIONS.size()))
                .put("site_id", "S" + device % 40)
                .put("priority", PRIORITIES.get(rng.nextInt(PRIORITIES.size())));
        c.putArray("symptoms").add("SYM-01");
        if (rng.nextDouble() < 0.3) {
            c.put("fault_code", fault);
        } else {
            c.putNull("fault_code");
        }

        if (rng.nextDouble() < 0.9) {
            double r = rng.nextDouble();
            long delay = r < 0.03
                    ? 2 * HOUR
                    : r < 0.75 ? between(5 * MINUTE, 110 * MINUTE) : between(110 * MINUTE, 5 * HOUR);
            t.add("FIRST_RESPONSE", created + delay)
                    .put("responder_id", "cs-e" + rng.nextInt(9))
                    .put("diagnostic", rng.nextDouble() < 0.8);
        }
        if (rng.nextDouble() < 0.03) {
            t.add("TICKET_MERGED", created + between(10 * MINUTE, 3 * HOUR))
                    .put("into_ticket_id", "T" + rng.nextInt(i + 1));
        }
        if (rng.nextDouble() < 0.1) {
            t.add("CUSTOMER_COMPLAINT", created + between(HOUR, 4 * DAY));
        }

        long now = created + seconds(between(MINUTE, 30 * MINUTE));
        if (rng.nextDouble() < 0.9) {
            t.assign(now, Stage.CS, "cs-" + rng.nextInt(4));
        }
        now += seconds(between(10 * MINUTE, 6 * HOUR));
        if (rng.nextDouble() < 0.02) {
            return; // abandoned in CS: never moves, never closes
        }
        if (rng.nextDouble() < 0.6) {
            t.move(now, Stage.CS, Stage.TECH);
            now += seconds(between(0, 2 * HOUR));
        }
        int techTeam = rng.nextInt(5);
        t.assign(now, Stage.TECH, "tech-" + techTeam);
        if (rng.nextDouble() < 0.15) {
            now += seconds(between(10 * MINUTE, 3 * HOUR));
            t.assign(now, Stage.TECH, "tech-" + (techTeam + 1) % 5);
            if (rng.nextDouble() < 0.5) {
                now += seconds(between(10 * MINUTE, 3 * HOUR));
                t.assign(now, Stage.TECH, "tech-" + (techTeam + 2) % 5);
            }
        }
        if (rng.nextDouble() < 0.6) {
            String diagnosed = rng.nextDouble() < 0.8 ? fault : fault(rng.nextInt(FAULTS));
            t.add("FAULT_DIAGNOSED", now + seconds(between(5 * MINUTE, 2 * HOUR)))
                    .put("fault_code", diagnosed)
                    .put("domain", List.of("HV", "LV", "SW").get(diagnosed.hashCode() & 1));
        }
        now += seconds(between(20 * MINUTE, 8 * HOUR));
        Stage stage = Stage.TECH;
        if (rng.nextDouble() < 0.3) {
            t.move(now, Stage.TECH, Stage.PARTS);
            stage = Stage.PARTS;
            if (rng.nextDouble() < 0.5) {
                t.assign(now + seconds(between(0, 3 * HOUR)), Stage.PARTS, "parts-0");
            }
            now += seconds(between(HOUR, 30 * HOUR));
        }
        if (rng.nextDouble() < 0.7) {
            t.assign(now, Stage.FIELD, "field-" + rng.nextInt(6));
            now += seconds(between(HOUR, 10 * HOUR));
        } else if (stage == Stage.PARTS && rng.nextDouble() < 0.5) {
            t.move(now, Stage.PARTS, Stage.FIELD);
            now += seconds(between(HOUR, 10 * HOUR));
        }
        t.resolve(now);
        if (rng.nextDouble() < 0.95) {
            now += seconds(between(10 * MINUTE, 48 * HOUR));
            t.add("TICKET_CLOSED", now);
            if (rng.nextDouble() < 0.06) {
                now += seconds(between(HOUR, 25 * DAY));
                t.add("TICKET_REOPENED", now).put("reason", "again");
                now += seconds(between(2 * HOUR, 48 * HOUR));
                t.resolve(now);
                t.add("TICKET_CLOSED", now + seconds(between(HOUR, 24 * HOUR)));
            }
        }
    }

    private static String fault(int n) {
        return "F-" + n;
    }

    private long between(long from, long to) {
        return from + rng.nextLong(to - from + 1);
    }

    /** Truncated to the second, so some events of a ticket share an instant. */
    private static long seconds(long ms) {
        return ms / SECOND * SECOND;
    }
}
