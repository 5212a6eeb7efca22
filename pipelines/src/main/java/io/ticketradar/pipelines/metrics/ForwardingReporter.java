package io.ticketradar.pipelines.metrics;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleSupplier;

/**
 * A Flink metric reporter that forwards the pipeline's health to {@link PipelineMetrics}, for the API's
 * {@code /metrics}: records in and out per operator, dead letters by reason, CRM and MES lookups by source and
 * outcome, Kafka consumer lag (records the source has not read yet), checkpoint duration, age and counts, and
 * watermark lag per operator. Every other Flink metric is left out, so a scrape stays small. Values are read live at
 * each scrape; nothing is sampled or copied.
 *
 * <p>Configured by factory class name ({@link FlinkMetricsForwarding}); it sees the metrics of the Flink runtime of
 * its own JVM, i.e. the embedded MiniCluster. On a Flink cluster, use Flink's own reporters.
 */
final class ForwardingReporter implements MetricReporter {

    static final String PREFIX = "ticketradar.flink.";

    private final Clock clock;
    private final Map<Metric, PipelineMetric> forwarded = new ConcurrentHashMap<>();

    ForwardingReporter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {
        forwarded.values().forEach(PipelineMetrics::remove);
        forwarded.clear();
    }

    @Override
    public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
        PipelineMetric translated = translate(metric, name, group.getAllVariables());
        if (translated != null) {
            forwarded.put(metric, translated);
            PipelineMetrics.add(translated);
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
        PipelineMetric translated = forwarded.remove(metric);
        if (translated != null) {
            PipelineMetrics.remove(translated);
        }
    }

    /** The forwarded form of a Flink metric, or null for one that is left out. */
    PipelineMetric translate(Metric metric, String name, Map<String, String> variables) {
        boolean operator = variables.containsKey("<operator_name>");
        if (metric instanceof Counter c) {
            return switch (name) {
                case "numRecordsIn" ->
                    operator
                            ? counter(
                                    "records.in",
                                    "Records an operator received",
                                    operatorLabels(variables),
                                    c::getCount)
                            : null;
                case "numRecordsOut" ->
                    operator
                            ? counter(
                                    "records.out",
                                    "Records an operator emitted",
                                    operatorLabels(variables),
                                    c::getCount)
                            : null;
                case "deadLetters" -> {
                    Map<String, String> labels = operatorLabels(variables);
                    labels.put("reason", variables.getOrDefault("<reason>", ""));
                    yield counter(
                            "dead.letters",
                            "Records rejected to the dead-letter topic, by reason",
                            labels,
                            c::getCount);
                }
                case "enrichments" -> {
                    Map<String, String> labels = operatorLabels(variables);
                    labels.put("source", variables.getOrDefault("<source>", ""));
                    labels.put("outcome", variables.getOrDefault("<outcome>", ""));
                    yield counter(
                            "enrichments",
                            "New tickets looked up in a CRM or MES, by source and outcome",
                            labels,
                            c::getCount);
                }
                default -> null;
            };
        }
        if (metric instanceof Gauge<?> g) {
            return switch (name) {
                case "pendingRecords" ->
                    gauge(
                            "kafka.consumer.lag",
                            "Records in Kafka the source has not read yet (consumer lag)",
                            null,
                            operatorLabels(variables),
                            () -> number(g));
                case "currentOutputWatermark" ->
                    operator
                            ? gauge(
                                    "watermark.lag",
                                    "Wall clock minus the operator's event-time watermark (large while history is replayed)",
                                    "seconds",
                                    operatorLabels(variables),
                                    () -> lagSeconds(number(g)))
                            : null;
                case "lastCheckpointDuration" ->
                    gauge(
                            "checkpoint.duration",
                            "Duration of the newest completed checkpoint",
                            "seconds",
                            jobLabels(variables),
                            () -> number(g) / 1000.0);
                case "lastCheckpointCompletedTimestamp" ->
                    gauge(
                            "checkpoint.age",
                            "Time since the newest checkpoint completed",
                            "seconds",
                            jobLabels(variables),
                            () -> lagSeconds(number(g)));
                case "numberOfCompletedCheckpoints" ->
                    counter("checkpoints.completed", "Checkpoints completed", jobLabels(variables), () -> number(g));
                case "numberOfFailedCheckpoints" ->
                    counter("checkpoints.failed", "Checkpoints failed", jobLabels(variables), () -> number(g));
                default -> null;
            };
        }
        return null;
    }

    /** Seconds from an epoch-millisecond instant to now; NaN while there is none (Flink says -1 or Long.MIN_VALUE). */
    private double lagSeconds(double epochMillis) {
        return epochMillis <= 0 ? Double.NaN : (clock.millis() - epochMillis) / 1000.0;
    }

    private static double number(Gauge<?> gauge) {
        return gauge.getValue() instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Map<String, String> jobLabels(Map<String, String> variables) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("job", variables.getOrDefault("<job_name>", ""));
        return labels;
    }

    private static Map<String, String> operatorLabels(Map<String, String> variables) {
        Map<String, String> labels = jobLabels(variables);
        labels.put("task", variables.getOrDefault("<task_name>", ""));
        labels.put("operator", variables.getOrDefault("<operator_name>", ""));
        labels.put("subtask", variables.getOrDefault("<subtask_index>", ""));
        return labels;
    }

    private static PipelineMetric counter(
            String name, String description, Map<String, String> labels, DoubleSupplier value) {
        return new PipelineMetric(PREFIX + name, PipelineMetric.Kind.COUNTER, description, null, labels, value);
    }

    private static PipelineMetric gauge(
            String name, String description, String unit, Map<String, String> labels, DoubleSupplier value) {
        return new PipelineMetric(PREFIX + name, PipelineMetric.Kind.GAUGE, description, unit, labels, value);
    }
}
