package io.ticketradar.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Event.json keeps: everything that came, compact, values as sent. */
class EventCodecWireTest {
    private static final EventCodec CODEC = new EventCodec();

    @Test
    void unknownExtraFieldsAreKeptAndNeverFatal() {
        ObjectNode record = Samples.sample(EventType.TICKET_CREATED);
        record.put("vin", "LSVAU2180N2183294");
        record.set("crm", Samples.json("{\"case_no\":\"SR-1\",\"tags\":[1,2,{\"x\":null}]}"));

        Event event = valid(Samples.write(record));

        JsonNode kept = Samples.json(event.json());
        assertEquals("LSVAU2180N2183294", kept.get("vin").textValue());
        assertEquals(record.get("crm"), kept.get("crm"));
        assertEquals(record, kept, "nothing dropped or changed");
    }

    @Test
    void newerSchemaVersionIsAcceptedWhenItsFieldsValidate() {
        ObjectNode record = Samples.sample(EventType.TICKET_ASSIGNED);
        record.put("schema_version", 2);
        record.put("skill_match", 0.93);

        Event event = valid(Samples.write(record));

        assertEquals(2, event.schemaVersion());
        assertTrue(event.json().contains("\"skill_match\":0.93"), event.json());
    }

    @Test
    void jsonIsCompactAndKeepsValuesAsSent() {
        String pretty = """
                {
                  "event_id": "evt-9", "event_type": "REPAIR_RECORDED", "tenant_id": "t1",
                  "ts": "2026-01-05T09:00:00.120+08:00", "schema_version": 1,
                  "repair_id": "R1", "device_sn": "B24A-1", "engineer_id": "E1", "fault_code": "AC-E003",
                  "root_cause": "固件看门狗复位", "parts": [], "firmware": "ACC-1.0.4",
                  "ambient_temp_c": 25.50, "labor_min": 30, "outcome": "temporary", "photo_labels": ["ecu"]
                }""";

        String json = valid(pretty).json();

        assertFalse(json.contains("\n") || json.contains(": "), json);
        assertTrue(json.contains("\"ambient_temp_c\":25.50"), "decimal not normalised: " + json);
        assertTrue(json.contains("\"ts\":\"2026-01-05T09:00:00.120+08:00\""), json);
        assertTrue(json.contains("\"root_cause\":\"固件看门狗复位\""), "non-ASCII text unescaped: " + json);
    }

    @Test
    void encodeGivesTheKeptJsonAsUtf8() {
        Event event = valid(Samples.WIRE.get(EventType.TICKET_REOPENED));

        assertEquals(event.json(), new String(CODEC.encode(event), StandardCharsets.UTF_8));
    }

    @Test
    void deviceSnIsTakenFromAnyEventThatNamesOne() {
        assertEquals(
                "B24A-0093-7781",
                valid(Samples.WIRE.get(EventType.TICKET_CREATED)).deviceSn());
        assertEquals(null, valid(Samples.WIRE.get(EventType.TICKET_CLOSED)).deviceSn());
        assertEquals(
                "B24A-9",
                valid(Samples.with(EventType.TICKET_CLOSED, "device_sn", "\"B24A-9\""))
                        .deviceSn());
    }

    private static Event valid(String record) {
        return assertInstanceOf(Decoded.Valid.class, CODEC.decode(record)).event();
    }
}
