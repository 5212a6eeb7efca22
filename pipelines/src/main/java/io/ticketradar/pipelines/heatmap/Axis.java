package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.lifecycle.TicketFact;

import java.io.Serializable;
import java.util.List;

/**
 * What a heatmap's columns ({@link #X}: the ticket's dealer region or site) and rows ({@link #Y}: its fault code
 * or technical domain) are. A ticket not diagnosed yet has neither fault code nor domain and falls in the row
 * {@link #UNKNOWN}; a diagnosis later moves it to its row.
 */
public enum Axis {

    // Region and site are required on TICKET_CREATED, so never null.
    REGION("region", TicketFact::region),
    SITE("site", TicketFact::siteId),
    FAULT("fault", f -> f.faultCode() == null ? Axis.UNKNOWN : f.faultCode()),
    DOMAIN("domain", f -> f.domain() == null ? Axis.UNKNOWN : f.domain().name());

    /** The columns a heatmap can have. */
    public static final List<Axis> X = List.of(REGION, SITE);
    /** The rows a heatmap can have. */
    public static final List<Axis> Y = List.of(FAULT, DOMAIN);
    /** The row of tickets whose fault code (domain) is not known yet: 未诊断 to readers. */
    public static final String UNKNOWN = "";

    private final String code;
    private final Coordinate coordinate;

    Axis(String code, Coordinate coordinate) {
        this.code = code;
        this.coordinate = coordinate;
    }

    /** The name in {@code heatmap_cells.x_kind} / {@code y_kind} and the API. */
    public String code() {
        return code;
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
