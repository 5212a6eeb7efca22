package io.ticketradar.events;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A rejected record as published on {@link Topics#DEAD_LETTERS}: why, where it came from, and the
 * record itself. Records over {@link #MAX_PAYLOAD_BYTES} (every OVERSIZE one) carry only their start,
 * so a dead letter always fits the broker's default 1 MB message limit even after JSON escaping;
 * {@code payload_bytes} and {@code payload_sha256} describe the whole record, which stays at its
 * source offset.
 *
 * @param ticketId         null when not readable (as are eventId, tenantId, eventType)
 * @param payload          the record, or its first bytes when truncated, as text or base64
 * @param payloadBytes     size of the whole original record
 * @param payloadSha256    lowercase hex SHA-256 of the whole original record
 */
public record DeadLetter(
        RejectionReason reason,
        String detail,
        String sourceTopic,
        int sourcePartition,
        long sourceOffset,
        String eventId,
        String tenantId,
        String ticketId,
        String eventType,
        Instant rejectedAt,
        String payload,
        PayloadEncoding payloadEncoding,
        boolean payloadTruncated,
        int payloadBytes,
        String payloadSha256) {

    /** 64 KiB. */
    public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    /** The dead letter of a record rejected by {@link EventCodec#decode}; a null record (tombstone) counts as empty. */
    public static DeadLetter of(
            Rejection rejection,
            String sourceTopic,
            int sourcePartition,
            long sourceOffset,
            byte[] record,
            Instant rejectedAt) {
        byte[] whole = record == null ? new byte[0] : record;
        boolean truncated = whole.length > MAX_PAYLOAD_BYTES;
        byte[] kept = Arrays.copyOf(whole, truncated ? charBoundaryBefore(whole, MAX_PAYLOAD_BYTES) : whole.length);
        String text = Utf8.decodeOrNull(kept);
        if (text == null) {
            kept = Arrays.copyOf(whole, Math.min(whole.length, MAX_PAYLOAD_BYTES));
        }
        return new DeadLetter(
                rejection.reason(),
                rejection.detail(),
                sourceTopic,
                sourcePartition,
                sourceOffset,
                rejection.eventId(),
                rejection.tenantId(),
                rejection.ticketId(),
                rejection.eventType(),
                rejectedAt,
                text != null ? text : Base64.getEncoder().encodeToString(kept),
                text != null ? PayloadEncoding.UTF_8 : PayloadEncoding.BASE64,
                truncated,
                whole.length,
                sha256(whole));
    }

    /** Reads a dead letter written by {@link #toJson()}. */
    public static DeadLetter fromJson(byte[] json) {
        try {
            return Json.MAPPER.readValue(json, DeadLetter.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a dead letter: " + e.getMessage(), e);
        }
    }

    /** The dead letter as UTF-8 JSON, field names snake_case. */
    public byte[] toJson() {
        try {
            return Json.MAPPER.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dead letter could not be written", e);
        }
    }

    /** The carried bytes of the record (all of it unless {@link #payloadTruncated()}), for inspection or replay. */
    public byte[] payloadAsBytes() {
        return payloadEncoding == PayloadEncoding.BASE64
                ? Base64.getDecoder().decode(payload)
                : payload.getBytes(StandardCharsets.UTF_8);
    }

    /** Cuts before a UTF-8 continuation byte rather than through a character, so the kept text stays valid. */
    private static int charBoundaryBefore(byte[] bytes, int limit) {
        int end = limit;
        // A character has at most three continuation bytes; backing off further means the bytes are not UTF-8.
        while (end > limit - 3 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return end;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
