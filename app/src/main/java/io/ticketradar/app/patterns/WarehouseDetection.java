package io.ticketradar.app.patterns;

import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.patterns.PatternSettings;
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
 */
final class WarehouseDetection {

    private WarehouseDetection() {}

    /** What one run read and found. */
    record Result(LocalDate leadInFrom, TenantHistory.Replayed read, List<FailurePattern> patterns) {}

    /** Days before {@code from} read too: the oldest day any of the detector's baselines looks back to. */
    static int leadInDays(DetectorSettings detector) {
        return detector.tests().stream()
                        .mapToInt(DetectorSettings.Test::guardDays)
                        .max()
                        .orElse(0)
                + detector.baselineDays();
    }

    static Result run(
            Warehouse warehouse,
            String tenant,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            PatternSettings settings,
            Duration interval) {
        LocalDate leadInFrom = from.minusDays(leadInDays(settings.detector()));
        Instant start = leadInFrom.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // Events come in event-time order, so none is late: the job's out-of-orderness changes nothing here.
        OfflineDetection detection = new OfflineDetection(settings.detector(), interval, Duration.ZERO, t -> zone);
        TenantHistory.Replayed read = new TenantHistory(warehouse, tenant).replay(start, end, detection::accept);
        detection.finish();
        List<FailurePattern> flagged = detection.patterns(tenant).stream()
                .filter(p -> !p.detectedOn().isAfter(to) && !p.lastFlaggedOn().isBefore(from))
                .sorted(Comparator.comparing(FailurePattern::detectedOn))
                .toList();
        return new Result(leadInFrom, read, flagged);
    }
}
