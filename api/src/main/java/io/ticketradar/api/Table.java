package io.ticketradar.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list as a spreadsheet sees it, for the CSV and xlsx exports: named columns and rows of typed cells
 * ({@link String}, {@link Number}, {@link Boolean} or null), so numbers stay numbers in Excel.
 *
 * @param name a file name stem, such as {@code trends-2026-01-01-2026-01-31}
 */
record Table(String name, List<String> columns, List<List<Object>> rows) {

    Table {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "a row of " + row.size() + " cells under " + columns.size() + " columns: " + row);
            }
        }
    }

    /** An empty table to fill with {@link #add}. */
    static Table of(String name, String... columns) {
        return new Table(name, Arrays.asList(columns), new ArrayList<>());
    }

    /** Appends a row; cells in column order. */
    Table add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(
                    "a row of " + cells.length + " cells under " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** A list of codes or ids in one cell. */
    static String joined(List<?> values) {
        return values == null
                ? null
                : String.join("; ", values.stream().map(String::valueOf).toList());
    }
}
