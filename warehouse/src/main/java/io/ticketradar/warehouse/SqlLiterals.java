package io.ticketradar.warehouse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.StringJoiner;

/**
 * Renders Java values as ClickHouse literals and binds {@code ?} placeholders with them, client-side, so the
 * embedded engine and the server see identical SQL. Strings are escaped (backslash and quote), so a value can
 * never end its literal early.
 *
 * <table>
 *   <caption>Rendering</caption>
 *   <tr><td>null</td><td>{@code NULL}</td></tr>
 *   <tr><td>String, CharSequence, Enum (its name)</td><td>{@code 'text'}, backslash and quote escaped by a backslash</td></tr>
 *   <tr><td>Integer, Long, Short, Byte, BigInteger, BigDecimal</td><td>the number</td></tr>
 *   <tr><td>Double, Float</td><td>the number; {@code nan}, {@code inf}, {@code -inf}</td></tr>
 *   <tr><td>Boolean</td><td>{@code true}, {@code false}</td></tr>
 *   <tr><td>Instant</td><td>{@code toDateTime64('2026-01-05 09:00:00.000', 3, 'UTC')} (millisecond precision)</td></tr>
 *   <tr><td>LocalDate</td><td>{@code toDate('2026-01-05')}</td></tr>
 *   <tr><td>Collection</td><td>an array literal {@code [a, b]} of its rendered elements</td></tr>
 * </table>
 */
public final class SqlLiterals {

    private static final DateTimeFormatter DATETIME64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private SqlLiterals() {}

    /** The text form of a DateTime64(3, 'UTC') value, as literals here and JSONEachRow rows write it. */
    public static String dateTime64Text(Instant instant) {
        return DATETIME64.format(instant);
    }

    /**
     * Replaces each {@code ?} outside string literals, quoted identifiers and comments by the literal of the
     * matching argument.
     *
     * @throws IllegalArgumentException when the counts differ, or an argument has an unsupported type
     */
    public static String bind(String sql, Object... args) {
        Object[] values = args == null ? new Object[0] : args;
        StringBuilder out = new StringBuilder(sql.length() + 16 * values.length);
        int used = 0;
        int i = 0;
        while (i < sql.length()) {
            int next = SqlScanner.skipNonCode(sql, i);
            if (next > i) {
                out.append(sql, i, next);
                i = next;
            } else if (sql.charAt(i) == '?') {
                if (used < values.length) {
                    out.append(render(values[used]));
                }
                used++;
                i++;
            } else {
                out.append(sql.charAt(i++));
            }
        }
        if (used != values.length) {
            throw new IllegalArgumentException("the SQL has " + used + " ? placeholder(s) but " + values.length
                    + " argument(s) were given: " + sql);
        }
        return out.toString();
    }

    /** The ClickHouse literal for one value. */
    public static String render(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence text) {
            return quote(text.toString());
        }
        if (value instanceof Enum<?> constant) {
            return quote(constant.name());
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return floating(((Number) value).doubleValue());
        }
        if (value instanceof Instant instant) {
            return "toDateTime64('" + dateTime64Text(instant) + "', 3, 'UTC')";
        }
        if (value instanceof LocalDate date) {
            return "toDate('" + date + "')";
        }
        if (value instanceof Collection<?> elements) {
            StringJoiner array = new StringJoiner(", ", "[", "]");
            elements.forEach(element -> array.add(render(element)));
            return array.toString();
        }
        throw new IllegalArgumentException(
                "no ClickHouse literal for a " + value.getClass().getName());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('\'').toString();
    }

    private static String floating(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        return Double.toString(value);
    }
}
