package io.ticketradar.models.offline;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.cases.CaseAssembly;
import io.ticketradar.models.cases.FailureCase;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * Works out, event by event in arrival order, what each event brings the detection: nothing for a repeated event id
 * (dropped, as ingest drops it), a code's labels, or the cases it completed or changed and how far it moved event time
 * (the job's watermark: the newest event time less the allowed out-of-orderness). None of this depends on the
 * detection, so it can run ahead of it on another thread ({@link OfflineDetection#acceptAll}).
 */
final class Arrivals {

    private static final EventCodec CODEC = new EventCodec();
    /** As long as ingest remembers event ids (PipelineSettings' default). */
    private static final Duration DEDUP_MEMORY = Duration.ofDays(7);

    private final Duration outOfOrderness;
    private final int historyDays;
    private final CaseAssembly assembly;
    private final SeenEvents seen = new SeenEvents(DEDUP_MEMORY);
    private Instant watermark = Instant.MIN;
    private Instant latest = Instant.MIN;
    private Instant forgotten = Instant.MIN;

    /** @param historyDays how far back the detector looks: older cases are forgotten as event time passes */
    Arrivals(Duration outOfOrderness, int historyDays, Function<String, ZoneId> zones) {
        this.outOfOrderness = outOfOrderness;
        this.historyDays = historyDays;
        this.assembly = new CaseAssembly(zones);
    }

    /** What the event brings, or null for an event id seen before. */
    Arrival of(Event event) {
        if (!seen.add(event.tenantId() + '\u0000' + event.eventId(), event.ts())) {
            return null;
        }
        EventBody body = CODEC.body(event);
        if (body instanceof EventBody.CodeDefined d) {
            return new Arrival(event.tenantId(), event.ts(), d, List.of(), null);
        }
        List<FailureCase> cases = assembly.apply(event, body);
        latest = event.ts().isAfter(latest) ? event.ts() : latest;
        Instant candidate = event.ts().minus(outOfOrderness);
        if (!candidate.isAfter(watermark)) {
            return new Arrival(event.tenantId(), event.ts(), null, cases, null);
        }
        watermark = candidate;
        // Only the assembly forgets here, so forgetting before the detection has run what this event made due changes
        // nothing the detection sees.
        if (watermark.isAfter(forgotten.plus(Duration.ofDays(1)))) {
            forgotten = watermark;
            assembly.forgetBefore(watermark.minus(Duration.ofDays(historyDays)));
            seen.forgetBefore(watermark);
        }
        return new Arrival(event.tenantId(), event.ts(), null, cases, watermark);
    }

    /** The newest event time seen (of events that are not labels), or {@link Instant#MIN}. */
    Instant latest() {
        return latest;
    }
}
