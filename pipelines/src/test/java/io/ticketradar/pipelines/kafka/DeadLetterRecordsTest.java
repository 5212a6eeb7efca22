package io.ticketradar.pipelines.kafka;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadLetterRecordsTest {

    /** The sink passes the record's event time, here last January's: the dead letter must not inherit it. */
    @Test
    void aDeadLetterIsStampedWithTheTimeItWasRejectedNotWithItsEventTime() {
        byte[] record = "{\"event_type\":\"TICKET_TELEPORTED\",\"ts\":\"2026-01-05T09:00:00+08:00\"}"
                .getBytes(StandardCharsets.UTF_8);
        Decoded.Invalid invalid = (Decoded.Invalid) new EventCodec().decode(record);
        Instant rejectedAt = Instant.parse("2026-12-02T01:00:00.123Z");
        DeadLetter letter = DeadLetter.of(invalid.rejection(), Topics.TICKET_EVENTS, 1, 17, record, rejectedAt);

        ProducerRecord<byte[], byte[]> out = new DeadLetterRecords()
                .serialize(letter, null, Instant.parse("2026-01-05T01:00:00Z").toEpochMilli());

        assertEquals(Topics.DEAD_LETTERS, out.topic());
        assertEquals(rejectedAt.toEpochMilli(), out.timestamp());
        assertEquals(letter, DeadLetter.fromJson(out.value()));
    }
}
