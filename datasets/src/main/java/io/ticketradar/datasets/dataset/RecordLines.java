package io.ticketradar.datasets.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ticketradar.datasets.generate.GeneratedRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * One record per line of a data set's event files:
 * <pre>{"at":"2025-01-06T01:02:03Z","topic":"ticket-events","key":"SAE-20250106-00012","ts":"...","value":{...}}</pre>
 * A value that is one JSON object is embedded as is (so {@code zcat | jq .value} reads the events);
 * anything else (the malformed records) is kept as a string under {@code raw}. Reading gives back the
 * exact bytes either way.
 */
final class RecordLines {
    private static final JsonFactory JSON = new JsonFactory();

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    byte[] write(GeneratedRecord record) {
        buffer.reset();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("at", record.publishAt().toString());
            json.writeStringField("topic", record.topic());
            json.writeStringField("key", record.key());
            if (record.eventTime() != null) {
                json.writeStringField("ts", record.eventTime().toString());
            }
            if (isOneObject(record.value())) {
                json.writeFieldName("value");
                json.writeRawValue(new String(record.value(), StandardCharsets.UTF_8));
            } else {
                json.writeStringField("raw", new String(record.value(), StandardCharsets.UTF_8));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.write('\n');
        return buffer.toByteArray();
    }

    static GeneratedRecord read(byte[] line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a record line");
            }
            String topic = null;
            String key = null;
            Instant at = null;
            Instant ts = null;
            byte[] value = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                switch (field) {
                    case "at" -> at = Instant.parse(parser.getText());
                    case "topic" -> topic = parser.getText();
                    case "key" -> key = token == JsonToken.VALUE_NULL ? null : parser.getText();
                    case "ts" -> ts = Instant.parse(parser.getText());
                    case "raw" -> value = parser.getText().getBytes(StandardCharsets.UTF_8);
                    case "value" -> {
                        int start = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren();
                        value = Arrays.copyOfRange(
                                line, start, (int) parser.currentLocation().getByteOffset());
                    }
                    default -> parser.skipChildren();
                }
            }
            if (topic == null || at == null || value == null) {
                throw new IllegalArgumentException("a record line needs at, topic and value or raw");
            }
            return new GeneratedRecord(topic, key, value, ts, at);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a record line: " + e.getMessage(), e);
        }
    }

    /** True when the bytes are exactly one JSON object, so they can be embedded without changing a byte. */
    private static boolean isOneObject(byte[] value) {
        if (value.length == 0 || value[0] != '{' || value[value.length - 1] != '}') {
            return false;
        }
        try (JsonParser parser = JSON.createParser(value)) {
            parser.nextToken();
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}
