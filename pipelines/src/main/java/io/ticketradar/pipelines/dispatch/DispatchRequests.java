package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.ModelJson;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Duration;

/**
 * Keyed by (tenant, ticket): asks for a routing when a ticket is created, and again when a diagnosis changes its
 * fault (the fault decides the domain and the parts). Remembers the ticket's facts until it is closed or merged, or
 * a retention period after its creation.
 */
public final class DispatchRequests extends KeyedProcessFunction<String, SourcedEvent, DispatchInput> {

    private static final long serialVersionUID = 1L;

    private final Duration retention;
    private transient EventCodec codec;
    private transient ValueState<String> ticket;
    private transient ValueState<Long> cleanUpAt;

    public DispatchRequests(Duration retention) {
        this.retention = retention;
    }

    /** The ticket events that matter here. */
    static boolean concerns(SourcedEvent sourced) {
        return switch (sourced.event().type()) {
            case TICKET_CREATED, FAULT_DIAGNOSED, TICKET_CLOSED, TICKET_MERGED -> true;
            default -> false;
        };
    }

    static String key(SourcedEvent sourced) {
        return sourced.event().tenantId() + '\u0000' + sourced.event().ticketId();
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        ticket = getRuntimeContext().getState(new ValueStateDescriptor<>("dispatch-ticket", String.class));
        cleanUpAt = getRuntimeContext().getState(new ValueStateDescriptor<>("dispatch-clean-up-at", Long.class));
    }

    @Override
    public void processElement(SourcedEvent sourced, Context ctx, Collector<DispatchInput> out) throws Exception {
        Event event = sourced.event();
        String known = ticket.value();
        TicketToRoute routed = switch (codec.body(event)) {
            case EventBody.TicketCreated created -> known == null ? TicketToRoute.created(event, created) : null;
            case EventBody.FaultDiagnosed diagnosed ->
                known == null
                        ? null
                        : ModelJson.read(known, TicketToRoute.class).rediagnosed(event, diagnosed);
            default -> {
                clear(ctx);
                yield null;
            }
        };
        if (routed == null) {
            return;
        }
        ticket.update(ModelJson.write(routed));
        if (cleanUpAt.value() == null) {
            long at = event.ts().plus(retention).toEpochMilli();
            cleanUpAt.update(at);
            ctx.timerService().registerEventTimeTimer(at);
        }
        out.collect(DispatchInput.ticket(routed));
    }

    private void clear(Context ctx) throws Exception {
        Long at = cleanUpAt.value();
        if (at != null) {
            ctx.timerService().deleteEventTimeTimer(at);
        }
        ticket.clear();
        cleanUpAt.clear();
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DispatchInput> out) {
        ticket.clear();
        cleanUpAt.clear();
    }
}
