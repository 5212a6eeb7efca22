package io.ticketradar.datasets.importer.table;

import java.util.List;

/**
 * One data row of a file.
 *
 * @param number the row number a person sees: the spreadsheet's row, or the CSV record (the header
 *               counts, a value with line breaks in it does not add rows)
 * @param cells  by column index; a short row reads as empty cells
 */
public record SourceRow(int number, List<Cell> cells) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.EMPTY;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }
}
