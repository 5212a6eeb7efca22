package io.ticketradar.pipelines.functions;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Parses and validates raw records. Valid events go on; anything else becomes a dead letter on a
 * side output with its reason and source coordinates, counted per reason. Never throws for bad
 * input, so one bad record cannot stop the job.
 */
public final class DecodeEvents extends ProcessFunction<SourceRecord, SourcedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DecodeEvents.class);
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private transient EventCodec codec;
    private transient Map<RejectionReason, Counter> rejected;

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        rejected = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            rejected.put(
                    reason,
                    getRuntimeContext()
                            .getMetricGroup()
                            .addGroup("reason", reason.name())
                            .counter("deadLetters"));
        }
    }

    @Override
    public void processElement(SourceRecord record, Context ctx, Collector<SourcedEvent> out) {
        switch (codec.decode(record.value())) {
            case Decoded.Valid valid ->
                out.collect(new SourcedEvent(valid.event(), record.topic(), record.partition(), record.offset()));
            case Decoded.Invalid invalid -> {
                rejected.get(invalid.rejection().reason()).inc();
                LOG.debug(
                        "dead letter {} from {}: {}",
                        invalid.rejection().reason(),
                        record.coordinates(),
                        invalid.rejection().detail());
                ctx.output(
                        DEAD_LETTERS,
                        DeadLetter.of(
                                invalid.rejection(),
                                record.topic(),
                                record.partition(),
                                record.offset(),
                                record.value(),
                                Instant.now()));
            }
        }
    }
}
