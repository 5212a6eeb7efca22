package io.ticketradar.datasets.importer.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180 as spreadsheets write it): quoted values with doubled quotes, line
 * breaks inside quotes, CRLF or LF, a UTF-8 byte order mark, any encoding (Chinese Excel saves
 * "CSV" as GBK). Lenient where Excel is: a stray quote inside an unquoted value is kept as text.
 */
public final class CsvReader {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvReader() {}

    /**
     * @param headerRow 1-based record that holds the column names; records above it are skipped
     * @throws IllegalArgumentException when the file cannot be decoded or a quote never closes
     */
    public static Table read(Path file, Charset encoding, char delimiter, int headerRow) {
        List<List<String>> records = parse(decode(file, encoding), delimiter);
        if (records.size() < headerRow) {
            throw new IllegalArgumentException(file + " has no row " + headerRow + " to take the column names from");
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int i = headerRow; i < records.size(); i++) {
            SourceRow row =
                    new SourceRow(i + 1, records.get(i).stream().map(Cell::text).toList());
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Table(records.get(headerRow - 1).stream().map(String::strip).toList(), rows);
    }

    /** A UTF-8 byte order mark settles the encoding whatever the mapping says; it is not part of the first header. */
    private static String decode(Path file, Charset encoding) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        int start = 0;
        if (startsWith(bytes, UTF8_BOM)) {
            encoding = StandardCharsets.UTF_8;
            start = UTF8_BOM.length;
        }
        try {
            return encoding.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(
                    file + " is not valid " + encoding.name() + " text"
                            + (encoding.equals(StandardCharsets.UTF_8)
                                    ? "; Chinese Excel saves CSV as GBK: set `encoding: GBK` in the mapping"
                                    : "")
                            + " (" + e.getMessage() + ")",
                    e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        int quoteOpenedIn = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    value.append(c);
                } else if (i < text.length() && text.charAt(i) == '"') {
                    value.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && value.isEmpty()) {
                quoted = true;
                quoteOpenedIn = records.size() + 1;
            } else if (c == delimiter) {
                record.add(value.toString());
                value.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                record.add(value.toString());
                value.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(
                    "the quoted value that starts in row " + quoteOpenedIn + " never closes");
        }
        if (!value.isEmpty() || !record.isEmpty()) {
            record.add(value.toString());
            records.add(record);
        }
        return records;
    }
}
