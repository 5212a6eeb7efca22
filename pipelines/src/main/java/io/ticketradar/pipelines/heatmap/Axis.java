package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.lifecycle.TicketFact;
import io.ticketradar.warehouse.tables.HeatmapAxis;

import java.io.Serializable;
import java.util.List;

/**
 * What a heatmap's columns ({@link #X}: the ticket's dealer region or site) and rows ({@link #Y}: its fault code
 * or technical domain) are. A ticket not diagnosed yet has neither fault code nor domain and falls in the row
 * {@link #UNKNOWN}; a diagnosis later moves it to its row. The codes are the warehouse's {@link HeatmapAxis}; this
 * enum adds where a ticket falls on each, and stays its own type because cells keyed by it are checkpointed state.
 */
public enum Axis {

    // Region and site are required on TICKET_CREATED, so never null.
    REGION(HeatmapAxis.REGION, TicketFact::region),
    SITE(HeatmapAxis.SITE, TicketFact::siteId),
    FAULT(HeatmapAxis.FAULT, f -> f.faultCode() == null ? Axis.UNKNOWN : f.faultCode()),
    DOMAIN(
            HeatmapAxis.DOMAIN,
            f -> f.domain() == null ? Axis.UNKNOWN : f.domain().name());

    /** The columns a heatmap can have. */
    public static final List<Axis> X = List.of(REGION, SITE);
    /** The rows a heatmap can have. */
    public static final List<Axis> Y = List.of(FAULT, DOMAIN);
    /** The row of tickets whose fault code (domain) is not known yet: 未诊断 to readers. */
    public static final String UNKNOWN = HeatmapAxis.UNKNOWN;

    private final HeatmapAxis contract;
    private final Coordinate coordinate;

    Axis(HeatmapAxis contract, Coordinate coordinate) {
        this.contract = contract;
        this.coordinate = coordinate;
    }

    /** The name in {@code heatmap_cells.x_kind} / {@code y_kind} and the API. */
    public String code() {
        return contract.code();
    }

    /** Where a ticket falls on this axis. */
    public String of(TicketFact fact) {
        return coordinate.of(fact);
    }

    @FunctionalInterface
    private interface Coordinate extends Serializable {
        String of(TicketFact fact);
    }
}
