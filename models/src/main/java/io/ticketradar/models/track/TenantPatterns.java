package io.ticketradar.models.track;

import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.detect.TenantDetector;
import io.ticketradar.models.explain.CodeLabels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One tenant's emergence detection, as the Flink job and the offline tools run it: its cases go into the detector,
 * and each evaluation's detections into the tracker, which returns the patterns that changed.
 */
public final class TenantPatterns {

    private final TenantDetector detector;
    private final PatternTracker tracker;

    public TenantPatterns(String tenantId, DetectorSettings settings, CodeLabels labels) {
        this(new TenantDetector(settings), new PatternTracker(tenantId, labels));
    }

    public TenantPatterns(TenantDetector detector, PatternTracker tracker) {
        this.detector = detector;
        this.tracker = tracker;
    }

    public void upsert(FailureCase c) {
        detector.upsert(c);
    }

    /** Evaluates with everything seen so far, as of {@code at} on the tenant's {@code day}. */
    public List<PatternChange> evaluate(Instant at, LocalDate day) {
        return tracker.update(at, day, detector.evaluate(day), detector);
    }

    public PatternTracker tracker() {
        return tracker;
    }

    public TenantDetector detector() {
        return detector;
    }
}
