package io.ticketradar.pipelines.testing;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.patterns.PatternSettings;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.api.connector.source.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A bounded run of the whole application ({@link JobRuns}) into a fresh test warehouse
 * ({@link TestWarehouses#open()}): the warehouse, and {@link PipelineSettings} pointing at it with no Kafka and
 * checkpoints in a temporary directory of its own. Closing it drops the warehouse's database and deletes the
 * checkpoints. Needs a MiniCluster ({@link MiniClusters}).
 *
 * <pre>{@code
 * try (BoundedRun run = BoundedRun.open()) {
 *     run.runToEnd(BoundedRecords.of(records), 1);
 *     run.warehouse().query(...);
 * }
 * }</pre>
 */
public final class BoundedRun implements AutoCloseable {

    private final Path tmp;
    private final Warehouse warehouse;
    private PipelineSettings settings;

    private BoundedRun(Path tmp, Warehouse warehouse) {
        this.tmp = tmp;
        this.warehouse = warehouse;
        this.settings = PipelineSettings.defaults(
                "unused:9092", TestWarehouses.config(warehouse.database()), tmp.resolve("checkpoints"));
    }

    /** A fresh warehouse and the default settings. */
    public static BoundedRun open() {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("bounded-run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new BoundedRun(tmp, TestWarehouses.open());
        } catch (RuntimeException | Error e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** Changes the settings of the runs to come. */
    public BoundedRun configure(UnaryOperator<PipelineSettings> change) {
        settings = change.apply(settings);
        return this;
    }

    /**
     * Settings for replaying weeks of generated history: a checkpoint every 30 s, the rolling 24 h values
     * computed once a day of event time, daily rows every minute (the replaying tests do not look at the
     * rolling values, and every refresh writes a row per tenant, region and indicator), and patterns evaluated at
     * each day's end only, as the offline detector does.
     */
    public BoundedRun forHistoryReplay(TenantZones zones) {
        return configure(s -> s.withCheckpointInterval(Duration.ofSeconds(30))
                .withIndicators(IndicatorSettings.defaults()
                        .withZones(zones)
                        .withRefresh(Duration.ofMinutes(1), Duration.ofDays(1)))
                .withPatterns(new PatternSettings(s.patterns().detector(), Duration.ofDays(1))));
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public PipelineSettings settings() {
        return settings;
    }

    /** Runs the application on the source to its end. */
    public void runToEnd(Source<SourceRecord, ?, ?> source, int parallelism) throws Exception {
        JobRuns.runToEnd(settings, source, parallelism);
    }

    /** Runs the application on the events, as read off their topics, to their end. */
    public void runToEnd(List<Event> events, int parallelism) throws Exception {
        JobRuns.runToEnd(settings, events, parallelism);
    }

    @Override
    public void close() {
        try {
            warehouse.close();
        } finally {
            deleteTree(tmp);
        }
    }

    /** Best effort: a leftover temporary directory is harmless. */
    private static void deleteTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the OS to clean
        }
    }
}
