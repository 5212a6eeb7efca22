package io.ticketradar.api;

import java.util.Locale;

/**
 * What R&D trends are grouped and filtered by, as {@code failure_cases} holds it: the value of {@code group_by} and
 * the name of the filter parameter are the constant's code (fault, model, batch, ...).
 */
enum TrendDimension implements QueryParams.Choice {
    FAULT("fault_code"),
    MODEL("product_model"),
    BATCH("batch"),
    FIRMWARE("firmware"),
    REGION("region"),
    SITE("site_id"),
    TEMP_BAND("temp_band");

    /** The failure_cases column; a constant, never caller text, so it may go into SQL. */
    final String column;

    TrendDimension(String column) {
        this.column = column;
    }

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
