package io.ticketradar.pipelines.heatmap;

import io.ticketradar.warehouse.tables.HeatmapWindow;

import java.time.LocalDate;

/**
 * One row of {@code heatmap_cells}: a cell of the heatmap of a tenant's window ending on {@code day}.
 *
 * @param asOf    the event time (epoch ms) it was computed at
 * @param version increases with every write of the tenant's window and day, so the newest wins
 */
public record HeatmapCell(
        String tenantId, HeatmapWindow window, LocalDate day, Cell cell, Counts counts, long asOf, long version) {}
