package io.ticketradar.pipelines.metrics;

import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

import java.time.Clock;
import java.util.Properties;

/**
 * Creates the {@link ForwardingReporter}; Flink finds it by this class name in its configuration
 * ({@code metrics.reporter.ticketradar.factory.class}) among the factories registered as services.
 */
public final class FlinkMetricsForwarding implements MetricReporterFactory {

    /** The reporter's name in Flink's configuration. */
    public static final String REPORTER = "ticketradar";

    @Override
    public MetricReporter createMetricReporter(Properties properties) {
        return new ForwardingReporter(Clock.systemUTC());
    }
}
