package io.ticketradar.pipelines.kafka;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Topics;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Dead letters travel as the events module's JSON form, which {@link DeadLetter#fromJson} reads back, stamped with the
 * time they were rejected. Not with the record's event time, the sink's default: a dead letter of an event from last
 * month (a replayed history) is older than the topic's retention the moment it is written, and the broker deleted it
 * at its next retention check, before anyone could read it.
 */
final class DeadLetterRecords implements KafkaRecordSerializationSchema<DeadLetter> {

    private static final long serialVersionUID = 1L;

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter deadLetter, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                Topics.DEAD_LETTERS, null, deadLetter.rejectedAt().toEpochMilli(), null, deadLetter.toJson());
    }
}
