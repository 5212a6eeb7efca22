package io.ticketradar.warehouse;

/** A statement the warehouse refused or could not run; carries the SQL (truncated) and the engine's message. */
public class WarehouseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SQL_CHARS = 1_000;

    private final String sql;
    private final String engineMessage;

    public WarehouseException(String engineMessage, String sql) {
        this(engineMessage, sql, null);
    }

    public WarehouseException(String engineMessage, String sql, Throwable cause) {
        super(describe(engineMessage, truncate(sql)), cause);
        this.sql = truncate(sql);
        this.engineMessage = engineMessage;
    }

    /** The statement, cut to 1,000 characters (inserted rows are never included); null when no statement ran. */
    public String sql() {
        return sql;
    }

    /** What the engine (or the driver) said. */
    public String engineMessage() {
        return engineMessage;
    }

    private static String describe(String engineMessage, String sql) {
        String message = engineMessage == null ? "" : engineMessage.strip();
        return sql == null ? message : message + "\n  SQL: " + sql;
    }

    private static String truncate(String sql) {
        if (sql == null || sql.length() <= MAX_SQL_CHARS) {
            return sql;
        }
        return sql.substring(0, MAX_SQL_CHARS) + "... (" + sql.length() + " chars)";
    }
}
