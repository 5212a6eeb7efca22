package io.ticketradar.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTypeTest {

    /** The validation table and the body records are two views of one contract: they must list the same fields. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void bodyFieldsMatchTheBodyRecordInNameOrderAndNullability(EventType type) {
        RecordComponent[] components = type.bodyType().getRecordComponents();

        assertEquals(
                Arrays.stream(components).map(c -> snakeCase(c.getName())).toList(),
                type.bodyFields().stream().map(FieldSpec::name).toList());
        for (int i = 0; i < components.length; i++) {
            if (type.bodyFields().get(i).nullable()) {
                assertFalse(
                        components[i].getType().isPrimitive(), components[i].getName() + " must be able to hold null");
            }
        }
    }

    @Test
    void repairsAndMasterDataHaveTheirOwnTopics() {
        for (EventType type : EventType.values()) {
            String expected = switch (type) {
                case REPAIR_RECORDED -> Topics.REPAIR_EVENTS;
                case DEVICE_REGISTERED, CODE_DEFINED, ENGINEER_REGISTERED, PART_STOCKED -> Topics.MASTER_DATA;
                default -> Topics.TICKET_EVENTS;
            };
            assertEquals(expected, type.topic());
        }
    }

    @Test
    void ticketIdIsRequiredExactlyOnTicketEvents() {
        for (EventType type : EventType.values()) {
            FieldSpec ticketId = type.fields().stream()
                    .filter(f -> f.name().equals("ticket_id"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Topics.TICKET_EVENTS.equals(type.topic()), !ticketId.nullable(), type.name());
        }
    }

    @Test
    void enumLikeFieldsPublishTheirWireValues() {
        assertEquals(List.of("wecom", "phone", "app", "email", "dealer_portal"), ValueKind.CHANNEL.allowedValues());
        assertEquals(List.of("fixed", "temporary", "not_fixed"), ValueKind.REPAIR_OUTCOME.allowedValues());
        assertEquals(List.of("CS", "TECH", "PARTS", "FIELD"), ValueKind.STAGE.allowedValues());
        assertEquals(JsonType.INTEGER, ValueKind.COUNT.jsonType());
        assertTrue(ValueKind.ID.allowedValues().isEmpty());
    }

    @Test
    void priorityCarriesItsSla() {
        assertEquals(
                Map.of(Priority.P1, 24, Priority.P2, 48, Priority.P3, 72, Priority.P4, 120),
                Arrays.stream(Priority.values())
                        .collect(java.util.stream.Collectors.toMap(p -> p, Priority::slaHours)));
        assertEquals(java.time.Duration.ofDays(5), Priority.P4.sla());
    }

    @Test
    void byNameIsExact() {
        assertEquals(EventType.TICKET_MERGED, EventType.byName("TICKET_MERGED").orElseThrow());
        assertTrue(EventType.byName("ticket_merged").isEmpty());
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "_$1").toLowerCase();
    }
}
