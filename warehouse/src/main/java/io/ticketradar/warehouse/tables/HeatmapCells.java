package io.ticketradar.warehouse.tables;

/** The table {@code heatmap_cells} and its columns, as the DDL in {@code db/migration} creates them. */
public final class HeatmapCells {

    public static final String TABLE = "heatmap_cells";

    public static final String TENANT_ID = "tenant_id";
    public static final String WINDOW = "window";
    public static final String DAY = "day";
    public static final String X_KIND = "x_kind";
    public static final String X = "x";
    public static final String Y_KIND = "y_kind";
    public static final String Y = "y";
    public static final String TICKETS = "tickets";
    public static final String OVERDUE = "overdue";
    public static final String BREAKPOINTS = "breakpoints";
    public static final String AS_OF = "as_of";
    public static final String VERSION = "version";

    private HeatmapCells() {}
}
