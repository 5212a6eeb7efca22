package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.BadRecordKind;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Topics;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a ticket's story into Kafka records: one per event, some of them late, plus the occasional
 * bad record or redelivery beside them. Bad records are extra, never instead of a good one, so the
 * valid stream stays complete and the ground truth exact.
 */
final class Emitter {
    private static final double BAD_JITTER_S = 120;
    private static final double REDELIVERY_MEDIAN_S = 40;

    private final String tenantId;
    private final WireWriter writer;
    private final BadRecordMaker bad = new BadRecordMaker();
    private final Scenario.LateEvents late;
    private final Scenario.BadRecords badRecords;
    private final Map<BadRecordKind, Double> badKinds = new LinkedHashMap<>();

    Emitter(String tenantId, Scenario scenario, ZoneId zone) {
        this.tenantId = tenantId;
        this.writer = new WireWriter(zone);
        this.late = scenario.lateEvents();
        this.badRecords = scenario.badRecords();
        // Enum order, not file order, so the draw does not depend on how a scenario lists the kinds.
        for (BadRecordKind kind : BadRecordKind.values()) {
            badKinds.put(kind, badRecords.kinds().getOrDefault(kind, 0.0));
        }
    }

    /** A record waiting for its turn in the stream. */
    record Pending(GeneratedRecord record, RecordNote note) {}

    interface Sink {
        void accept(Pending pending);
    }

    void emit(TicketStory story, Rng rng, Sink sink) {
        String ticketId = story.spec().ticketId();
        int n = 0;
        for (TicketStory.Timed event : story.events()) {
            n++;
            String eventId = ticketId + "-%02d".formatted(n);
            EventBody body = event.body();
            String topic = body.type().topic();
            String key =
                    Topics.REPAIR_EVENTS.equals(topic) ? story.spec().device().sn() : ticketId;
            byte[] value = writer.write(eventId, tenantId, ticketId, event.ts(), body);
            Instant publishAt = event.ts();
            Duration lateBy = null;
            if (rng.chance(late.share())) {
                lateBy = Duration.ofSeconds((long)
                        Math.min(late.maxHours() * 3600, 60 * rng.logNormal(late.medianMinutes(), late.sigma())));
                publishAt = publishAt.plus(lateBy);
            }
            sink.accept(new Pending(
                    new GeneratedRecord(topic, key, value, event.ts(), publishAt),
                    new RecordNote(eventId, null, lateBy)));
            if (rng.chance(badRecords.share())) {
                sink.accept(spoilt(
                        body.type(),
                        value,
                        eventId,
                        ticketId + "-x%02d".formatted(n),
                        topic,
                        key,
                        event.ts(),
                        publishAt,
                        rng));
            }
        }
    }

    /** A bad record beside the good one, sent after it (a redelivery repeats what was sent, when it was sent). */
    private Pending spoilt(
            EventType type,
            byte[] good,
            String eventId,
            String badId,
            String topic,
            String key,
            Instant ts,
            Instant goodPublishAt,
            Rng rng) {
        BadRecordKind kind = rng.weighted(badKinds);
        byte[] value = bad.make(kind, good, type, badId, rng);
        boolean redelivery = kind == BadRecordKind.DUPLICATE_EVENT_ID;
        Instant publishAt = goodPublishAt.plusSeconds(
                1 + (long) (redelivery ? rng.logNormal(REDELIVERY_MEDIAN_S, 1.0) : rng.uniform(0, BAD_JITTER_S)));
        Instant eventTime = kind == BadRecordKind.MALFORMED_JSON || kind == BadRecordKind.BAD_TIMESTAMP ? null : ts;
        return new Pending(
                new GeneratedRecord(topic, key, value, eventTime, publishAt),
                new RecordNote(redelivery ? eventId : badId, kind, null));
    }
}
