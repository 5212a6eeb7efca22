package io.ticketradar.datasets.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** What a replay sent. */
public record ReplaySummary(
        long records, Map<String, Long> recordsByTopic, Instant firstPublishAt, Instant lastPublishAt, Duration took) {

    public double ratePerSecond() {
        return took.isZero() ? records : records / (took.toNanos() / 1e9);
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "replayed %,d records %s in %.1f s (%,.0f/s), event time %s .. %s",
                records,
                recordsByTopic,
                took.toNanos() / 1e9,
                ratePerSecond(),
                firstPublishAt,
                lastPublishAt);
    }
}
