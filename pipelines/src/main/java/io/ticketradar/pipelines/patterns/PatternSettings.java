package io.ticketradar.pipelines.patterns;

import io.ticketradar.models.detect.DetectorSettings;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How the emerging-pattern job runs.
 *
 * @param detector           how the detector weighs evidence
 * @param evaluationInterval event time between two evaluations of a tenant (default hourly; it must divide a day,
 *                           whose end is always evaluated)
 */
public record PatternSettings(DetectorSettings detector, Duration evaluationInterval) implements Serializable {

    public PatternSettings {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(evaluationInterval, "evaluationInterval");
    }

    public static PatternSettings defaults() {
        return new PatternSettings(DetectorSettings.defaults(), Duration.ofHours(1));
    }
}
