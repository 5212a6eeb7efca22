package io.ticketradar.events;

import io.ticketradar.events.EventBody.CodeDefined;
import io.ticketradar.events.EventBody.CustomerComplaint;
import io.ticketradar.events.EventBody.DeviceRegistered;
import io.ticketradar.events.EventBody.EngineerRegistered;
import io.ticketradar.events.EventBody.FaultDiagnosed;
import io.ticketradar.events.EventBody.FirstResponse;
import io.ticketradar.events.EventBody.PartStocked;
import io.ticketradar.events.EventBody.RepairRecorded;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventBody.TicketClosed;
import io.ticketradar.events.EventBody.TicketCreated;
import io.ticketradar.events.EventBody.TicketMerged;
import io.ticketradar.events.EventBody.TicketReopened;
import io.ticketradar.events.EventBody.TicketResolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Write -> decode -> same body, for every event type; and reading the hand-written wire samples. */
class EventCodecRoundTripTest {
    private static final EventCodec CODEC = new EventCodec();
    private static final OffsetDateTime TS = OffsetDateTime.parse("2026-01-05T09:00:00+08:00");

    static Stream<EventBody> bodies() {
        return Stream.of(
                new TicketCreated(
                        Channel.DEALER_PORTAL,
                        "CUST-1",
                        "",
                        "B24A-0093-7781",
                        "OBC-6.6kW",
                        "SITE-SZ-014",
                        "华东",
                        List.of("NO_START"),
                        null,
                        "无法启动",
                        null,
                        Priority.P1),
                new TicketCreated(
                        Channel.PHONE,
                        "CUST-2",
                        "139****0001",
                        "C11B-0001-0002",
                        "ACC-2",
                        "SITE-GZ-3",
                        "华南",
                        List.of(),
                        "AC-E003",
                        null,
                        31.5,
                        Priority.P4),
                new TicketAssigned("ENG-1", "TEAM-LV", Stage.FIELD, false),
                new FirstResponse("CS-9", true),
                new StageChanged(Stage.TECH, Stage.PARTS),
                new FaultDiagnosed("CAN-E101", TechnicalDomain.SW),
                new TicketResolved("FIRMWARE_PATCH", 0),
                new TicketClosed(),
                new TicketReopened(""),
                new CustomerComplaint(),
                new TicketMerged("TK-9"),
                new RepairRecorded(
                        "REP-1",
                        "B24A-0093-7781",
                        "ENG-1",
                        "OBC-E017",
                        "",
                        List.of("PN-1", "PN-2"),
                        "OBC-3.2.1",
                        null,
                        0,
                        RepairOutcome.NOT_FIXED,
                        List.of()),
                new DeviceRegistered("C11B-0001-0002", "ACC-2", null, "2024-02-29", null, null, null),
                new CodeDefined(CatalogueKind.SYMPTOM, "ac_restart", "空调控制器自动重启", null, null),
                new EngineerRegistered("E-7", "TECH-HV", List.of("HV", "german-vehicle-protocols"), null),
                new PartStocked("P-OBC-07", "D-EAST", 0, "华东"));
    }

    @Test
    void bodiesCoverEveryType() {
        assertEquals(
                EnumSet.allOf(EventType.class),
                bodies().map(EventBody::type)
                        .collect(() -> EnumSet.noneOf(EventType.class), EnumSet::add, EnumSet::addAll));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void writtenEventDecodesToTheSameBodyAndEnvelope(EventBody body) {
        String ticketId = body instanceof RepairRecorded ? null : "TK-1";
        Event written = CODEC.newEvent("evt-1", "tenant-a", ticketId, TS, body);

        Event read = assertInstanceOf(Decoded.Valid.class, CODEC.decode(CODEC.encode(written)))
                .event();

        assertEquals(written, read);
        assertEquals(body, CODEC.body(read));
        assertEquals(body.type(), read.type());
        assertEquals(Instant.parse("2026-01-05T01:00:00Z"), read.ts());
        assertEquals(EventCodec.CURRENT_SCHEMA_VERSION, read.schemaVersion());
        assertTrue(read.json().contains("\"ts\":\"2026-01-05T09:00:00+08:00\""), read.json());
    }

    @Test
    void ticketCreatedReadsEveryWireFieldByItsSnakeCaseName() {
        Event event = decodeSample(EventType.TICKET_CREATED);

        assertEquals(
                new TicketCreated(
                        Channel.WECOM,
                        "CUST-88231",
                        "138****5521",
                        "B24A-0093-7781",
                        "OBC-6.6kW",
                        "SITE-SZ-014",
                        "华东",
                        List.of("NO_START", "CHARGE_FAIL"),
                        null,
                        "零下18度充电机无法启动 / charger will not start at -18 C",
                        -18.5,
                        Priority.P2),
                CODEC.body(event));
        assertEquals("B24A-0093-7781", event.deviceSn());
        assertEquals(Topics.TICKET_EVENTS, event.topic());
        assertEquals("TK-2026-000123", event.partitionKey());
    }

    @Test
    void repairRecordedReadsEveryWireFieldAndIsKeyedByDevice() {
        Event event = decodeSample(EventType.REPAIR_RECORDED);

        assertEquals(
                new RepairRecorded(
                        "REP-55120",
                        "B24A-0093-7781",
                        "ENG-0412",
                        "OBC-E017",
                        "cold solder joint on PFC board",
                        List.of("PN-OBC-PFC-02"),
                        "OBC-3.2.1",
                        -16.0,
                        95,
                        RepairOutcome.FIXED,
                        List.of("pfc_board", "solder_crack")),
                CODEC.body(event));
        assertNull(event.ticketId());
        assertEquals(Topics.REPAIR_EVENTS, event.topic());
        assertEquals("B24A-0093-7781", event.partitionKey());
        assertEquals(Instant.parse("2026-01-06T06:30:00.250Z"), event.ts());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyHandWrittenSampleIsValidAndGivesItsBodyType(EventType type) {
        Event event = decodeSample(type);

        assertEquals(type, event.type());
        assertInstanceOf(type.bodyType(), CODEC.body(event));
    }

    @Test
    void writingAnEventTheDecoderWouldRejectFailsWithTheReason() {
        IllegalArgumentException noTicket = assertThrows(
                IllegalArgumentException.class,
                () -> CODEC.newEvent("evt-1", "tenant-a", null, TS, new TicketClosed()));
        assertTrue(noTicket.getMessage().contains("ticket_id"), noTicket.getMessage());

        IllegalArgumentException blankTeam = assertThrows(
                IllegalArgumentException.class,
                () -> CODEC.newEvent(
                        "evt-1", "tenant-a", "TK-1", TS, new TicketAssigned("ENG-1", " ", Stage.CS, true)));
        assertTrue(blankTeam.getMessage().startsWith("WRONG_TYPE"), blankTeam.getMessage());
    }

    @Test
    void codecSurvivesJavaSerialisationAsAFlinkOperatorFieldWould() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(CODEC);
        }
        EventCodec copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (EventCodec) in.readObject();
        }
        assertInstanceOf(Decoded.Valid.class, copy.decode(Samples.WIRE.get(EventType.TICKET_CLOSED)));
    }

    @Test
    void oneCodecDecodesFromManyThreads() {
        List<String> records =
                Stream.of(EventType.values()).map(Samples.WIRE::get).toList();
        long valid = IntStream.range(0, 20_000)
                .parallel()
                .mapToObj(i -> CODEC.decode(records.get(i % records.size())))
                .filter(Decoded.Valid.class::isInstance)
                .count();
        assertEquals(20_000, valid);
    }

    private static Event decodeSample(EventType type) {
        return assertInstanceOf(Decoded.Valid.class, CODEC.decode(Samples.WIRE.get(type)))
                .event();
    }
}
