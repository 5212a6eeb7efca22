package io.ticketradar.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Values an attacker or a broken client puts where an id, a date or a number belongs, each as it goes on the wire in a
 * path segment or a query value: most are text that the test percent-encodes whole, some are already encoded (encoded
 * traversals, bytes that are no UTF-8), exactly as a hostile client would send them.
 */
final class HostileValues {

    /** What a value attacks, so that a walk can give each parameter every value of the kinds that matter most. */
    enum Kind {
        SQL,
        TRAVERSAL,
        OVERSIZE,
        CONTROL,
        ENCODING,
        CLICKHOUSE,
        NUMBER,
        DATE
    }

    /** @param wire as sent: valid in a URI, so every byte outside RFC 3986's unreserved set is percent-encoded */
    record Value(Kind kind, String wire) {

        @Override
        public String toString() {
            return kind + " " + (wire.length() > 80 ? wire.substring(0, 80) + "...(" + wire.length() + ")" : wire);
        }
    }

    static final int OVERSIZE_CHARS = 10_000;

    private HostileValues() {}

    /** Every value, each kind's in turn. */
    static List<Value> all() {
        List<Value> values = new ArrayList<>();
        text(values, Kind.SQL, "' OR '1'='1");
        text(values, Kind.SQL, "1; DROP TABLE ticket_events--");
        text(values, Kind.SQL, "') UNION SELECT name, engine FROM system.tables--");
        text(values, Kind.SQL, "\\' OR 1=1 --");
        text(values, Kind.SQL, "\\\\'; DROP TABLE alerts; --");
        text(values, Kind.SQL, "\"; DROP TABLE ticket_facts; --");
        text(values, Kind.SQL, "x' || (SELECT count() FROM system.tables) || '");
        text(values, Kind.SQL, "1 /* unterminated");
        text(values, Kind.SQL, "%27");
        wire(values, Kind.SQL, "%27%20OR%20%271%27%3D%271");
        text(values, Kind.TRAVERSAL, "../../etc/passwd");
        text(values, Kind.TRAVERSAL, "..\\..\\windows\\win.ini");
        wire(values, Kind.TRAVERSAL, "../../etc/passwd");
        wire(values, Kind.TRAVERSAL, "..%2F..%2Fetc%2Fpasswd");
        wire(values, Kind.TRAVERSAL, "%2e%2e/%2e%2e/etc/passwd");
        wire(values, Kind.TRAVERSAL, "%2e%2e%2f%2e%2e%2f");
        wire(values, Kind.TRAVERSAL, "%252e%252e%252f");
        wire(values, Kind.TRAVERSAL, "passwd%00.json");
        wire(values, Kind.TRAVERSAL, "....//....//etc/passwd");
        text(values, Kind.OVERSIZE, "A".repeat(OVERSIZE_CHARS));
        text(values, Kind.OVERSIZE, "' OR 1=1 --".repeat(OVERSIZE_CHARS / 10));
        text(values, Kind.CONTROL, "\r\nX-Injected: 1");
        text(values, Kind.CONTROL, "\t\u0001\u0002\u001f");
        text(values, Kind.CONTROL, "\u001b[31mred\u001b[0m");
        text(values, Kind.CONTROL, "\u007f\u0085\u2028\u2029");
        text(values, Kind.CONTROL, "\ufeff\u200b");
        text(values, Kind.CONTROL, " ");
        text(values, Kind.CONTROL, "");
        wire(values, Kind.ENCODING, "%C3%28");
        wire(values, Kind.ENCODING, "%FF%FE%FD");
        wire(values, Kind.ENCODING, "%C0%AF");
        wire(values, Kind.ENCODING, "%ED%A0%80");
        wire(values, Kind.ENCODING, "%F4%90%80%80");
        wire(values, Kind.ENCODING, "%E2%82");
        text(values, Kind.CLICKHOUSE, "{name:String}");
        text(values, Kind.CLICKHOUSE, "{tenant_id:String}");
        text(values, Kind.CLICKHOUSE, "\\0");
        text(values, Kind.CLICKHOUSE, "\u0000");
        text(values, Kind.CLICKHOUSE, "a\u0000' OR 1=1 --");
        text(values, Kind.CLICKHOUSE, "`ticket_events`");
        text(values, Kind.CLICKHOUSE, "\\x27 OR 1=1");
        text(values, Kind.CLICKHOUSE, "x' FORMAT JSON --");
        text(values, Kind.CLICKHOUSE, "x' SETTINGS max_threads=1 --");
        text(values, Kind.NUMBER, "-1");
        text(values, Kind.NUMBER, "0");
        text(values, Kind.NUMBER, "1e309");
        text(values, Kind.NUMBER, "99999999999999999999");
        text(values, Kind.NUMBER, "-2147483649");
        text(values, Kind.NUMBER, "2147483648");
        text(values, Kind.NUMBER, "9223372036854775808");
        text(values, Kind.NUMBER, "NaN");
        text(values, Kind.NUMBER, "Infinity");
        text(values, Kind.NUMBER, "0x10");
        text(values, Kind.NUMBER, "1.5");
        text(values, Kind.NUMBER, "+1");
        text(values, Kind.NUMBER, "\u0661");
        text(values, Kind.DATE, "2026-02-30");
        text(values, Kind.DATE, "9999-99-99");
        text(values, Kind.DATE, "2026-1-5");
        text(values, Kind.DATE, "0000-01-01");
        text(values, Kind.DATE, "1969-12-31");
        text(values, Kind.DATE, "9999-12-31");
        text(values, Kind.DATE, "+10000-01-01");
        text(values, Kind.DATE, "+999999999-12-31");
        text(values, Kind.DATE, "-999999999-01-01");
        text(values, Kind.DATE, "2026-01-05T00:00:00Z");
        text(values, Kind.DATE, "+999999999-12-31T23:59:59Z");
        text(values, Kind.DATE, "-999999999-01-01T00:00:00+18:00");
        text(values, Kind.DATE, "2026-01-05T25:00:00Z");
        return values;
    }

    /** Percent-encodes every UTF-8 byte but RFC 3986's unreserved characters: safe in a path segment and a query. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static void text(List<Value> values, Kind kind, String text) {
        values.add(new Value(kind, encode(text)));
    }

    private static void wire(List<Value> values, Kind kind, String wire) {
        values.add(new Value(kind, wire));
    }
}
