package io.ticketradar.api;

import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.PatternFeedback;

import java.util.List;

/**
 * A table whose changes the event stream announces: the SSE event name they go under, the column saying how new a
 * row is, and its version column if it has one.
 */
record WatchedTable(String event, String table, String asOfColumn, String versionColumn) {

    /** What the wall screen and the pattern pages follow. */
    static final List<WatchedTable> ALL = List.of(
            new WatchedTable("indicators", HealthIndicators.TABLE, HealthIndicators.AS_OF, HealthIndicators.VERSION),
            new WatchedTable("live", HealthIndicatorsLive.TABLE, HealthIndicatorsLive.COMPUTED_AT, null),
            new WatchedTable("heatmap", HeatmapCells.TABLE, HeatmapCells.AS_OF, HeatmapCells.VERSION),
            new WatchedTable("alerts", Alerts.TABLE, Alerts.RAISED_AT, null),
            new WatchedTable("patterns", FailurePatterns.TABLE, FailurePatterns.EVALUATED_AT, FailurePatterns.VERSION),
            new WatchedTable("patterns", PatternFeedback.TABLE, PatternFeedback.UPDATED_AT, PatternFeedback.VERSION));

    /** Per tenant: the newest row's as-of, the highest version (0 without one) and the rows stored. */
    String signatureQuery() {
        String version = versionColumn == null ? "toUInt64(0)" : "max(" + versionColumn + ")";
        return "SELECT tenant_id, max(" + asOfColumn + ") AS as_of, " + version + " AS version, count() AS n FROM "
                + table + " GROUP BY tenant_id";
    }
}
