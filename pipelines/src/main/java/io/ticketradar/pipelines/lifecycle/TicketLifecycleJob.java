package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.connector.sink2.Sink;
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

    public TicketLifecycleJob(Sink<FactChange> factTable, Sink<LateEvent> lateEventTable, IndicatorSettings settings) {
        this.factTable = factTable;
        this.lateEventTable = lateEventTable;
        this.settings = settings;
    }

    public DataStream<FactChange> attach(DataStream<SourcedEvent> events) {
        SingleOutputStreamOperator<FactChange> changes = events.filter(
                        e -> Topics.TICKET_EVENTS.equals(e.event().topic()))
                .name("ticket events only")
                .uid("lifecycle-ticket-events")
                .keyBy(TicketLifecycleFunction::key)
                .process(new TicketLifecycleFunction(settings.zones(), settings.slas(), settings.correctionHorizon()))
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
