package io.ticketradar.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.ticketradar.pipelines.metrics.PipelineMetric;
import io.ticketradar.pipelines.metrics.PipelineMetrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the embedded jobs' metrics ({@link PipelineMetrics}) into the API's Micrometer registry, so {@code /metrics}
 * shows the pipeline's health beside the API's: each Flink metric becomes a function counter or gauge read live
 * at every scrape, and leaves with its operator or job. When a restarted task registers a metric again before its
 * old attempt's is removed, the newest one is served.
 */
final class FlinkMeters implements PipelineMetrics.Listener, AutoCloseable {

    private final MeterRegistry registry;
    /** Which forwarded metric each registered meter reads, so a late removal of an older one leaves the newer. */
    private final Map<Meter.Id, PipelineMetric> owners = new HashMap<>();

    private final Map<PipelineMetric, Meter> meters = new HashMap<>();
    private final AutoCloseable subscription;

    private FlinkMeters(MeterRegistry registry) {
        this.registry = registry;
        this.subscription = PipelineMetrics.subscribe(this);
    }

    static FlinkMeters bindTo(MeterRegistry registry) {
        return new FlinkMeters(registry);
    }

    @Override
    public synchronized void added(PipelineMetric metric) {
        List<Tag> tags = metric.labels().entrySet().stream()
                .map(label -> Tag.of(label.getKey(), label.getValue()))
                .toList();
        Meter existing = registry.find(metric.name()).tags(tags).meter();
        if (existing != null) {
            registry.remove(existing);
        }
        Meter meter = switch (metric.kind()) {
            case COUNTER ->
                FunctionCounter.builder(metric.name(), metric, m -> m.value().getAsDouble())
                        .description(metric.description())
                        .baseUnit(metric.baseUnit())
                        .tags(tags)
                        .register(registry);
            case GAUGE ->
                Gauge.builder(metric.name(), metric, m -> m.value().getAsDouble())
                        .description(metric.description())
                        .baseUnit(metric.baseUnit())
                        .tags(tags)
                        .register(registry);
        };
        owners.put(meter.getId(), metric);
        meters.put(metric, meter);
    }

    @Override
    public synchronized void removed(PipelineMetric metric) {
        Meter meter = meters.remove(metric);
        if (meter != null && owners.get(meter.getId()) == metric) {
            owners.remove(meter.getId());
            registry.remove(meter);
        }
    }

    @Override
    public void close() throws Exception {
        subscription.close();
        synchronized (this) {
            meters.values().forEach(registry::remove);
            meters.clear();
            owners.clear();
        }
    }
}
