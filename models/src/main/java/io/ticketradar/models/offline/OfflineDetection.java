package io.ticketradar.models.offline;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.detect.EvaluationClock;
import io.ticketradar.models.explain.CodeLabels;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.models.track.PatternChange;
import io.ticketradar.models.track.PatternState;
import io.ticketradar.models.track.TenantPatterns;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Emergence detection over a recorded stream, without Flink, exactly as the streaming job runs it: events in the order
 * they arrived, event time held back by the allowed out-of-orderness (the job's watermark), each tenant evaluated on
 * its {@link EvaluationClock} as event time passes. For {@code ./ticketradar patterns}, the evaluation harness and
 * the benchmark.
 */
public final class OfflineDetection {

    private final DetectorSettings settings;
    private final Duration interval;
    private final Function<String, ZoneId> zones;
    private final Arrivals arrivals;
    private final Map<String, Tenant> tenants = new LinkedHashMap<>();
    private Instant watermark = Instant.MIN;
    private long events;

    /** One tenant's detection, labels and evaluation schedule. */
    private final class Tenant {
        final CodeLabels labels = new CodeLabels();
        final TenantPatterns patterns;
        final EvaluationClock clock;
        final List<PatternChange> changes = new ArrayList<>();
        Instant nextDue;

        Tenant(String id) {
            this.patterns = new TenantPatterns(id, settings, labels);
            this.clock = new EvaluationClock(zones.apply(id), interval);
        }
    }

    public OfflineDetection(
            DetectorSettings settings, Duration interval, Duration outOfOrderness, Function<String, ZoneId> zones) {
        this.settings = settings;
        this.interval = interval;
        this.zones = zones;
        this.arrivals = new Arrivals(outOfOrderness, settings.historyDays(), zones);
    }

    /**
     * Takes one event in, in arrival order, and runs the evaluations event time has made due. A repeated event id is
     * dropped, as ingest drops it.
     */
    public void accept(Event event) {
        Arrival arrival = arrivals.of(event);
        if (arrival != null) {
            take(arrival);
        }
    }

    /**
     * Takes every event of {@code events} in, in their order, as {@link #accept} would one by one, with the same
     * results, in three steps on threads of their own, each ahead of the next: the source's own work (making, reading
     * or decoding its records), what each event brings (its body decoded, its cases assembled), and the detection,
     * which sees the events one by one in order.
     */
    public void acceptAll(Iterator<? extends Event> events) {
        try (ReadAhead<Event> read = new ReadAhead<>(events, Function.identity(), "offline-detection-source");
                ReadAhead<Arrival> ahead = new ReadAhead<>(read, arrivals::of, "offline-detection-arrivals")) {
            while (ahead.hasNext()) {
                take(ahead.next());
            }
        }
    }

    private void take(Arrival arrival) {
        events++;
        Tenant tenant = tenants.computeIfAbsent(arrival.tenantId(), Tenant::new);
        if (arrival.label() != null) {
            EventBody.CodeDefined d = arrival.label();
            tenant.labels.learn(Code.of(CodeKind.of(d.kind()), d.code()), d.zh(), d.en());
            return;
        }
        for (FailureCase c : arrival.cases()) {
            tenants.computeIfAbsent(c.tenantId(), Tenant::new).patterns.upsert(c);
        }
        if (tenant.nextDue == null) {
            tenant.nextDue = tenant.clock.next(arrival.ts());
        }
        if (arrival.watermark() != null) {
            watermark = arrival.watermark();
            tenants.values().forEach(this::runDue);
        }
    }

    /** The end of the stream: event time runs to the end of the day of the newest event, for every tenant. */
    public void finish() {
        for (Tenant t : tenants.values()) {
            if (t.nextDue == null) {
                continue;
            }
            ZoneId zone = t.clock.zone();
            Instant end = arrivals.latest()
                    .atZone(zone)
                    .toLocalDate()
                    .plusDays(1)
                    .atStartOfDay(zone)
                    .toInstant();
            while (!t.nextDue.isAfter(end)) {
                if (t.clock.worthEvaluating(t.nextDue, end)) {
                    evaluate(t, t.nextDue);
                }
                t.nextDue = t.clock.next(t.nextDue);
            }
        }
    }

    private void runDue(Tenant t) {
        while (t.nextDue != null && !t.nextDue.isAfter(watermark)) {
            if (t.clock.worthEvaluating(t.nextDue, watermark)) {
                evaluate(t, t.nextDue);
            }
            t.nextDue = t.clock.next(t.nextDue);
        }
    }

    private void evaluate(Tenant t, Instant at) {
        t.changes.addAll(t.patterns.evaluate(at, t.clock.dayOf(at)));
    }

    public List<String> tenants() {
        return List.copyOf(tenants.keySet());
    }

    /** Every pattern change of a tenant, in evaluation order. */
    public List<PatternChange> changes(String tenant) {
        Tenant t = tenants.get(tenant);
        return t == null ? List.of() : List.copyOf(t.changes);
    }

    /** The tenant's patterns with what the tracker remembers of each (first detection, flagged cases). */
    public List<PatternState> states(String tenant) {
        Tenant t = tenants.get(tenant);
        return t == null ? List.of() : t.patterns.tracker().state();
    }

    /** The tenant's patterns as last evaluated. */
    public List<FailurePattern> patterns(String tenant) {
        Tenant t = tenants.get(tenant);
        return t == null ? List.of() : t.patterns.tracker().patterns();
    }

    public long events() {
        return events;
    }
}
