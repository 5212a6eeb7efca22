package io.ticketradar.pipelines.records;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventTimesTest {

    private static long of(String json) {
        return EventTimes.of(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheTopLevelTimestampWithItsOffset() {
        assertEquals(
                Instant.parse("2026-01-05T01:00:00Z").toEpochMilli(),
                of("{\"event_id\":\"e\",\"meta\":{\"ts\":\"1999-01-01T00:00:00Z\"},\"symptoms\":[\"a\"],"
                        + "\"ts\":\"2026-01-05T09:00:00.000+08:00\",\"description\":\"x\"}"));
    }

    @Test
    void recordsWithoutAReadableTimestampNeverAdvanceEventTime() {
        for (String bad : new String[] {
            "",
            "{not json",
            "[1,2]",
            "{\"ts\":12345}",
            "{\"ts\":\"2026-01-05 09:00\"}",
            "{\"ts\":\"2026-01-05T09:00:00\"}",
            "{\"event_id\":\"e\"}",
            "{\"ts\":\"2099-01-05T09:00:00+08:00\"}",
            "{\"ts\":\"1970-01-01T00:00:00Z\"}",
            // Valid dates whose epoch milliseconds overflow a long: they threw and failed the source.
            "{\"ts\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"ts\":\"-999999999-01-01T00:00:00Z\"}"
        }) {
            assertEquals(EventTimes.UNKNOWN, of(bad), bad);
        }
    }
}
