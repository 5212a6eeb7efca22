package io.ticketradar.pipelines.heatmap;

import io.ticketradar.warehouse.tables.HeatmapWindow;

import java.time.LocalDate;

/**
 * A change to one cell of one heatmap (tenant, window, day) caused by one ticket's fact change.
 *
 * @param cohortDay the creation day of the ticket: after its correction horizon the change is not applied
 * @param change    what to add to the cell; negative parts take the ticket's old share back
 */
public record CellDelta(
        String tenantId, HeatmapWindow window, LocalDate day, LocalDate cohortDay, Cell cell, Counts change) {}
