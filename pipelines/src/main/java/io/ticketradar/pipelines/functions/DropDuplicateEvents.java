package io.ticketradar.pipelines.functions;

import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Duration;

/**
 * Lets the first event of each (tenant, event id) through and drops the repeats. The memory of seen
 * ids expires after a TTL: a duplicate arriving later than that is still harmless downstream,
 * because every table is keyed by event id, but it is no longer counted here.
 */
public final class DropDuplicateEvents extends KeyedProcessFunction<String, SourcedEvent, SourcedEvent> {

    private final Duration memory;
    private transient ValueState<Boolean> seen;
    private transient Counter duplicates;

    public DropDuplicateEvents(Duration memory) {
        this.memory = memory;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(memory)
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        seen = getRuntimeContext().getState(descriptor);
        duplicates = getRuntimeContext().getMetricGroup().counter("duplicateEvents");
    }

    @Override
    public void processElement(SourcedEvent event, Context ctx, Collector<SourcedEvent> out) throws Exception {
        if (seen.value() != null) {
            duplicates.inc();
            return;
        }
        seen.update(Boolean.TRUE);
        out.collect(event);
    }
}
