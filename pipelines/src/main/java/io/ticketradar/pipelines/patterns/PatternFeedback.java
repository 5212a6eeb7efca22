package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the pattern-feedback topic, which the api writes when a person confirms, dismisses or tags a pattern:
 * {@code {"tenant_id","pattern_id","dismissed","dismiss_reason","opportunity","updated_at"}} (more fields are
 * ignored). A record that cannot be read is logged with its offset and skipped: the decision is in the warehouse,
 * where the api shows it, and the next decision on the pattern supersedes it.
 */
public final class PatternFeedback implements KafkaRecordDeserializationSchema<TenantNotice> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PatternFeedback.class);

    private transient ObjectMapper mapper;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<TenantNotice> out) {
        try {
            out.collect(read(record.value()));
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "skipping unreadable pattern feedback at {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }

    TenantNotice read(byte[] value) throws IOException {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        JsonNode node = mapper.readTree(value);
        String tenant = required(node, "tenant_id");
        String pattern = required(node, "pattern_id");
        JsonNode opportunity = node.get("opportunity");
        long at = node.hasNonNull("updated_at") ? instant(node.get("updated_at").asText()) : 0L;
        return TenantNotice.feedback(
                tenant,
                pattern,
                node.path("dismissed").asBoolean(false),
                node.path("dismiss_reason").asText(""),
                opportunity == null || opportunity.isNull() ? null : opportunity.asBoolean(),
                at);
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    private static long instant(String text) {
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("updated_at is not an ISO instant: " + text, e);
        }
    }

    @Override
    public TypeInformation<TenantNotice> getProducedType() {
        return TypeInformation.of(TenantNotice.class);
    }
}
