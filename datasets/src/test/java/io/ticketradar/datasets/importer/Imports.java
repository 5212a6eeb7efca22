package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Runs imports in tests and reads what came out, decoding every record with the events module's codec. */
final class Imports {
    static final EventCodec CODEC = new EventCodec();

    private Imports() {}

    static ImportMapping mapping(Path dir, String yaml) throws IOException {
        return ImportMapping.load(Files.writeString(dir.resolve("mapping.yaml"), yaml, StandardCharsets.UTF_8));
    }

    static Importer.Result run(Path file, ImportMapping mapping) {
        return Importer.run(file, mapping, "acme", new ProgressMeter(System.err, ProgressMeter.Style.NONE, "rows"));
    }

    /** Every record decoded: each must be a valid event, keyed by its ticket, on its type's topic. */
    static List<Event> events(Importer.Result result) {
        return result.records().stream().map(Imports::decode).toList();
    }

    static Event decode(GeneratedRecord record) {
        Decoded decoded = CODEC.decode(record.value());
        Event event = assertInstanceOf(Decoded.Valid.class, decoded, () -> "invalid: " + decoded)
                .event();
        assertEquals(event.topic(), record.topic());
        assertEquals(event.ticketId(), record.key());
        assertEquals(event.ts(), record.eventTime());
        return event;
    }

    static Map<String, List<Event>> byTicket(List<Event> events) {
        return events.stream().collect(Collectors.groupingBy(Event::ticketId));
    }

    static List<String> types(List<Event> events) {
        return events.stream().map(e -> e.type().name()).toList();
    }

    static EventBody body(Event event) {
        return CODEC.body(event);
    }
}
