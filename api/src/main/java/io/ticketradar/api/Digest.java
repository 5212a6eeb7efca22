package io.ticketradar.api;

import java.util.List;

/**
 * The morning digest of one tenant (issue 8): sent on the morning of {@code date}, it covers the day before
 * ({@code covers}) compared with the day before that ({@code compared}), all tenant days.
 *
 * @param health      the three health indicators of DOMAIN.md §4, overall, against their thresholds
 * @param movers      what moved most among the other indicators and the regions
 * @param openAlerts  circuit breakers open at the end of {@code covers}, and other alerts raised that day
 * @param newPatterns emerging failure patterns first detected on {@code covers} (not dismissed)
 * @param backlog     tickets open at the end of {@code covers} by stage (CS, TECH, PARTS, FIELD), then in all
 */
public record Digest(
        String tenantId,
        String date,
        String covers,
        String compared,
        List<Figure> health,
        List<Figure> movers,
        List<AlertItem> openAlerts,
        List<PatternItem> newPatterns,
        List<Figure> backlog,
        Links links) {

    /**
     * One indicator of one region on {@code covers}, beside the day before.
     *
     * @param indicator an indicator code ({@code breakpoint_rate}, {@code backlog_cs}, ...)
     * @param region    a region, or ALL
     * @param change    value minus previous; null when either is unknown
     * @param met       whether the value is healthy; null without a threshold or a value
     */
    public record Figure(
            String indicator,
            String region,
            Double value,
            Double previous,
            Double change,
            String unit,
            String healthyWhen,
            Double threshold,
            Boolean met) {}

    /** @param raisedAt UTC instant */
    public record AlertItem(String alertId, String kind, String raisedAt, String day, String title, String detail) {}

    public record PatternItem(
            String id,
            String status,
            String titleZh,
            String titleEn,
            String descriptionZh,
            String descriptionEn,
            long observed,
            Double expected,
            Double ratio) {}

    /**
     * @param indicatorsCsv        the covered day's indicators as CSV: a signed link that needs no token
     * @param indicatorsCsvExpires when that link stops working, a UTC instant
     */
    public record Links(String wall, String indicatorsCsv, String indicatorsCsvExpires) {}
}
