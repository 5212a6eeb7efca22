package io.ticketradar.pipelines.metrics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where {@link ForwardingReporter} puts the running jobs' metrics and whoever serves them (the app's
 * {@code /metrics}) subscribes. Flink creates its reporters itself, by factory class name, so the only meeting
 * point of the two in one JVM is this process-wide registry. Safe for concurrent use.
 */
public final class PipelineMetrics {

    /** Told of every metric as it comes and goes. */
    public interface Listener {
        void added(PipelineMetric metric);

        void removed(PipelineMetric metric);
    }

    private static final Set<PipelineMetric> CURRENT = new LinkedHashSet<>();
    private static final List<Listener> LISTENERS = new ArrayList<>();

    private PipelineMetrics() {}

    /** Subscribes, first telling the listener of the metrics already there; close the result to unsubscribe. */
    public static synchronized AutoCloseable subscribe(Listener listener) {
        CURRENT.forEach(listener::added);
        LISTENERS.add(listener);
        return () -> unsubscribe(listener);
    }

    private static synchronized void unsubscribe(Listener listener) {
        LISTENERS.remove(listener);
    }

    static synchronized void add(PipelineMetric metric) {
        if (CURRENT.add(metric)) {
            LISTENERS.forEach(listener -> listener.added(metric));
        }
    }

    static synchronized void remove(PipelineMetric metric) {
        if (CURRENT.remove(metric)) {
            LISTENERS.forEach(listener -> listener.removed(metric));
        }
    }
}
