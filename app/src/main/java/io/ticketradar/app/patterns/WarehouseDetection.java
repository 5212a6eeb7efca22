package io.ticketradar.app.patterns;

import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.warehouse.Warehouse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the emerging-pattern detector over a tenant's history as the warehouse holds it: the events of
 * {@code [from, to]} (days in the tenant's zone) and of the {@link #leadInDays lead-in} before {@code from}, which
 * the detector's baselines need, in event-time order. Reports the patterns flagged on a day of {@code [from, to]}.
 * Whoever has the warehouse open runs it: {@code patterns --tenant}, or the running stack for it.
 */
public final class WarehouseDetection {

    private WarehouseDetection() {}

    /**
     * What one run read and found.
     *
     * @param zone              the tenant's, in which the days are
     * @param earlierMasterData master data from before the lead-in, read too
     * @param events            events from the lead-in's first day to {@code to}
     */
    public record Result(
            ZoneId zone, LocalDate leadInFrom, long earlierMasterData, long events, List<FailurePattern> patterns) {}

    /** Days before {@code from} read too: the oldest day any of the detector's baselines looks back to. */
    static int leadInDays(DetectorSettings detector) {
        return detector.tests().stream()
                        .mapToInt(DetectorSettings.Test::guardDays)
                        .max()
                        .orElse(0)
                + detector.baselineDays();
    }

    /**
     * @throws IllegalArgumentException when the warehouse holds no event of the tenant, or none of the period
     */
    public static Result run(
            Warehouse warehouse,
            String tenant,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            DetectorSettings settings,
            Duration interval) {
        TenantHistory history = new TenantHistory(warehouse, tenant);
        TenantHistory.Span span = history.span()
                .orElseThrow(
                        () -> new IllegalArgumentException("tenant '" + tenant + "' has no events in the warehouse"));
        LocalDate leadInFrom = from.minusDays(leadInDays(settings));
        Instant start = leadInFrom.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // Events come in event-time order, so none is late: the job's out-of-orderness changes nothing here.
        OfflineDetection detection = new OfflineDetection(settings, interval, Duration.ZERO, t -> zone);
        TenantHistory.Replayed read = history.replay(start, end, detection::accept);
        if (read.events() == 0) {
            throw new IllegalArgumentException("tenant '" + tenant + "' has no events from " + leadInFrom + " to " + to
                    + " (its " + span.events() + " events run from " + span.first() + " to " + span.last() + " UTC)");
        }
        detection.finish();
        List<FailurePattern> flagged = detection.patterns(tenant).stream()
                .filter(p -> !p.detectedOn().isAfter(to) && !p.lastFlaggedOn().isBefore(from))
                .sorted(Comparator.comparing(FailurePattern::detectedOn))
                .toList();
        return new Result(zone, leadInFrom, read.earlierMasterData(), read.events(), flagged);
    }
}
