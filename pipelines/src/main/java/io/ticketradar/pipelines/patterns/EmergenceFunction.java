package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ticketradar.models.ModelJson;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.detect.EvaluationClock;
import io.ticketradar.models.detect.TenantDetector;
import io.ticketradar.models.explain.CodeLabels;
import io.ticketradar.models.track.PatternChange;
import io.ticketradar.models.track.PatternState;
import io.ticketradar.models.track.PatternTracker;
import io.ticketradar.models.track.TenantPatterns;
import io.ticketradar.pipelines.TenantZones;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed by tenant: the tenant's emergence detector and pattern tracker (models: {@link TenantPatterns}). Cases are
 * kept in keyed state as they change; every {@link PatternSettings#evaluationInterval()} of event time (catch-up
 * evaluates each day's end only, see {@link EvaluationClock}) the detector evaluates them and the patterns that
 * changed are emitted. The second input teaches it code names and people's decisions on patterns.
 *
 * <p>State: the cases (JSON per case, dropped once older than the detector's history), the tracker's patterns and
 * the learned names. The detector's counts are not state: they are rebuilt from the cases the first time a tenant is
 * seen by this task (after a start or a restore), so they can never disagree with what was checkpointed.
 */
public final class EmergenceFunction extends KeyedCoProcessFunction<String, CaseMessage, TenantNotice, PatternMessage> {

    private static final long serialVersionUID = 1L;
    private static final TypeReference<List<PatternState>> PATTERNS = new TypeReference<>() {};
    private static final char NAME_SEPARATOR = '\u0000';

    private final TenantZones zones;
    private final PatternSettings settings;
    private transient MapState<String, String> cases;
    private transient MapState<String, String> labels;
    private transient ValueState<String> patterns;
    private transient ValueState<Long> nextDue;
    private transient ValueState<Long> lastEvaluated;
    private transient ValueState<Long> newestCase;
    private transient Map<String, Live> live;
    private transient Counter evaluations;
    private transient Counter skipped;

    public EmergenceFunction(TenantZones zones, PatternSettings settings) {
        this.zones = zones;
        this.settings = settings;
    }

    @Override
    public void open(OpenContext openContext) {
        cases = getRuntimeContext().getMapState(new MapStateDescriptor<>("cases", String.class, String.class));
        labels = getRuntimeContext().getMapState(new MapStateDescriptor<>("labels", String.class, String.class));
        patterns = getRuntimeContext().getState(new ValueStateDescriptor<>("patterns", String.class));
        nextDue = getRuntimeContext().getState(new ValueStateDescriptor<>("next-evaluation", Long.class));
        lastEvaluated = getRuntimeContext().getState(new ValueStateDescriptor<>("last-evaluation", Long.class));
        newestCase = getRuntimeContext().getState(new ValueStateDescriptor<>("newest-case", Long.class));
        live = new HashMap<>();
        evaluations = getRuntimeContext().getMetricGroup().counter("patternEvaluations");
        skipped = getRuntimeContext().getMetricGroup().counter("patternEvaluationsSkipped");
    }

    /** A tenant's detection as this task holds it, and the names its descriptions use. */
    private record Live(TenantPatterns detection, CodeLabels labels) {}

    @Override
    public void processElement1(CaseMessage message, Context ctx, Collector<PatternMessage> out) throws Exception {
        String tenant = ctx.getCurrentKey();
        TenantPatterns detection = live(tenant).detection();
        FailureCase c = message.failureCase();
        cases.put(c.caseId(), message.json());
        detection.upsert(c);
        Long newest = newestCase.value();
        if (newest == null || c.createdAt().toEpochMilli() > newest) {
            newestCase.update(c.createdAt().toEpochMilli());
        }
        if (nextDue.value() == null) {
            EvaluationClock clock = clock(tenant);
            Long last = lastEvaluated.value();
            Instant from =
                    last == null || c.createdAt().toEpochMilli() > last ? c.createdAt() : Instant.ofEpochMilli(last);
            schedule(ctx.timerService(), clock.next(from).toEpochMilli());
        }
    }

    private void schedule(TimerService timers, long due) throws Exception {
        nextDue.update(due);
        timers.registerEventTimeTimer(due);
    }

    @Override
    public void processElement2(TenantNotice notice, Context ctx, Collector<PatternMessage> out) throws Exception {
        Live tenant = live(ctx.getCurrentKey());
        TenantPatterns detection = tenant.detection();
        if (TenantNotice.LABEL.equals(notice.kind())) {
            labels.put(notice.code(), name(notice.zh()) + NAME_SEPARATOR + name(notice.en()));
            tenant.labels().learn(Code.parse(notice.code()), notice.zh(), notice.en());
            return;
        }
        PatternChange change = detection
                .tracker()
                .feedback(
                        notice.patternId(),
                        notice.dismissed(),
                        notice.reason(),
                        notice.opportunity(),
                        Instant.ofEpochMilli(notice.at()));
        if (change != null) {
            patterns.update(ModelJson.write(detection.tracker().state()));
            out.collect(PatternMessage.of(change));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<PatternMessage> out) throws Exception {
        String tenant = ctx.getCurrentKey();
        EvaluationClock clock = clock(tenant);
        Instant due = Instant.ofEpochMilli(timestamp);
        if (clock.worthEvaluating(due, Instant.ofEpochMilli(ctx.timerService().currentWatermark()))) {
            evaluate(tenant, due, clock.dayOf(due), out);
        } else {
            skipped.inc();
        }
        lastEvaluated.update(timestamp);
        if (clock.closesDay(due)) {
            forgetCasesBefore(clock.dayOf(due).minusDays(settings.detector().historyDays()));
        }
        Instant next = clock.next(due);
        // Evaluations pause a day after the newest case (the end of a bounded input would otherwise run them
        // forever); the next case resumes them after the last one.
        if (next.isAfter(Instant.ofEpochMilli(newestCase.value()).plus(Duration.ofDays(1)))) {
            nextDue.clear();
        } else {
            schedule(ctx.timerService(), next.toEpochMilli());
        }
    }

    private void evaluate(String tenant, Instant at, LocalDate day, Collector<PatternMessage> out) throws Exception {
        TenantPatterns detection = live(tenant).detection();
        List<PatternChange> changes = detection.evaluate(at, day);
        evaluations.inc();
        if (!changes.isEmpty()) {
            patterns.update(ModelJson.write(detection.tracker().state()));
            changes.forEach(c -> out.collect(PatternMessage.of(c)));
        }
    }

    /** The tenant's detection, rebuilt from state the first time this task sees the tenant. */
    private Live live(String tenant) throws Exception {
        Live known = live.get(tenant);
        if (known != null) {
            return known;
        }
        CodeLabels names = new CodeLabels();
        for (Map.Entry<String, String> label : labels.entries()) {
            String[] both = label.getValue().split(String.valueOf(NAME_SEPARATOR), -1);
            names.learn(Code.parse(label.getKey()), both[0], both[1]);
        }
        String state = patterns.value();
        List<PatternState> restored = state == null ? List.of() : read(state);
        TenantDetector detector = new TenantDetector(settings.detector());
        for (String json : cases.values()) {
            detector.upsert(ModelJson.read(json, FailureCase.class));
        }
        Live rebuilt = new Live(new TenantPatterns(detector, new PatternTracker(tenant, names, restored)), names);
        live.put(tenant, rebuilt);
        return rebuilt;
    }

    private void forgetCasesBefore(LocalDate day) throws Exception {
        List<String> old = new ArrayList<>();
        for (Map.Entry<String, String> entry : cases.entries()) {
            if (ModelJson.read(entry.getValue(), FailureCase.class).day().isBefore(day)) {
                old.add(entry.getKey());
            }
        }
        for (String id : old) {
            cases.remove(id);
        }
    }

    private EvaluationClock clock(String tenant) {
        return new EvaluationClock(zones.zoneOf(tenant), settings.evaluationInterval());
    }

    private static String name(String text) {
        return text == null ? "" : text;
    }

    private static List<PatternState> read(String json) throws IOException {
        return ModelJson.MAPPER.readValue(json, PATTERNS);
    }
}
