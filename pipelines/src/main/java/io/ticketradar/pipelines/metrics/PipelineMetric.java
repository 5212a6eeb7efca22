package io.ticketradar.pipelines.metrics;

import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * One Flink metric of the running jobs as the API's {@code /metrics} shows it: a name in dotted form
 * ({@code ticketradar.flink.records.in}), counter or gauge, labels, and the live value, read when scraped.
 * Metrics of one name always carry the same label names.
 *
 * @param baseUnit "seconds" or null; exporters append it to the name
 */
public record PipelineMetric(
        String name, Kind kind, String description, String baseUnit, Map<String, String> labels, DoubleSupplier value) {

    /** How to read the value: a count that only grows, or a level. */
    public enum Kind {
        COUNTER,
        GAUGE
    }

    public PipelineMetric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        labels = Map.copyOf(labels);
    }
}
