package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.mapping.Field;
import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.datasets.importer.mapping.Translation;
import io.ticketradar.datasets.importer.mapping.ValueTable;
import io.ticketradar.datasets.importer.table.Cell;
import io.ticketradar.datasets.importer.table.SourceRow;
import io.ticketradar.events.WireValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one row, typed: an empty cell (or one of the mapping's empty values) takes the
 * mapping's default, a value the mapping lists is translated, and a value that does not fit its field
 * is a {@link RowProblem} naming the column.
 */
final class RowReader {
    /** Units people type after a temperature or a count; the number is what counts. */
    private static final Pattern UNITS = Pattern.compile("\\s*(℃|°C|°|度|C|次)$", Pattern.CASE_INSENSITIVE);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ImportMapping mapping;
    private final Columns columns;
    private final SourceRow row;

    RowReader(ImportMapping mapping, Columns columns, SourceRow row) {
        this.mapping = mapping;
        this.columns = columns;
        this.row = row;
    }

    int rowNumber() {
        return row.number();
    }

    String column(Field field) {
        return columns.label(field);
    }

    /** The field's text, translated and defaulted; null when it has none. */
    String text(Field field) {
        Cell cell = cell(field);
        String text = cell.isEmpty() ? mapping.defaultValue(field) : translate(field, cell.text());
        return text == null || text.isBlank() ? null : text;
    }

    String required(Field field) throws RowProblem {
        return present(text(field), field);
    }

    /** @return null for an empty cell */
    Instant time(Field field) throws RowProblem {
        try {
            return mapping.dates().parse(cell(field));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(Reason.NOT_A_DATE, column(field), e.getMessage());
        }
    }

    Instant requiredTime(Field field) throws RowProblem {
        return present(time(field), field);
    }

    /** @throws RowProblem when both times are known and {@code later}'s comes first */
    void notBefore(Field later, Instant laterAt, Field earlier, Instant earlierAt) throws RowProblem {
        if (laterAt != null && earlierAt != null && laterAt.isBefore(earlierAt)) {
            throw new RowProblem(
                    Reason.OUT_OF_ORDER,
                    column(later),
                    shown(laterAt) + " is before " + column(earlier) + " " + shown(earlierAt));
        }
    }

    private String shown(Instant at) {
        return SHOWN.format(at.atZone(mapping.zone()));
    }

    /** @return null when empty; accepts a unit after the number (-18℃) and the typographic minus */
    Double number(Field field) throws RowProblem {
        Cell cell = cell(field);
        if (cell.number() != null) {
            return cell.number();
        }
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(
                            UNITS.matcher(text.replace('−', '-')).replaceAll("").strip())
                    .doubleValue();
        } catch (NumberFormatException e) {
            throw new RowProblem(Reason.NOT_A_NUMBER, column(field), "'" + text + "' is not a number");
        }
    }

    /** A count such as field visits; empty reads as {@code otherwise}. */
    int count(Field field, int otherwise) throws RowProblem {
        Double value = number(field);
        if (value == null) {
            return otherwise;
        }
        if (value < 0 || value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new RowProblem(
                    Reason.NOT_A_NUMBER, column(field), "'" + text(field) + "' is not a whole number of 0 or more");
        }
        return value.intValue();
    }

    /** @return null when empty */
    Boolean flag(Field field) throws RowProblem {
        String text = text(field);
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw unknown(field, text, "true, false");
    }

    boolean requiredFlag(Field field) throws RowProblem {
        return present(flag(field), field);
    }

    /** One of a closed set (priority, channel, stage) by its wire value, any case; null when empty. */
    <E extends WireValue> E choice(Field field, E[] choices) throws RowProblem {
        String text = text(field);
        if (text == null) {
            return null;
        }
        for (E choice : choices) {
            if (choice.wire().equalsIgnoreCase(text)) {
                return choice;
            }
        }
        throw unknown(field, text, Arrays.stream(choices).map(WireValue::wire).collect(Collectors.joining(", ")));
    }

    <E extends WireValue> E requiredChoice(Field field, E[] choices) throws RowProblem {
        return present(choice(field, choices), field);
    }

    /** A list in one cell (无法充电、仪表报警), each item translated on its own; empty when the cell is. */
    List<String> list(Field field) {
        Cell cell = cell(field);
        String text = cell.isEmpty() ? mapping.defaultValue(field) : cell.text();
        List<String> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (char separator : mapping.listSeparators().toCharArray()) {
            text = text.replace(separator, '\n');
        }
        for (String item : text.split("\n")) {
            if (!item.isBlank()) {
                items.add(translate(field, item.strip()));
            }
        }
        return items;
    }

    private String translate(Field field, String text) {
        ValueTable<String> values = mapping.values(field);
        String mapped = values == null ? null : values.get(text);
        return mapped != null ? mapped : text;
    }

    /** The meaning of the field's value in one of the mapping's tables (states, groups); null when empty. */
    <V> V lookup(Field field, Translation<V> table, String section) throws RowProblem {
        String text = text(field);
        if (text == null) {
            return null;
        }
        V value = table.get(text);
        if (value == null) {
            throw new RowProblem(
                    Reason.UNKNOWN_VALUE,
                    column(field),
                    "'" + text + "' is not listed under " + section + " (" + String.join(", ", table.keys()) + ")");
        }
        return value;
    }

    private <T> T present(T value, Field field) throws RowProblem {
        if (value == null) {
            throw new RowProblem(Reason.MISSING_VALUE, column(field), field.key() + " is empty");
        }
        return value;
    }

    private RowProblem unknown(Field field, String text, String allowed) {
        ValueTable<String> values = mapping.values(field);
        String listed = values == null
                ? ""
                : " nor listed under values." + field.key() + " (" + String.join(", ", values.keys()) + ")";
        return new RowProblem(Reason.UNKNOWN_VALUE, column(field), "'" + text + "' is not one of " + allowed + listed);
    }

    private Cell cell(Field field) {
        int column = columns.of(field);
        Cell cell = column < 0 ? Cell.EMPTY : row.cell(column);
        return mapping.isEmptyValue(cell.text()) ? Cell.EMPTY : cell;
    }
}
