package io.ticketradar.datasets.importer;

/** A rejected row, as reported: {@code row 14, column 创建时间 (B): '2026-13-45' is not a date ...}. */
public record RowError(int row, String column, Reason reason, String message) {

    static RowError of(int row, RowProblem problem) {
        return new RowError(row, problem.column(), problem.reason(), problem.getMessage());
    }

    @Override
    public String toString() {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + message;
    }
}
