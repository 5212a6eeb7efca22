package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.pipelines.patterns.PatternFeeds;
import io.ticketradar.pipelines.patterns.PatternMessage;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

import java.time.Duration;

/**
 * The dispatch job (DOMAIN.md §7): new and re-diagnosed tickets of the clean event stream are routed by their
 * tenant's rules in force (broadcast from the {@code dispatch-rules} topic), with the engineers and parts stock of
 * the master data; decisions go to {@code dispatch_decisions}, assignments back to the ticket events.
 */
public final class DispatchJob {

    /** How long a ticket's facts are kept for a re-diagnosis: far beyond any ticket's life. */
    static final Duration TICKET_RETENTION = Duration.ofDays(60);

    private final Sink<DispatchDecision> decisionTable;
    private final Sink<Event> assignments;

    public DispatchJob(Sink<DispatchDecision> decisionTable, Sink<Event> assignments) {
        this.decisionTable = decisionTable;
        this.assignments = assignments;
    }

    /**
     * @param rules {@code dispatch-rules} messages
     * @param patterns the patterns job's changed patterns, whose hints decisions carry; null without that job
     */
    public SingleOutputStreamOperator<DispatchDecision> attach(
            DataStream<SourcedEvent> events, DataStream<String> rules, DataStream<PatternMessage> patterns) {
        DataStream<DispatchInput> requests = events.filter(DispatchRequests::concerns)
                .name("tickets to dispatch")
                .uid("dispatch-ticket-events")
                .keyBy(DispatchRequests::key)
                .process(new DispatchRequests(TICKET_RETENTION))
                .name("dispatch requests")
                .uid("dispatch-requests");
        DataStream<DispatchInput> masterData = events.flatMap(new MasterData())
                .name("engineers and parts stock")
                .uid("dispatch-master-data");
        DataStream<String> broadcastSide = patterns == null ? rules : rules.union(hints(patterns));
        BroadcastStream<String> broadcast = broadcastSide.broadcast(DispatchFunction.RULES, DispatchFunction.HINTS);
        SingleOutputStreamOperator<DispatchDecision> decisions = requests.union(masterData)
                .keyBy(DispatchInput::tenantId)
                .connect(broadcast)
                .process(new DispatchFunction())
                .name("dispatcher")
                .uid("dispatch-dispatcher");
        decisions.sinkTo(decisionTable).name("dispatch decisions to warehouse").uid("dispatch-decisions-table");
        decisions
                .getSideOutput(DispatchFunction.ASSIGNMENTS)
                .sinkTo(assignments)
                .name("automatic assignments to ticket-events")
                .uid("dispatch-assignments");
        return decisions;
    }

    /**
     * The {@code dispatch-hints} messages of the patterns job, in the same graph: new or changed hints of open
     * patterns, and, unlike the topic, a pattern that stopped being open (so its hint is withdrawn).
     */
    static DataStream<String> hints(DataStream<PatternMessage> patterns) {
        return patterns.filter(m -> m.forDispatch() || !m.pattern().status().open())
                .name("pattern hints for dispatch")
                .uid("dispatch-pattern-hints")
                .map(m -> PatternFeeds.dispatch(m.pattern()))
                .returns(Types.STRING)
                .name("pattern hints as dispatch-hints messages")
                .uid("dispatch-pattern-hint-messages");
    }

    /** ENGINEER_REGISTERED and PART_STOCKED master data, for the tenant's dispatcher. */
    private static final class MasterData implements FlatMapFunction<SourcedEvent, DispatchInput> {
        private static final long serialVersionUID = 1L;
        private transient EventCodec codec;

        @Override
        public void flatMap(SourcedEvent sourced, Collector<DispatchInput> out) {
            EventType type = sourced.event().type();
            if (type != EventType.ENGINEER_REGISTERED && type != EventType.PART_STOCKED) {
                return;
            }
            codec = codec == null ? new EventCodec() : codec;
            String tenant = sourced.event().tenantId();
            switch (codec.body(sourced.event())) {
                case EventBody.EngineerRegistered e -> out.collect(DispatchInput.engineer(tenant, e));
                case EventBody.PartStocked s ->
                    out.collect(
                            DispatchInput.stock(tenant, s, sourced.event().ts().toEpochMilli()));
                default -> throw new IllegalStateException("not master data for dispatch: " + type);
            }
        }
    }
}
