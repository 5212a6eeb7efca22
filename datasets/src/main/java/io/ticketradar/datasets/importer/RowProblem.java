package io.ticketradar.datasets.importer;

/**
 * Why one row cannot go in; thrown while a row is translated and caught per row, so the next row
 * still goes in. Checked, so a translator cannot forget that a row may fail.
 *
 * @see RowError the report line it becomes
 */
public final class RowProblem extends Exception {
    private final Reason reason;
    private final String column;

    /** @param column the column label ({@code 创建时间 (B)}), or a field key when no column holds it */
    public RowProblem(Reason reason, String column, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.column = column;
    }

    public Reason reason() {
        return reason;
    }

    public String column() {
        return column;
    }
}
