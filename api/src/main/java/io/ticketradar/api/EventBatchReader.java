package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a {@code POST /api/v1/events} body into one byte range per event, without interpreting
 * the events: each range goes to the events codec as is, so an event is judged exactly as it
 * would be on the Kafka topic. Two formats:
 * <ul>
 *   <li>a JSON array of events (the body's first non-blank character is {@code [});</li>
 *   <li>NDJSON, one event object per line (content type {@code application/x-ndjson}, or any body
 *       not starting with {@code [}); blank lines are skipped.</li>
 * </ul>
 * A body that is neither (not JSON, a broken array, an NDJSON body not starting with an object)
 * is refused as a whole with 400; a well-formed array or line holding a bad event is not: that
 * event is rejected on its own by the codec.
 */
final class EventBatchReader {

    private static final Set<String> NDJSON_TYPES = Set.of("application/x-ndjson", "application/ndjson");
    private static final JsonFactory JSON = new JsonFactory();

    private EventBatchReader() {}

    static List<byte[]> read(byte[] body, String contentType) {
        int first = firstNonBlank(body, 0, body.length);
        if (first == body.length) {
            throw ApiException.badBody(null, "empty body: send a JSON array of events or NDJSON, one event per line");
        }
        if (!isNdjson(contentType) && body[first] == '[') {
            return arrayElements(body);
        }
        if (body[first] != '{') {
            throw ApiException.badBody(
                    null, "body is neither a JSON array of events nor NDJSON (one event object per line)");
        }
        return ndjsonLines(body);
    }

    private static boolean isNdjson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return NDJSON_TYPES.contains(mediaType.strip().toLowerCase(Locale.ROOT));
    }

    /** Byte ranges of the array's elements, taken from the parser's offsets so nothing is re-serialised. */
    private static List<byte[]> arrayElements(byte[] body) {
        List<byte[]> elements = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken(); // the '[' seen by the caller
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw ApiException.badBody(null, "body is not a JSON array: it ends before the closing ']'");
                }
                long start = parser.currentTokenLocation().getByteOffset();
                parser.skipChildren(); // to the end of an object or array element
                parser.finishToken(); // a string element is read lazily; read it to its closing quote
                long end = parser.currentLocation().getByteOffset();
                elements.add(Arrays.copyOfRange(body, Math.toIntExact(start), Math.toIntExact(end)));
            }
            if (parser.nextToken() != null) {
                throw ApiException.badBody(null, "body is not a JSON array: content follows the closing ']'");
            }
        } catch (JsonProcessingException e) {
            throw ApiException.badBody(
                    null, "body is not a JSON array: " + e.getOriginalMessage() + where(e.getLocation()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
        return elements;
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static List<byte[]> ndjsonLines(byte[] body) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        while (start < body.length) {
            int newline = indexOf(body, (byte) '\n', start);
            int from = firstNonBlank(body, start, newline);
            int to = newline;
            while (to > from && isBlank(body[to - 1])) {
                to--;
            }
            if (from < to) {
                lines.add(Arrays.copyOfRange(body, from, to));
            }
            start = newline + 1;
        }
        return lines;
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return bytes.length;
    }

    /** Index of the first byte in [from, to) that is not whitespace or a UTF-8 byte order mark; {@code to} if none. */
    private static int firstNonBlank(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (isBlank(bytes[i])) {
                i++;
            } else if (i + 2 < to
                    && bytes[i] == (byte) 0xEF
                    && bytes[i + 1] == (byte) 0xBB
                    && bytes[i + 2] == (byte) 0xBF) {
                i += 3;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }
}
