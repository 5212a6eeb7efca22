package io.ticketradar.datasets.importer.mapping;

import io.ticketradar.datasets.importer.table.Cell;
import org.apache.poi.ss.usermodel.DateUtil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the times of an imported file: date-formatted spreadsheet cells, Excel serial numbers (a
 * date cell that lost its format, or a CSV exported from one), ISO-8601 with an offset, and else the
 * mapping's formats in order, as wall-clock time in the mapping's zone. Strict: 2026/2/30 is an error,
 * not 2 March.
 */
public final class DateTimes {
    /** Serial days from 1900-01-01 to 9999-12-31, with an optional fraction of a day. */
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");

    private static final double LAST_EXCEL_DAY = 2_958_465;

    private final List<String> patterns;
    private final List<DateTimeFormatter> formats;
    private final ZoneId zone;

    /** @throws IllegalArgumentException naming a pattern java.time cannot read */
    public DateTimes(List<String> patterns, ZoneId zone) {
        this.patterns = List.copyOf(patterns);
        this.formats = patterns.stream().map(DateTimes::formatter).toList();
        this.zone = zone;
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            // ERA defaults so that yyyy (year of era, what people write) resolves in STRICT mode.
            return new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1)
                    .toFormatter()
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date format: " + e.getMessage(), e);
        }
    }

    /**
     * @return the instant, or null for an empty cell
     * @throws IllegalArgumentException saying which formats were tried
     */
    public Instant parse(Cell cell) {
        if (cell.dateTime() != null) {
            return cell.dateTime().atZone(zone).toInstant();
        }
        if (cell.number() != null) {
            return excel(cell.number(), cell.text());
        }
        String text = cell.text();
        if (text.isEmpty()) {
            return null;
        }
        if (EXCEL_SERIAL.matcher(text).matches()) {
            return excel(Double.parseDouble(text), text);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException notWithOffset) {
            for (DateTimeFormatter format : formats) {
                try {
                    TemporalAccessor parsed = format.parseBest(text, LocalDateTime::from, LocalDate::from);
                    LocalDateTime local = parsed instanceof LocalDate day ? day.atStartOfDay() : (LocalDateTime) parsed;
                    return local.atZone(zone).toInstant();
                } catch (DateTimeParseException tryNext) {
                    // the next format may fit
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a date in any of the formats "
                + String.join(", ", patterns) + " (nor an Excel date or ISO-8601 with offset)");
    }

    private Instant excel(double serial, String text) {
        if (serial < 1 || serial > LAST_EXCEL_DAY) {
            throw new IllegalArgumentException("'" + text + "' is a number, not an Excel date (those run from 1 to "
                    + (long) LAST_EXCEL_DAY + ")");
        }
        return DateUtil.getLocalDateTime(serial, false, true).atZone(zone).toInstant();
    }
}
