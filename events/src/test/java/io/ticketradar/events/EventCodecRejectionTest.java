package io.ticketradar.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.ticketradar.events.EventType.CODE_DEFINED;
import static io.ticketradar.events.EventType.CUSTOMER_COMPLAINT;
import static io.ticketradar.events.EventType.DEVICE_REGISTERED;
import static io.ticketradar.events.EventType.ENGINEER_REGISTERED;
import static io.ticketradar.events.EventType.FAULT_DIAGNOSED;
import static io.ticketradar.events.EventType.FIRST_RESPONSE;
import static io.ticketradar.events.EventType.PART_STOCKED;
import static io.ticketradar.events.EventType.REPAIR_RECORDED;
import static io.ticketradar.events.EventType.STAGE_CHANGED;
import static io.ticketradar.events.EventType.TICKET_ASSIGNED;
import static io.ticketradar.events.EventType.TICKET_CLOSED;
import static io.ticketradar.events.EventType.TICKET_CREATED;
import static io.ticketradar.events.EventType.TICKET_MERGED;
import static io.ticketradar.events.EventType.TICKET_REOPENED;
import static io.ticketradar.events.EventType.TICKET_RESOLVED;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rejection reason, with the kinds of bad records real ticket systems send. */
class EventCodecRejectionTest {
    private static final EventCodec CODEC = new EventCodec();

    static Rejection rejected(Decoded decoded, RejectionReason expected) {
        Rejection rejection = assertInstanceOf(Decoded.Invalid.class, decoded, () -> "accepted: " + decoded)
                .rejection();
        assertEquals(expected, rejection.reason(), rejection.detail());
        return rejection;
    }

    static Rejection rejected(String record, RejectionReason expected) {
        return rejected(CODEC.decode(record), expected);
    }

    @Nested
    class MissingField {
        /** Required fields per type, from DOMAIN.md §3 (envelope first), written out rather than read from the codec. */
        private static final Map<EventType, List<String>> REQUIRED = Map.ofEntries(
                Map.entry(
                        TICKET_CREATED,
                        List.of(
                                "channel",
                                "customer_id",
                                "customer_phone",
                                "device_sn",
                                "product_model",
                                "site_id",
                                "region",
                                "symptoms",
                                "priority")),
                Map.entry(TICKET_ASSIGNED, List.of("assignee_id", "team_id", "stage", "auto")),
                Map.entry(FIRST_RESPONSE, List.of("responder_id", "diagnostic")),
                Map.entry(STAGE_CHANGED, List.of("from_stage", "to_stage")),
                Map.entry(FAULT_DIAGNOSED, List.of("fault_code", "domain")),
                Map.entry(TICKET_RESOLVED, List.of("resolution_code", "field_visits")),
                Map.entry(TICKET_CLOSED, List.of()),
                Map.entry(TICKET_REOPENED, List.of("reason")),
                Map.entry(CUSTOMER_COMPLAINT, List.of()),
                Map.entry(TICKET_MERGED, List.of("into_ticket_id")),
                Map.entry(
                        REPAIR_RECORDED,
                        List.of(
                                "repair_id",
                                "device_sn",
                                "engineer_id",
                                "fault_code",
                                "root_cause",
                                "parts",
                                "firmware",
                                "labor_min",
                                "outcome",
                                "photo_labels")),
                Map.entry(DEVICE_REGISTERED, List.of("device_sn", "product_model")),
                Map.entry(CODE_DEFINED, List.of("kind", "code")),
                Map.entry(ENGINEER_REGISTERED, List.of("engineer_id", "team_id", "skills")),
                Map.entry(PART_STOCKED, List.of("part_no", "depot_id", "quantity")));

        private static final List<String> ENVELOPE =
                List.of("event_id", "event_type", "tenant_id", "ts", "schema_version");

        static Stream<Arguments> requiredFields() {
            return Arrays.stream(EventType.values())
                    .flatMap(type -> Stream.of(
                                    ENVELOPE.stream(),
                                    type.topic().equals(Topics.TICKET_EVENTS)
                                            ? Stream.of("ticket_id")
                                            : Stream.<String>empty(),
                                    REQUIRED.get(type).stream())
                            .flatMap(s -> s)
                            .map(field -> Arguments.of(type, field)));
        }

        @ParameterizedTest(name = "{0} without {1}")
        @MethodSource("requiredFields")
        void absentRequiredFieldIsRejectedNamingIt(EventType type, String field) {
            Rejection rejection = rejected(Samples.without(type, field), RejectionReason.MISSING_FIELD);

            assertTrue(rejection.detail().contains(field), rejection.detail());
            assertEquals(field.equals("tenant_id") ? null : "suzhou-amp", rejection.tenantId());
            assertEquals(field.equals("event_type") ? null : type.name(), rejection.eventType());
        }

        @ParameterizedTest(name = "{0} with {1}: null")
        @MethodSource("requiredFields")
        void nullInARequiredFieldIsRejectedLikeAnAbsentOne(EventType type, String field) {
            Rejection rejection = rejected(Samples.with(type, field, "null"), RejectionReason.MISSING_FIELD);

            assertTrue(rejection.detail().contains(field + ": required, got null"), rejection.detail());
        }

        @Test
        void envelopeIsCheckedBeforeBodySoTheMostBasicFaultIsReported() {
            ObjectNode record = Samples.sample(TICKET_ASSIGNED);
            record.remove(List.of("stage", "ts"));

            assertTrue(rejected(Samples.write(record), RejectionReason.MISSING_FIELD)
                    .detail()
                    .contains("ts"));
        }
    }

    @Nested
    class NullableFields {
        @ParameterizedTest
        @CsvSource({
            "TICKET_CREATED,fault_code",
            "TICKET_CREATED,description",
            "TICKET_CREATED,ambient_temp_c",
            "REPAIR_RECORDED,ambient_temp_c",
            "REPAIR_RECORDED,ticket_id"
        })
        void mayBeNullOrAbsent(EventType type, String field) {
            assertInstanceOf(Decoded.Valid.class, CODEC.decode(Samples.with(type, field, "null")));
            assertInstanceOf(Decoded.Valid.class, CODEC.decode(Samples.without(type, field)));
        }

        @Test
        void absentDescriptionReadsAsEmptyAndEmptyIsAccepted() {
            Event event = ((Decoded.Valid) CODEC.decode(Samples.without(TICKET_CREATED, "description"))).event();
            assertEquals("", ((EventBody.TicketCreated) CODEC.body(event)).description());
            assertInstanceOf(Decoded.Valid.class, CODEC.decode(Samples.with(TICKET_CREATED, "description", "\"\"")));
        }

        @Test
        void repairNamingItsTicketCarriesIt() {
            Event event =
                    ((Decoded.Valid) CODEC.decode(Samples.with(REPAIR_RECORDED, "ticket_id", "\"TK-7\""))).event();
            assertEquals("TK-7", event.ticketId());
            assertEquals("B24A-0093-7781", event.partitionKey());
        }
    }

    @Nested
    class WrongType {
        @ParameterizedTest(name = "{0} {1}: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                TICKET_CREATED     | symptoms        | "NO_START"
                TICKET_CREATED     | symptoms        | ["NO_START", 7]
                TICKET_CREATED     | symptoms        | ["NO_START", ""]
                TICKET_CREATED     | priority        | "P5"
                TICKET_CREATED     | priority        | "p1"
                TICKET_CREATED     | priority        | 2
                TICKET_CREATED     | channel         | "fax"
                TICKET_CREATED     | channel         | "WECOM"
                TICKET_CREATED     | ambient_temp_c  | "-18"
                TICKET_CREATED     | ambient_temp_c  | 1e400
                TICKET_CREATED     | customer_id     | 88231
                TICKET_CREATED     | region          | ""
                TICKET_CREATED     | fault_code      | ""
                TICKET_CREATED     | description     | {"zh": "无法启动"}
                TICKET_ASSIGNED    | stage           | "XYZ"
                TICKET_ASSIGNED    | stage           | "tech"
                TICKET_ASSIGNED    | auto            | "true"
                TICKET_ASSIGNED    | auto            | 1
                TICKET_ASSIGNED    | team_id         | {}
                FIRST_RESPONSE     | diagnostic      | "yes"
                STAGE_CHANGED      | to_stage        | "XYZ"
                STAGE_CHANGED      | from_stage      | ["CS"]
                FAULT_DIAGNOSED    | domain          | "MV"
                TICKET_RESOLVED    | field_visits    | -1
                TICKET_RESOLVED    | field_visits    | 1.5
                TICKET_RESOLVED    | field_visits    | 2.0
                TICKET_RESOLVED    | field_visits    | "2"
                TICKET_RESOLVED    | field_visits    | 3000000000
                TICKET_REOPENED    | reason          | 42
                TICKET_MERGED      | into_ticket_id  | ""
                REPAIR_RECORDED    | outcome         | "broken"
                REPAIR_RECORDED    | outcome         | "not fixed"
                REPAIR_RECORDED    | labor_min       | -5
                REPAIR_RECORDED    | parts           | "PN-OBC-PFC-02"
                REPAIR_RECORDED    | photo_labels    | [null]
                REPAIR_RECORDED    | ambient_temp_c  | true
                REPAIR_RECORDED    | ticket_id       | ""
                TICKET_CLOSED      | schema_version  | 0
                TICKET_CLOSED      | schema_version  | -1
                TICKET_CLOSED      | schema_version  | "1"
                TICKET_CLOSED      | schema_version  | 1.5
                TICKET_CLOSED      | event_id        | ""
                TICKET_CLOSED      | event_id        | "   "
                TICKET_CLOSED      | event_id        | 123
                TICKET_CLOSED      | tenant_id       | ""
                TICKET_CLOSED      | ticket_id       | 4711
                TICKET_CLOSED      | ts              | 1767574800000
                TICKET_CLOSED      | event_type      | 7
                """)
        void valueOfTheWrongTypeOrOutsideTheDomainIsRejected(EventType type, String field, String value) {
            Rejection rejection = rejected(Samples.with(type, field, value), RejectionReason.WRONG_TYPE);

            assertTrue(rejection.detail().contains(field + ": expected"), rejection.detail());
        }

        @Test
        void detailSaysWhatWasExpectedAndWhatCame() {
            Rejection rejection =
                    rejected(Samples.with(TICKET_ASSIGNED, "stage", "\"XYZ\""), RejectionReason.WRONG_TYPE);

            assertEquals(
                    "TICKET_ASSIGNED stage: expected one of CS, TECH, PARTS, FIELD, got \"XYZ\"", rejection.detail());
        }

        @Test
        void numericTicketIdIsStillReportedAsContext() {
            assertEquals(
                    "4711",
                    rejected(Samples.with(TICKET_CLOSED, "ticket_id", "4711"), RejectionReason.WRONG_TYPE)
                            .ticketId());
        }
    }

    @Nested
    class Identifiers {
        @Test
        void anIdOfTheMaximumLengthIsAccepted() {
            String id = "T".repeat(Ids.MAX_LENGTH);

            Event event = assertInstanceOf(
                            Decoded.Valid.class, CODEC.decode(Samples.with(TICKET_CLOSED, "ticket_id", '"' + id + '"')))
                    .event();
            assertEquals(id, event.ticketId());
        }

        @Test
        void aLongerIdIsRejectedSayingTheLimitAndTheLength() {
            String id = "T".repeat(Ids.MAX_LENGTH + 1);

            Rejection rejection =
                    rejected(Samples.with(TICKET_CLOSED, "ticket_id", '"' + id + '"'), RejectionReason.WRONG_TYPE);
            assertTrue(
                    rejection.detail().contains("ticket_id: expected a non-empty string of at most 256 characters")
                            && rejection.detail().contains("...(257 chars)"),
                    rejection.detail());
        }

        /** A NUL would make two tenants' ids one de-duplication key; an escape sequence would rewrite a terminal. */
        @ParameterizedTest
        @ValueSource(strings = {"e\\u0000x", "e\\u001b[31m", "e\\n", "e\\tb", "e\\u007f", "e\\u0085"})
        void controlCharactersInAnIdAreRejectedAndShownEscaped(String jsonText) {
            Rejection rejection =
                    rejected(Samples.with(TICKET_CLOSED, "event_id", '"' + jsonText + '"'), RejectionReason.WRONG_TYPE);

            assertTrue(
                    rejection
                            .detail()
                            .startsWith("TICKET_CLOSED event_id: expected a non-empty string of at most 256 characters"
                                    + " without control characters, got \"e\\u00"),
                    rejection.detail());
            assertTrue(rejection.detail().chars().noneMatch(Character::isISOControl), rejection.detail());
        }

        @Test
        void textMayHoldControlCharacters() {
            assertInstanceOf(
                    Decoded.Valid.class,
                    CODEC.decode(Samples.with(TICKET_REOPENED, "reason", "\"line one\\nline two\\u0000\"")));
        }

        /**
         * A JSON escape can name half a character, which no UTF-8 store can keep. Written into the wire text: Jackson
         * reads such an escape, but Java cannot turn the string back into UTF-8 to hand to the codec.
         */
        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                TICKET_REOPENED | fault came back | fault \\ud800 came back | reason
                TICKET_REOPENED | fault came back | fault \\udc00came back  | reason
                REPAIR_RECORDED | pfc_board       | pfc_board\\ud83d        | photo_labels
                """)
        void anUnpairedSurrogateEscapeIsRejectedNamingTheField(
                EventType type, String text, String spoiled, String field) {
            Rejection rejection =
                    rejected(Samples.WIRE.get(type).replace(text, spoiled), RejectionReason.MALFORMED_JSON);

            assertEquals(
                    type + " " + field + ": holds an unpaired UTF-16 surrogate (an escape such as \\ud800 without its"
                            + " pair), which is not Unicode text",
                    rejection.detail());
        }

        @Test
        void aPairOfSurrogateEscapesIsOneCharacterAndAccepted() {
            String record =
                    Samples.WIRE.get(TICKET_REOPENED).replace("fault came back", "fault \\ud83d\\udd25 came back");

            Event event =
                    assertInstanceOf(Decoded.Valid.class, CODEC.decode(record)).event();
            assertTrue(event.json().contains("fault \uD83D\uDD25 came back"), event.json());
        }
    }

    @Nested
    class BadTimestamp {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2026-01-05 09:00",
                    "2026-01-05T09:00:00",
                    "2026-01-05T09:00:00.123",
                    "2026-01-05",
                    "05/01/2026 09:00",
                    "2026-02-30T09:00:00Z",
                    "2026-01-05T09:00:00+25:00",
                    "yesterday",
                    ""
                })
        void tsThatIsNotIsoWithOffsetIsRejected(String ts) {
            Rejection rejection =
                    rejected(Samples.with(FIRST_RESPONSE, "ts", '"' + ts + '"'), RejectionReason.BAD_TIMESTAMP);

            assertTrue(
                    rejection.detail().contains("ts: expected an ISO-8601 date-time with offset"), rejection.detail());
            assertEquals("evt-first_response", rejection.eventId());
        }

        @ParameterizedTest
        @CsvSource({
            "2026-01-05T09:00:00+08:00, 2026-01-05T01:00:00Z",
            "2026-01-05T01:00:00Z, 2026-01-05T01:00:00Z",
            "2026-01-05T01:00:00.5Z, 2026-01-05T01:00:00.500Z",
            "2026-01-05T09:00:00.123456+08:00, 2026-01-05T01:00:00.123456Z",
            "2026-01-04T20:00:00-05:00, 2026-01-05T01:00:00Z"
        })
        void isoWithOffsetOrZParsesToTheUtcInstant(String ts, String instant) {
            Decoded decoded = CODEC.decode(Samples.with(FIRST_RESPONSE, "ts", '"' + ts + '"'));

            Event event = assertInstanceOf(Decoded.Valid.class, decoded).event();
            assertEquals(java.time.Instant.parse(instant), event.ts());
            assertTrue(event.json().contains("\"ts\":\"" + ts + "\""), "original ts text kept: " + event.json());
        }

        private final EventCodec onFirstOfDecember =
                new EventCodec(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

        @ParameterizedTest
        @CsvSource({
            "2099-01-05T09:00:00+08:00, 'is more than 366 days after the clock (2026-12-01T00:00:00Z): a typo or a wrong unit'",
            "2027-12-02T00:00:01Z, 'is more than 366 days after the clock'",
            "1970-01-01T00:00:00Z, 'is before 2000-01-01T00:00:00Z: a default or zero date'",
            "1999-12-31T23:59:59Z, 'is before 2000-01-01T00:00:00Z'"
        })
        void anEventTimeDecadesAwayIsRejectedSaying(String ts, String why) {
            Rejection rejection = rejected(
                    onFirstOfDecember.decode(Samples.with(FIRST_RESPONSE, "ts", '"' + ts + '"')),
                    RejectionReason.BAD_TIMESTAMP);
            assertTrue(rejection.detail().startsWith("FIRST_RESPONSE ts: "), rejection.detail());
            assertTrue(rejection.detail().contains(why), rejection.detail());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2000-01-01T00:00:00Z", "2027-12-01T23:59:59Z", "2027-03-01T08:00:00+08:00"})
        void aLongHistoryAndAScenarioDatedMonthsAheadPass(String ts) {
            assertInstanceOf(
                    Decoded.Valid.class, onFirstOfDecember.decode(Samples.with(FIRST_RESPONSE, "ts", '"' + ts + '"')));
        }
    }

    @Nested
    class UnknownEventType {
        @ParameterizedTest
        @ValueSource(strings = {"TICKET_DELETED", "ticket_created", "TicketCreated", "", "DEVICE_RETIRED"})
        void typeThisVersionDoesNotKnowIsRejectedWithItsNameKept(String type) {
            Rejection rejection = rejected(
                    Samples.with(TICKET_CLOSED, "event_type", '"' + type + '"'), RejectionReason.UNKNOWN_EVENT_TYPE);

            assertEquals(type, rejection.eventType());
            assertEquals("evt-ticket_closed", rejection.eventId());
            assertEquals("suzhou-amp", rejection.tenantId());
            assertEquals("TK-2026-000123", rejection.ticketId());
        }
    }

    @Nested
    class MalformedJson {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "{\"event_id\":\"evt-1\",\"event_type\":\"TICKET_CLOSED\"",
                    "[{\"event_id\":\"evt-1\",\"event_type\":\"TICKET_CLOSED\"}]",
                    "null",
                    "\"TICKET_CLOSED\"",
                    "42",
                    "",
                    "   ",
                    "event_id=evt-1",
                    "{'event_id':'evt-1'}",
                    "{\"event_id\":\"a\"} {\"event_id\":\"b\"}",
                    "{\"event_id\":\"a\",\"event_id\":\"b\",\"event_type\":\"TICKET_CLOSED\"}",
                    "{\"ambient_temp_c\":NaN}"
                })
        void recordThatIsNotOneJsonObjectIsRejectedWithoutContext(String record) {
            Rejection rejection = rejected(record, RejectionReason.MALFORMED_JSON);

            assertAll(
                    () -> assertNull(rejection.eventId()),
                    () -> assertNull(rejection.tenantId()),
                    () -> assertNull(rejection.ticketId()),
                    () -> assertNull(rejection.eventType()));
            assertTrue(!rejection.detail().isBlank());
        }

        @Test
        void truncatedRecordSaysWhere() {
            String record = Samples.WIRE.get(TICKET_CREATED);
            Rejection rejection = rejected(record.substring(0, record.length() / 2), RejectionReason.MALFORMED_JSON);

            assertTrue(
                    rejection.detail().startsWith("not JSON: ")
                            && rejection.detail().contains(" at line "),
                    rejection.detail());
        }

        static Stream<Arguments> badUtf8() {
            return Stream.of(
                    Arguments.of("stray byte", new byte[] {(byte) 0xFF}),
                    Arguments.of("overlong 'f'", new byte[] {(byte) 0xC1, (byte) 0xA6}),
                    Arguments.of("encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                    Arguments.of("cut 3-byte character", new byte[] {(byte) 0xE6, (byte) 0x9C}));
        }

        /** Each would otherwise be decoded to U+FFFD or a lone surrogate and slip through as a valid event. */
        @ParameterizedTest(name = "{0}")
        @MethodSource("badUtf8")
        void invalidUtf8IsRejectedWithItsOffset(String name, byte[] bad) {
            String text = Samples.WIRE.get(TICKET_REOPENED);
            byte[] head = text.substring(0, text.indexOf("fault came back")).getBytes(StandardCharsets.UTF_8);
            byte[] tail = text.substring(text.indexOf("fault came back") + 1).getBytes(StandardCharsets.UTF_8);
            byte[] record = new byte[head.length + bad.length + tail.length];
            System.arraycopy(head, 0, record, 0, head.length);
            System.arraycopy(bad, 0, record, head.length, bad.length);
            System.arraycopy(tail, 0, record, head.length + bad.length, tail.length);

            Rejection rejection = rejected(CODEC.decode(record), RejectionReason.MALFORMED_JSON);
            assertTrue(
                    rejection.detail().contains("UTF-8") && rejection.detail().endsWith("offset " + head.length),
                    rejection.detail());
        }

        @Test
        void nullAndEmptyRecordsAreRejectedNotThrown() {
            rejected(CODEC.decode((byte[]) null), RejectionReason.MALFORMED_JSON);
            rejected(CODEC.decode((String) null), RejectionReason.MALFORMED_JSON);
            rejected(CODEC.decode(new byte[0]), RejectionReason.MALFORMED_JSON);
        }

        @Test
        void leadingByteOrderMarkIsTolerated() {
            Event event = assertInstanceOf(
                            Decoded.Valid.class, CODEC.decode("\uFEFF" + Samples.WIRE.get(TICKET_CLOSED)))
                    .event();
            assertTrue(event.json().startsWith("{"));
        }
    }

    @Nested
    class Oversize {
        @Test
        void validRecordOfExactlyOneMebibyteIsAccepted() {
            String record = ticketCreatedOfSize(EventCodec.MAX_RECORD_BYTES);

            Event event = assertInstanceOf(Decoded.Valid.class, CODEC.decode(record.getBytes(StandardCharsets.UTF_8)))
                    .event();
            assertEquals(EventType.TICKET_CREATED, event.type());
        }

        @Test
        void oneByteMoreIsRejectedBeforeParsing() {
            byte[] record = ticketCreatedOfSize(EventCodec.MAX_RECORD_BYTES + 1).getBytes(StandardCharsets.UTF_8);

            Rejection rejection = rejected(CODEC.decode(record), RejectionReason.OVERSIZE);
            assertTrue(rejection.detail().contains("1048577 bytes"), rejection.detail());
        }

        @Test
        void oversizeGarbageIsOversizeNotMalformed() {
            rejected(CODEC.decode(new byte[EventCodec.MAX_RECORD_BYTES + 1]), RejectionReason.OVERSIZE);
        }

        @Test
        void textIsMeasuredInUtf8BytesNotCharacters() {
            String chinese = "充".repeat(EventCodec.MAX_RECORD_BYTES / 3 + 1);
            String record = Samples.with(TICKET_CREATED, "description", '"' + chinese + '"');
            assertTrue(record.length() < EventCodec.MAX_RECORD_BYTES);

            rejected(record, RejectionReason.OVERSIZE);
        }

        /** The TICKET_CREATED sample with its description padded so the record is exactly {@code bytes} long. */
        private static String ticketCreatedOfSize(int bytes) {
            int base = Samples.with(TICKET_CREATED, "description", "\"\"").getBytes(StandardCharsets.UTF_8).length;
            String record = Samples.with(TICKET_CREATED, "description", '"' + "x".repeat(bytes - base) + '"');
            assertEquals(bytes, record.getBytes(StandardCharsets.UTF_8).length);
            return record;
        }
    }
}
