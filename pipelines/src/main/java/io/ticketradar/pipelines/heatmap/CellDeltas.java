package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import io.ticketradar.warehouse.tables.HeatmapWindow;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a fact change into changes to heatmap cells: the old fact's share taken out of its cells and the
 * new fact's share put into its cells, netted per cell (a ticket turning overdue only adds to the overdue
 * count of the cells it is in; a diagnosis moves it from the {@link Axis#UNKNOWN} row to its fault's row).
 * Each change goes to every window holding the ticket's creation day: its day, and the 7 days from it on.
 */
public final class CellDeltas implements FlatMapFunction<FactChange, CellDelta> {

    @Override
    public void flatMap(FactChange change, Collector<CellDelta> out) {
        Map<Placed, Counts> net = new LinkedHashMap<>();
        if (change.before() != null) {
            share(net, change.before(), Counts.ZERO.minus(Counts.of(change.before())));
        }
        share(net, change.after(), Counts.of(change.after()));
        String tenant = change.after().tenantId();
        net.forEach((placed, counts) -> {
            if (counts.isZero()) {
                return;
            }
            for (HeatmapWindow window : HeatmapWindow.values()) {
                for (LocalDate day : window.endingDaysOf(placed.cohortDay())) {
                    out.collect(new CellDelta(tenant, window, day, placed.cohortDay(), placed.cell(), counts));
                }
            }
        });
    }

    private static void share(Map<Placed, Counts> net, TicketFact fact, Counts counts) {
        for (Cell cell : Cell.of(fact)) {
            net.merge(new Placed(fact.cohortDay(), cell), counts, Counts::plus);
        }
    }

    /** A cell of the ticket's creation day. */
    private record Placed(LocalDate cohortDay, Cell cell) {}
}
