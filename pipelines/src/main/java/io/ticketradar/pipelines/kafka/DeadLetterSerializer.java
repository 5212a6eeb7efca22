package io.ticketradar.pipelines.kafka;

import io.ticketradar.events.DeadLetter;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** Dead letters travel as the events module's JSON form, which {@link DeadLetter#fromJson} reads back. */
final class DeadLetterSerializer implements SerializationSchema<DeadLetter> {

    private static final long serialVersionUID = 1L;

    @Override
    public byte[] serialize(DeadLetter deadLetter) {
        return deadLetter.toJson();
    }
}
