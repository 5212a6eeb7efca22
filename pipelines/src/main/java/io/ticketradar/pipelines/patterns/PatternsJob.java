package io.ticketradar.pipelines.patterns;

import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Topics;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

import java.time.Duration;

/**
 * The emerging-pattern job (DOMAIN.md §8): the clean event stream -> failure cases (per ticket, then per device,
 * into {@code failure_cases}) -> one emergence detector per tenant -> changed patterns into
 * {@code failure_patterns}, R&D's feed and dispatch's hints. Code names (CODE_DEFINED master data) and people's
 * decisions on patterns (the pattern-feedback topic, when given) reach the detector beside the cases.
 */
public final class PatternsJob {

    private final Sink<CaseMessage> caseTable;
    private final Sink<PatternMessage> patternTable;
    private final Sink<PatternMessage> researchFeed;
    private final Sink<PatternMessage> dispatchHints;
    private final TenantZones zones;
    private final PatternSettings settings;

    public PatternsJob(
            Sink<CaseMessage> caseTable,
            Sink<PatternMessage> patternTable,
            Sink<PatternMessage> researchFeed,
            Sink<PatternMessage> dispatchHints,
            TenantZones zones,
            PatternSettings settings) {
        this.caseTable = caseTable;
        this.patternTable = patternTable;
        this.researchFeed = researchFeed;
        this.dispatchHints = dispatchHints;
        this.zones = zones;
        this.settings = settings;
    }

    /**
     * @param feedback people's decisions on patterns; null where there are none to read (bounded test runs)
     * @return the changed patterns
     */
    public DataStream<PatternMessage> attach(DataStream<SourcedEvent> events, DataStream<TenantNotice> feedback) {
        Duration retention = Duration.ofDays(settings.detector().historyDays() + 30L);
        DataStream<CaseMessage> drafts = events.filter(PatternsJob::ticketSide)
                .name("ticket events and their repairs")
                .uid("patterns-ticket-side")
                .keyBy(TicketCaseFunction::key)
                .process(new TicketCaseFunction(zones, retention))
                .name("ticket halves of failure cases")
                .uid("patterns-ticket-cases");
        DataStream<SourcedEvent> deviceSide = events.filter(PatternsJob::deviceSide)
                .name("device master data and repairs without a ticket")
                .uid("patterns-device-side");
        SingleOutputStreamOperator<CaseMessage> cases = drafts.keyBy(CaseMessage::key)
                .connect(deviceSide.keyBy(DeviceCaseFunction::key))
                .process(new DeviceCaseFunction(zones))
                .name("failure cases")
                .uid("patterns-device-cases");
        cases.sinkTo(caseTable).name("failure cases to warehouse").uid("patterns-cases-table");

        DataStream<TenantNotice> labels =
                events.flatMap(new Labels()).name("code names from master data").uid("patterns-labels");
        DataStream<TenantNotice> notices = feedback == null ? labels : labels.union(feedback);
        SingleOutputStreamOperator<PatternMessage> patterns = cases.keyBy(CaseMessage::key)
                .connect(notices.keyBy(TenantNotice::tenantId))
                .process(new EmergenceFunction(zones, settings))
                .name("emergence detector")
                .uid("patterns-detector");
        patterns.sinkTo(patternTable).name("failure patterns to warehouse").uid("patterns-table");
        patterns.filter(PatternMessage::forResearch)
                .name("new and changed patterns")
                .uid("patterns-research")
                .sinkTo(researchFeed)
                .name("rd-feed topic")
                .uid("patterns-rd-feed");
        patterns.filter(PatternMessage::forDispatch)
                .name("new and changed hints")
                .uid("patterns-dispatch")
                .sinkTo(dispatchHints)
                .name("dispatch-hints topic")
                .uid("patterns-dispatch-hints");
        return patterns;
    }

    /** Ticket events, and repairs that name their ticket: the ticket half of a case. */
    private static boolean ticketSide(SourcedEvent e) {
        return e.event().ticketId() != null
                && (Topics.TICKET_EVENTS.equals(e.event().topic()) || e.event().type() == EventType.REPAIR_RECORDED);
    }

    /** Device master data, and repairs without a ticket (cases of their own). */
    private static boolean deviceSide(SourcedEvent e) {
        EventType type = e.event().type();
        return type == EventType.DEVICE_REGISTERED
                || (type == EventType.REPAIR_RECORDED && e.event().ticketId() == null);
    }

    /** CODE_DEFINED master data as names for the detector's descriptions. */
    private static final class Labels implements FlatMapFunction<SourcedEvent, TenantNotice> {
        private static final long serialVersionUID = 1L;
        private transient EventCodec codec;

        @Override
        public void flatMap(SourcedEvent sourced, Collector<TenantNotice> out) {
            if (sourced.event().type() != EventType.CODE_DEFINED) {
                return;
            }
            codec = codec == null ? new EventCodec() : codec;
            EventBody.CodeDefined d = (EventBody.CodeDefined) codec.body(sourced.event());
            Code code = Code.of(CodeKind.of(d.kind()), d.code());
            out.collect(TenantNotice.label(
                    sourced.event().tenantId(),
                    code.text(),
                    d.zh(),
                    d.en(),
                    sourced.event().ts().toEpochMilli()));
        }
    }
}
