package io.ticketradar.datasets.importer.table;

import org.apache.poi.ss.util.CellReference;

import java.util.List;

/**
 * A file read into a header and its data rows (blank rows left out), whatever its format.
 *
 * @param headers column names by index; "" where a column has none
 */
public record Table(List<String> headers, List<SourceRow> rows) {
    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** How a person finds the column: its header and its spreadsheet letter, e.g. {@code 创建时间 (B)}. */
    public String label(int column) {
        return headers.get(column) + " (" + CellReference.convertNumToColString(column) + ")";
    }
}
