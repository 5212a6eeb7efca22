package io.ticketradar.warehouse;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses JSONEachRow output into rows of JSON-natural values. Both adapters request JSONEachRow with the same
 * settings and parse it here, which is what makes their value types identical.
 */
public final class JsonRows {

    /**
     * The session settings both adapters apply, so output and time arithmetic do not depend on the server's
     * profile or on the machine's time zone. Inserts are synchronous: the embedded engine (chDB 26.7) turns
     * {@code async_insert} on by default, which delays every insert by its flush timeout and intermittently
     * rejects an insert whose rows follow the statement ("both inlined and external data").
     */
    public static final Map<String, String> SESSION_SETTINGS = Map.of(
            "output_format_json_quote_64bit_integers", "0",
            "date_time_output_format", "simple",
            "session_timezone", "UTC",
            "async_insert", "0");

    // Objects keep column order (LinkedHashMap). Jackson yields Integer, Long or BigInteger by magnitude;
    // USE_LONG_FOR_INTS would fail on UInt64 values beyond long, so Integers are widened afterwards instead.
    private static final ObjectReader ROWS = new ObjectMapper().readerFor(Map.class);

    private JsonRows() {}

    /** @param sql the query that produced the output, for messages */
    public static List<Map<String, Object>> parse(byte[] jsonEachRow, String sql) {
        try (MappingIterator<Map<String, Object>> rows = ROWS.readValues(jsonEachRow)) {
            return collect(rows);
        } catch (IOException e) {
            throw new WarehouseException("unreadable JSONEachRow output: " + e.getMessage(), sql, e);
        }
    }

    /** @param sql the query that produced the output, for messages */
    public static List<Map<String, Object>> parse(InputStream jsonEachRow, String sql) {
        try (MappingIterator<Map<String, Object>> rows = ROWS.readValues(jsonEachRow)) {
            return collect(rows);
        } catch (IOException e) {
            throw new WarehouseException("unreadable JSONEachRow output: " + e.getMessage(), sql, e);
        }
    }

    private static List<Map<String, Object>> collect(MappingIterator<Map<String, Object>> rows) throws IOException {
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.hasNextValue()) {
            Map<String, Object> row = rows.nextValue();
            row.replaceAll((column, value) -> widen(value));
            result.add(row);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Object widen(Object value) {
        if (value instanceof Integer small) {
            return small.longValue();
        }
        if (value instanceof List<?> list) {
            ((List<Object>) list).replaceAll(JsonRows::widen);
        } else if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).replaceAll((key, element) -> widen(element));
        }
        return value;
    }
}
