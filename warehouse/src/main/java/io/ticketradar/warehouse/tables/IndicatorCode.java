package io.ticketradar.warehouse.tables;

import java.util.Locale;

/**
 * The indicators' names in the {@code indicator} columns of {@link HealthIndicators} and
 * {@link HealthIndicatorsLive}, and in the API. What each counts is said by the pipelines' {@code Indicator}.
 */
public enum IndicatorCode {
    FIRST_RESPONSE_COMPLIANCE,
    BREAKPOINT_RATE,
    RECURRENCE_SUPPRESSION,
    FIRST_RESPONSE_TIMEOUT_RATE,
    CLOSURE_CYCLE_MEAN_DAYS,
    CLOSURE_CYCLE_P50_DAYS,
    CLOSURE_CYCLE_P90_DAYS,
    OVERDUE_RATE,
    BOUNCE_RATE,
    COORDINATION_HOURS,
    SECONDARY_COMPLAINT_RATE,
    FIRST_TIME_FIX_RATE,
    DUPLICATE_RATE,
    REOPEN_RATE,
    BACKLOG,
    BACKLOG_CS,
    BACKLOG_TECH,
    BACKLOG_PARTS,
    BACKLOG_FIELD;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The name in the warehouse and the API: the constant's name in lower case. */
    public String code() {
        return code;
    }
}
