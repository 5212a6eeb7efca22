package io.ticketradar.pipelines.patterns;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.ModelJson;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.cases.TicketCase;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Duration;

/**
 * Keyed by (tenant, ticket): folds the ticket's events and the repairs that name it into the ticket half of its
 * failure case ({@link TicketCase}), and hands every change on to the ticket's device. The state is dropped a
 * retention period after the ticket's first event, when no detector window holds its case any more.
 */
public final class TicketCaseFunction extends KeyedProcessFunction<String, SourcedEvent, CaseMessage> {

    private static final long serialVersionUID = 1L;
    private static final char SEPARATOR = '\u0000';

    private final TenantZones zones;
    private final Duration retention;
    private transient EventCodec codec;
    private transient ValueState<String> ticket;
    private transient ValueState<Long> cleanUpAt;

    public TicketCaseFunction(TenantZones zones, Duration retention) {
        this.zones = zones;
        this.retention = retention;
    }

    /** The key of a ticket's state. */
    public static String key(SourcedEvent sourced) {
        return sourced.event().tenantId() + SEPARATOR + sourced.event().ticketId();
    }

    /** The key of a device's state, where the ticket's case goes next. */
    static String deviceKey(String tenantId, String deviceSn) {
        return tenantId + SEPARATOR + deviceSn;
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        ticket = getRuntimeContext().getState(new ValueStateDescriptor<>("ticket-case", String.class));
        cleanUpAt = getRuntimeContext().getState(new ValueStateDescriptor<>("clean-up-at", Long.class));
    }

    @Override
    public void processElement(SourcedEvent sourced, Context ctx, Collector<CaseMessage> out) throws Exception {
        Event event = sourced.event();
        String json = ticket.value();
        TicketCase fold = json == null
                ? new TicketCase(event.tenantId(), event.ticketId())
                : ModelJson.read(json, TicketCase.class);
        if (!fold.apply(event, codec.body(event))) {
            return;
        }
        ticket.update(ModelJson.write(fold));
        if (cleanUpAt.value() == null) {
            long at = event.ts().plus(retention).toEpochMilli();
            cleanUpAt.update(at);
            ctx.timerService().registerEventTimeTimer(at);
        }
        FailureCase draft = fold.draft(zones.zoneOf(event.tenantId()));
        if (draft != null && draft.deviceSn() != null) {
            out.collect(CaseMessage.of(deviceKey(draft.tenantId(), draft.deviceSn()), draft));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<CaseMessage> out) {
        ticket.clear();
        cleanUpAt.clear();
    }
}
