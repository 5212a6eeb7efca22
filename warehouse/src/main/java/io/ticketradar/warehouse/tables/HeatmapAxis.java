package io.ticketradar.warehouse.tables;

import java.util.List;

/**
 * What a heatmap's columns ({@link #X}: the ticket's dealer region or site) and rows ({@link #Y}: its fault code
 * or technical domain) are: the values of {@link HeatmapCells#X_KIND} / {@link HeatmapCells#Y_KIND} and of the
 * API's {@code x} / {@code y} parameters, and the {@link TicketFacts} column each comes from. A ticket not
 * diagnosed yet has neither fault code nor domain and falls in the row {@link #UNKNOWN}.
 */
public enum HeatmapAxis {
    REGION("region", TicketFacts.REGION),
    SITE("site", TicketFacts.SITE_ID),
    FAULT("fault", TicketFacts.FAULT_CODE),
    DOMAIN("domain", TicketFacts.DOMAIN);

    /** The columns a heatmap can have. */
    public static final List<HeatmapAxis> X = List.of(REGION, SITE);
    /** The rows a heatmap can have. */
    public static final List<HeatmapAxis> Y = List.of(FAULT, DOMAIN);
    /** The row of tickets whose fault code (domain) is not known yet: 未诊断 to readers. */
    public static final String UNKNOWN = "";

    private final String code;
    private final String factColumn;

    HeatmapAxis(String code, String factColumn) {
        this.code = code;
        this.factColumn = factColumn;
    }

    /** The name in {@code heatmap_cells.x_kind} / {@code y_kind} and the API. */
    public String code() {
        return code;
    }

    /** The {@link TicketFacts} column a ticket's place on this axis comes from. */
    public String factColumn() {
        return factColumn;
    }
}
