package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.FieldSpec;
import io.ticketradar.events.WireValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes events as wire JSON (DOMAIN.md §3): the envelope, then the body's fields in the order of
 * the events module's field table, named as there. Streaming and reflection-cached rather than
 * through {@link EventCodec#newEvent}, which parses every event back (too slow for a year of data);
 * the tests decode every generated event with the codec instead.
 */
final class WireWriter {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<EventType, List<Field>> FIELDS = new EnumMap<>(EventType.class);

    static {
        for (EventType type : EventType.values()) {
            List<Field> fields = new ArrayList<>();
            for (FieldSpec spec : type.bodyFields()) {
                fields.add(new Field(spec.name(), accessor(type.bodyType(), spec.name())));
            }
            FIELDS.put(type, List.copyOf(fields));
        }
    }

    private final ZoneId zone;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

    WireWriter(ZoneId zone) {
        this.zone = zone;
    }

    private record Field(String name, Method accessor) {}

    /** @param ticketId null for a repair event that serves no ticket */
    byte[] write(String eventId, String tenantId, String ticketId, Instant ts, EventBody body) {
        buffer.reset();
        try (JsonGenerator json = JSON.createGenerator(buffer)) {
            json.writeStartObject();
            json.writeStringField("event_id", eventId);
            json.writeStringField("event_type", body.type().name());
            json.writeStringField("tenant_id", tenantId);
            if (ticketId != null) {
                json.writeStringField("ticket_id", ticketId);
            }
            json.writeStringField("ts", timestamp(ts));
            json.writeNumberField("schema_version", EventCodec.CURRENT_SCHEMA_VERSION);
            for (Field field : FIELDS.get(body.type())) {
                json.writeFieldName(field.name());
                writeValue(json, field.accessor().invoke(body));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read a field of " + body, e);
        }
        return buffer.toByteArray();
    }

    /** ISO-8601 with the tenant's offset, whole seconds. */
    String timestamp(Instant ts) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(ts, zone));
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String s -> json.writeString(s);
            case Boolean b -> json.writeBoolean(b);
            case Integer i -> json.writeNumber(i);
            case Double d -> json.writeNumber(d);
            case WireValue w -> json.writeString(w.wire());
            case List<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    writeValue(json, item);
                }
                json.writeEndArray();
            }
            default -> throw new IllegalStateException("no wire form for " + value.getClass());
        }
    }

    /** The record component of a snake_case wire name (ambient_temp_c -> ambientTempC). */
    private static Method accessor(Class<?> bodyType, String wireName) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : wireName.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        for (RecordComponent component : bodyType.getRecordComponents()) {
            if (component.getName().contentEquals(camel)) {
                return component.getAccessor();
            }
        }
        throw new IllegalStateException(bodyType.getSimpleName() + " has no component for wire field " + wireName);
    }
}
