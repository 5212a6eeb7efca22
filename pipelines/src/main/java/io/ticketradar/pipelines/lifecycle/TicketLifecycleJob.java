package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.TenantPolicyJson;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The lifecycle job: the clean event stream -> one {@link TicketFact} per ticket, re-emitted whenever it
 * changes, into {@code ticket_facts}; events that could not be applied in order go to {@code late_events}.
 * {@link #attach} returns the facts' changelog for the indicator jobs.
 */
public final class TicketLifecycleJob {

    private final Sink<FactChange> factTable;
    private final Sink<LateEvent> lateEventTable;
    private final IndicatorSettings settings;
    private final PoliciesInForce policyConfig;

    /** @param policyConfig the tenants' policies before any version adopted through the API */
    public TicketLifecycleJob(
            Sink<FactChange> factTable,
            Sink<LateEvent> lateEventTable,
            IndicatorSettings settings,
            PoliciesInForce policyConfig) {
        this.factTable = factTable;
        this.lateEventTable = lateEventTable;
        this.settings = settings;
        this.policyConfig = policyConfig;
    }

    /** @param policies the {@value TenantPolicyJson#TOPIC} messages, broadcast as {@link PoliciesInForce#STATE} */
    public DataStream<FactChange> attach(DataStream<SourcedEvent> events, BroadcastStream<String> policies) {
        SingleOutputStreamOperator<FactChange> changes = events.filter(
                        e -> Topics.TICKET_EVENTS.equals(e.event().topic()))
                .name("ticket events only")
                .uid("lifecycle-ticket-events")
                .keyBy(TicketLifecycleFunction::key)
                .connect(policies)
                .process(new TicketLifecycleFunction(settings.zones(), policyConfig, settings.correctionHorizon()))
                .name("ticket lifecycle")
                .uid("lifecycle-fold");
        changes.sinkTo(factTable).name("ticket facts to warehouse").uid("lifecycle-facts-table");
        changes.getSideOutput(TicketLifecycleFunction.LATE_EVENTS)
                .sinkTo(lateEventTable)
                .name("late events to warehouse")
                .uid("lifecycle-late-events-table");
        return changes;
    }
}
