package io.ticketradar.api;

import java.util.List;

/**
 * A table whose changes the event stream announces: the SSE event name they go under, the column saying how new a
 * row is, and its version column if it has one.
 */
record WatchedTable(String event, String table, String asOfColumn, String versionColumn) {

    /** What the wall screen and the pattern pages follow. */
    static final List<WatchedTable> ALL = List.of(
            new WatchedTable("indicators", "health_indicators", "as_of", "version"),
            new WatchedTable("live", "health_indicators_live", "computed_at", null),
            new WatchedTable("heatmap", "heatmap_cells", "as_of", "version"),
            new WatchedTable("alerts", "alerts", "raised_at", null),
            new WatchedTable("patterns", "failure_patterns", "evaluated_at", "version"),
            new WatchedTable("patterns", "pattern_feedback", "updated_at", "version"));

    /** Per tenant: the newest row's as-of, the highest version (0 without one) and the rows stored. */
    String signatureQuery() {
        String version = versionColumn == null ? "toUInt64(0)" : "max(" + versionColumn + ")";
        return "SELECT tenant_id, max(" + asOfColumn + ") AS as_of, " + version + " AS version, count() AS n FROM "
                + table + " GROUP BY tenant_id";
    }
}
