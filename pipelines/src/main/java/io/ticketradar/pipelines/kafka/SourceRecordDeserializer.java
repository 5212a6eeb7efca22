package io.ticketradar.pipelines.kafka;

import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps the raw bytes and coordinates of every record. Parsing happens in an operator so that a
 * bad record becomes a dead letter instead of failing the source.
 */
public final class SourceRecordDeserializer implements KafkaRecordDeserializationSchema<SourceRecord> {

    private static final byte[] EMPTY = new byte[0];

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<SourceRecord> out) {
        byte[] value = record.value() == null ? EMPTY : record.value();
        out.collect(new SourceRecord(record.topic(), record.partition(), record.offset(), value));
    }

    @Override
    public TypeInformation<SourceRecord> getProducedType() {
        return TypeInformation.of(SourceRecord.class);
    }
}
