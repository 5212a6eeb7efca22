package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.mapping.Field;
import io.ticketradar.datasets.importer.table.Table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each mapped field sits in a file. Headers match ignoring blanks, line breaks and full-width
 * spaces, which hand-kept spreadsheets put in header cells ({@code 首次响应\n时间}).
 */
final class Columns {
    private final Table table;
    private final Map<Field, Integer> index = new EnumMap<>(Field.class);

    /** @throws IllegalArgumentException naming the columns the file lacks and listing the ones it has */
    Columns(Table table, Map<Field, String> mapped) {
        this.table = table;
        List<String> normalised =
                table.headers().stream().map(Columns::normalise).toList();
        StringBuilder missing = new StringBuilder();
        mapped.forEach((field, header) -> {
            int i = normalised.indexOf(normalise(header));
            if (i < 0) {
                missing.append(missing.isEmpty() ? "" : ", ")
                        .append(header)
                        .append(" (")
                        .append(field.key())
                        .append(')');
            } else {
                index.put(field, i);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the file has no column " + missing + "; its columns are "
                    + table.headers().stream().filter(h -> !h.isEmpty()).collect(Collectors.joining(", ")));
        }
    }

    /** The field's column index, or -1 when the mapping names no column for it. */
    int of(Field field) {
        return index.getOrDefault(field, -1);
    }

    /** The column for messages: header and letter, or the field's key when no column holds it. */
    String label(Field field) {
        int i = of(field);
        return i < 0 ? field.key() : table.label(i);
    }

    private static String normalise(String header) {
        return header.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
