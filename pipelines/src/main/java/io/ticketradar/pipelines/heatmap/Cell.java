package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.lifecycle.TicketFact;

import java.util.ArrayList;
import java.util.List;

/**
 * A heatmap cell's coordinates: which axes, and where on them.
 *
 * @param xKind one of {@link Axis#X}
 * @param yKind one of {@link Axis#Y}
 */
public record Cell(Axis xKind, String x, Axis yKind, String y) {

    /** The cell a ticket falls in on each of the heatmaps (every x axis by every y axis). */
    public static List<Cell> of(TicketFact fact) {
        List<Cell> cells = new ArrayList<>(Axis.X.size() * Axis.Y.size());
        for (Axis xKind : Axis.X) {
            for (Axis yKind : Axis.Y) {
                cells.add(new Cell(xKind, xKind.of(fact), yKind, yKind.of(fact)));
            }
        }
        return cells;
    }
}
