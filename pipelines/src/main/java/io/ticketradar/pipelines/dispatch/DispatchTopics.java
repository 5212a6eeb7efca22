package io.ticketradar.pipelines.dispatch;

import io.ticketradar.pipelines.PipelineSettings;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.nio.charset.StandardCharsets;

/**
 * The rules the dispatch job reads; the assignments it makes go to
 * {@link io.ticketradar.pipelines.kafka.KafkaConnectors#productEvents}.
 */
public final class DispatchTopics {

    private DispatchTopics() {}

    /** Rule sets, from the start of the compacted topic the first time (every tenant's newest), then committed. */
    public static KafkaSource<String> rules(PipelineSettings settings) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(RuleSetJson.TOPIC)
                .setGroupId(settings.consumerGroup() + "-dispatch-rules")
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RuleMessages())
                .build();
    }

    /** The value as text; the dispatcher validates it (a bad one is logged and skipped there). */
    private static final class RuleMessages implements KafkaRecordDeserializationSchema<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<String> out) {
            if (record.value() != null) {
                out.collect(new String(record.value(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public TypeInformation<String> getProducedType() {
            return TypeInformation.of(String.class);
        }
    }
}
