package io.ticketradar.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLetterTest {
    private static final EventCodec CODEC = new EventCodec();
    private static final Instant NOW = Instant.parse("2026-01-05T01:00:03.5Z");

    @Test
    void carriesReasonSourceContextAndTheWholeRecord() {
        byte[] record =
                Samples.with(EventType.TICKET_ASSIGNED, "stage", "\"XYZ\"").getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = deadLetter(record, 3, 1200L);
        JsonNode json = Samples.json(new String(letter.toJson(), StandardCharsets.UTF_8));

        assertEquals("WRONG_TYPE", json.get("reason").textValue());
        assertTrue(json.get("detail").textValue().contains("stage"));
        assertEquals(Topics.TICKET_EVENTS, json.get("source_topic").textValue());
        assertEquals(3, json.get("source_partition").intValue());
        assertEquals(1200L, json.get("source_offset").longValue());
        assertEquals("evt-ticket_assigned", json.get("event_id").textValue());
        assertEquals("suzhou-amp", json.get("tenant_id").textValue());
        assertEquals("TK-2026-000123", json.get("ticket_id").textValue());
        assertEquals("TICKET_ASSIGNED", json.get("event_type").textValue());
        assertEquals("2026-01-05T01:00:03.500Z", json.get("rejected_at").textValue());
        assertEquals(
                new String(record, StandardCharsets.UTF_8), json.get("payload").textValue());
        assertEquals("utf-8", json.get("payload_encoding").textValue());
        assertFalse(json.get("payload_truncated").booleanValue());
        assertEquals(record.length, json.get("payload_bytes").intValue());
        assertEquals(sha256(record), json.get("payload_sha256").textValue());
        assertEquals(letter, DeadLetter.fromJson(letter.toJson()));
    }

    @Test
    void unreadableRecordHasNullContext() {
        DeadLetter letter = deadLetter("{\"event_id\":".getBytes(StandardCharsets.UTF_8), 0, 7L);
        JsonNode json = Samples.json(new String(letter.toJson(), StandardCharsets.UTF_8));

        assertEquals("MALFORMED_JSON", json.get("reason").textValue());
        assertTrue(json.get("ticket_id").isNull());
        assertEquals(letter, DeadLetter.fromJson(letter.toJson()));
    }

    @Test
    void oversizeRecordKeepsOnlyItsFirst64KibWithSizeAndHashOfTheWhole() {
        byte[] record = ("{\"description\":\"" + "x".repeat(2 * EventCodec.MAX_RECORD_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = deadLetter(record, 1, 99L);

        assertEquals(RejectionReason.OVERSIZE, letter.reason());
        assertTrue(letter.payloadTruncated());
        assertArrayEquals(Arrays.copyOf(record, DeadLetter.MAX_PAYLOAD_BYTES), letter.payloadAsBytes());
        assertEquals(record.length, letter.payloadBytes());
        assertEquals(sha256(record), letter.payloadSha256());
        assertTrue(letter.toJson().length < 100 * 1024, "fits a Kafka record easily");
        assertEquals(letter, DeadLetter.fromJson(letter.toJson()));
    }

    @Test
    void truncationNeverCutsACharacterInHalf() {
        byte[] record = "充".repeat(EventCodec.MAX_RECORD_BYTES / 3 + 1).getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = deadLetter(record, 0, 0L);

        assertEquals(PayloadEncoding.UTF_8, letter.payloadEncoding());
        assertEquals("充".repeat(DeadLetter.MAX_PAYLOAD_BYTES / 3), letter.payload());
    }

    @Test
    void invalidUtf8TravelsAsBase64AndComesBackByteForByte() {
        byte[] record = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

        DeadLetter letter = deadLetter(record, 2, 5L);
        DeadLetter read = DeadLetter.fromJson(letter.toJson());

        assertEquals(RejectionReason.MALFORMED_JSON, letter.reason());
        assertEquals(PayloadEncoding.BASE64, read.payloadEncoding());
        assertTrue(new String(letter.toJson(), StandardCharsets.UTF_8).contains("\"payload_encoding\":\"base64\""));
        assertArrayEquals(record, read.payloadAsBytes());
        assertFalse(read.payloadTruncated());
    }

    @Test
    void oversizeInvalidUtf8IsTruncatedAndBase64() {
        byte[] record = new byte[EventCodec.MAX_RECORD_BYTES + 1];
        Arrays.fill(record, (byte) 0x80);

        DeadLetter letter = deadLetter(record, 0, 0L);

        assertEquals(PayloadEncoding.BASE64, letter.payloadEncoding());
        assertEquals(DeadLetter.MAX_PAYLOAD_BYTES, letter.payloadAsBytes().length);
        assertTrue(letter.payloadTruncated());
    }

    @Test
    void tombstoneBecomesAnEmptyPayload() {
        DeadLetter letter = DeadLetter.of(
                assertInstanceOf(Decoded.Invalid.class, CODEC.decode((byte[]) null))
                        .rejection(),
                Topics.TICKET_EVENTS,
                0,
                1L,
                null,
                NOW);

        assertEquals("", letter.payload());
        assertEquals(0, letter.payloadBytes());
    }

    private static DeadLetter deadLetter(byte[] record, int partition, long offset) {
        Rejection rejection =
                assertInstanceOf(Decoded.Invalid.class, CODEC.decode(record)).rejection();
        return DeadLetter.of(rejection, Topics.TICKET_EVENTS, partition, offset, record, NOW);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
