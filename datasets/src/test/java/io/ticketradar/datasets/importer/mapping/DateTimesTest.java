package io.ticketradar.datasets.importer.mapping;

import io.ticketradar.datasets.importer.table.Cell;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateTimesTest {
    private static final Instant NINE_AM = Instant.parse("2026-01-05T01:00:00Z"); // 09:00 in Shanghai
    private final DateTimes dates = new DateTimes(ImportMapping.DEFAULT_DATE_FORMATS, ZoneId.of("Asia/Shanghai"));

    @Test
    void theWaysPeopleWriteATimeAreWallClockInTheMappingsZone() {
        for (String text : List.of(
                "2026/1/5 9:00",
                "2026/01/05 09:00:00",
                "2026-01-05 09:00:00",
                "2026-1-5 9:00",
                "2026年1月5日 9时",
                "2026年1月5日 9时0分",
                "2026年1月5日 09:00",
                "2026-01-05T09:00",
                "2026-01-05T01:00:00Z",
                "2026-01-05T09:00:00+08:00",
                "46027.375")) {
            assertEquals(NINE_AM, dates.parse(Cell.text(text)), text);
        }
        assertEquals(
                Instant.parse("2026-01-04T16:00:00Z"),
                dates.parse(Cell.text("2026/1/5")),
                "a date alone is its midnight");
        assertEquals(
                NINE_AM, dates.parse(new Cell("", LocalDateTime.of(2026, 1, 5, 9, 0), null)), "a date-formatted cell");
        assertEquals(
                NINE_AM, dates.parse(new Cell("46027.375", null, 46027.375)), "an Excel serial stored as a number");
        assertNull(dates.parse(Cell.EMPTY));
    }

    @Test
    void impossibleDatesAreErrorsThatListTheFormatsTried() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> dates.parse(Cell.text("2026-13-45")));
        assertEquals(
                "'2026-13-45' is not a date in any of the formats "
                        + String.join(", ", ImportMapping.DEFAULT_DATE_FORMATS)
                        + " (nor an Excel date or ISO-8601 with offset)",
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> dates.parse(Cell.text("2026/2/30 9:00")),
                "strict: no 30 February");
        assertThrows(IllegalArgumentException.class, () -> dates.parse(new Cell("0", null, 0.0)), "0 is no Excel date");
    }

    @Test
    void theMappingsOwnFormatsReplaceTheDefaults() {
        DateTimes dayFirst = new DateTimes(List.of("d/M/yyyy H:mm"), ZoneId.of("Asia/Shanghai"));
        assertEquals(NINE_AM, dayFirst.parse(Cell.text("5/1/2026 09:00")));
        assertThrows(IllegalArgumentException.class, () -> dayFirst.parse(Cell.text("2026/1/5 9:00")));
        assertThrows(
                IllegalArgumentException.class, () -> new DateTimes(List.of("yyyy-MM-dd qqqqqq"), ZoneId.of("UTC")));
    }
}
