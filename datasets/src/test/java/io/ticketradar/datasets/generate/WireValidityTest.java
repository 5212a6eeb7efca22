package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.BadRecordKind;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every record meant to be valid decodes with the events codec; every bad one is rejected for the reason meant. */
class WireValidityTest {
    private final EventCodec codec = new EventCodec();

    @Test
    void validEventsDecode_badRecordsAreRejectedAsIntended(@TempDir Path tmp) throws IOException {
        Path scenario = tmp.resolve("flawed.yaml");
        Files.writeString(scenario, """
                extends: before
                name: flawed
                bad_records:
                  share: 0.05
                  kinds: {oversize: 1}
                """);
        Generated data = Generated.of(
                GeneratorSettings.of(2, LocalDate.of(2025, 1, 6), 8, 80, 3, Scenarios.load(scenario.toString())));
        Set<String> seen = new HashSet<>();
        Map<BadRecordKind, Integer> kinds = new EnumMap<>(BadRecordKind.class);
        int valid = 0;
        for (int i = 0; i < data.records().size(); i++) {
            GeneratedRecord record = data.records().get(i);
            RecordNote note = data.notes().get(i);
            Decoded decoded = codec.decode(record.value());
            if (note.bad() == null || note.bad() == BadRecordKind.DUPLICATE_EVENT_ID) {
                Event event = assertInstanceOf(
                                Decoded.Valid.class, decoded, () -> "meant valid: " + new String(record.value()))
                        .event();
                assertEquals(note.eventId(), event.eventId());
                assertEquals(event.topic(), record.topic());
                assertEquals(event.partitionKey(), record.key());
                assertEquals(event.ts(), record.eventTime());
                boolean fresh = seen.add(event.eventId());
                assertEquals(note.bad() == null, fresh, "only redeliveries repeat an event_id: " + event.eventId());
                valid++;
            } else {
                Decoded.Invalid invalid = assertInstanceOf(
                        Decoded.Invalid.class, decoded, () -> note.bad() + " decoded: " + new String(record.value()));
                assertEquals(
                        note.bad().rejection(),
                        invalid.rejection().reason(),
                        () -> invalid.rejection().detail());
            }
            if (note.bad() != null) {
                kinds.merge(note.bad(), 1, Integer::sum);
            }
        }
        assertEquals(Set.of(BadRecordKind.values()), kinds.keySet(), "every kind of bad record occurs: " + kinds);
        assertTrue(valid > 10_000, "events: " + valid);
        assertEquals(
                kinds.values().stream().mapToInt(Integer::intValue).sum(),
                data.truth().badRecords());
    }
}
