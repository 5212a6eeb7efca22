package io.ticketradar.warehouse.tables;

/** The table {@code alerts} and its columns, as the DDL in {@code db/migration} creates them. */
public final class Alerts {

    public static final String TABLE = "alerts";

    public static final String TENANT_ID = "tenant_id";
    public static final String ALERT_ID = "alert_id";
    public static final String KIND = "kind";
    public static final String RAISED_AT = "raised_at";
    public static final String DAY = "day";
    public static final String TITLE = "title";
    public static final String DETAIL = "detail";
    public static final String PAYLOAD = "payload";

    private Alerts() {}
}
