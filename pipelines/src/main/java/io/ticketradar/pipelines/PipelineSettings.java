package io.ticketradar.pipelines;

import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.duplicates.DuplicateSettings;
import io.ticketradar.pipelines.enrichment.EnrichmentSettings;
import io.ticketradar.pipelines.patterns.PatternSettings;
import io.ticketradar.warehouse.WarehouseConfig;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * What the Flink jobs need to know about their surroundings. Built by the app from its one typed
 * configuration; defaults suit the embedded stack.
 *
 * @param checkpointDir    where checkpoints are kept (retained on cancellation, so a restart resumes)
 * @param outOfOrderness   how far behind the newest event an event may arrive and still be applied in order
 * @param sourceIdleness   after this long without records, a partition of the event topics stops holding back event
 *                         time (bounded inputs have none: their splits end). Long enough that a partition the job is
 *                         still catching up on (after a restart, in a burst) never looks idle: one that did would let
 *                         event time run ahead of its records and make them late, and the backlog snapshots of past
 *                         days would miss them
 * @param dedupMemory      how long event ids are remembered for de-duplication
 * @param indicators       tenant time zones and the refresh and correction periods of the indicator jobs
 * @param alerts           circuit-breaker thresholds and webhooks per tenant, and how webhook deliveries are retried
 * @param patterns         how the emerging-pattern detector weighs evidence and how often it evaluates
 * @param duplicates       each tenant's duplicate policy: suggest merges or merge
 * @param enrichment       each tenant's CRM and MES sources that new tickets are looked up in (none by default)
 */
public record PipelineSettings(
        String bootstrapServers,
        String consumerGroup,
        WarehouseConfig warehouse,
        Path checkpointDir,
        Duration checkpointInterval,
        Duration outOfOrderness,
        Duration sourceIdleness,
        Duration dedupMemory,
        int parallelism,
        int sinkBatchSize,
        IndicatorSettings indicators,
        AlertSettings alerts,
        PatternSettings patterns,
        DuplicateSettings duplicates,
        EnrichmentSettings enrichment)
        implements Serializable {

    /** How late an event may arrive and still be applied in order, unless configured otherwise. */
    public static final Duration DEFAULT_OUT_OF_ORDERNESS = Duration.ofMinutes(10);

    /**
     * A minute: with 5 s, partitions still being caught up on after a kill -9 were declared idle on a busy 2-core
     * machine and the backlogs of the days replayed came out lower than an uninterrupted run's.
     */
    public static final Duration DEFAULT_SOURCE_IDLENESS = Duration.ofSeconds(60);

    /**
     * The control topics (policies, dispatch rules, pattern feedback) carry a handful of messages and are never caught
     * up on in bulk: they stop holding back event time soon.
     */
    public static final Duration CONTROL_TOPIC_IDLENESS = Duration.ofSeconds(5);

    /** The embedded stack's settings; indicators and alerts at their defaults (Asia/Shanghai, 5%, no webhooks). */
    public static PipelineSettings defaults(String bootstrapServers, WarehouseConfig warehouse, Path checkpointDir) {
        return new PipelineSettings(
                bootstrapServers,
                "ticketradar",
                warehouse,
                checkpointDir,
                Duration.ofSeconds(5),
                DEFAULT_OUT_OF_ORDERNESS,
                DEFAULT_SOURCE_IDLENESS,
                Duration.ofDays(7),
                1,
                5_000,
                IndicatorSettings.defaults(),
                AlertSettings.defaults(),
                PatternSettings.defaults(),
                DuplicateSettings.defaults(),
                EnrichmentSettings.none());
    }

    public PipelineSettings withConsumerGroup(String group) {
        return copy(c -> c.consumerGroup = group);
    }

    public PipelineSettings withCheckpointInterval(Duration interval) {
        return copy(c -> c.checkpointInterval = interval);
    }

    public PipelineSettings withSourceIdleness(Duration idleness) {
        return copy(c -> c.sourceIdleness = idleness);
    }

    public PipelineSettings withParallelism(int newParallelism) {
        return copy(c -> c.parallelism = newParallelism);
    }

    public PipelineSettings withIndicators(IndicatorSettings settings) {
        return copy(c -> c.indicators = settings);
    }

    public PipelineSettings withAlerts(AlertSettings settings) {
        return copy(c -> c.alerts = settings);
    }

    public PipelineSettings withPatterns(PatternSettings settings) {
        return copy(c -> c.patterns = settings);
    }

    public PipelineSettings withDuplicates(DuplicateSettings settings) {
        return copy(c -> c.duplicates = settings);
    }

    public PipelineSettings withEnrichment(EnrichmentSettings settings) {
        return copy(c -> c.enrichment = settings);
    }

    /** These settings with {@code change} applied: the withers name only the component they change. */
    private PipelineSettings copy(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.settings();
    }

    /** The components of a {@link PipelineSettings}, to change some and build the rest unchanged. */
    private static final class Copy {
        private final String bootstrapServers;
        private String consumerGroup;
        private final WarehouseConfig warehouse;
        private final Path checkpointDir;
        private Duration checkpointInterval;
        private final Duration outOfOrderness;
        private Duration sourceIdleness;
        private final Duration dedupMemory;
        private int parallelism;
        private final int sinkBatchSize;
        private IndicatorSettings indicators;
        private AlertSettings alerts;
        private PatternSettings patterns;
        private DuplicateSettings duplicates;
        private EnrichmentSettings enrichment;

        private Copy(PipelineSettings from) {
            bootstrapServers = from.bootstrapServers;
            consumerGroup = from.consumerGroup;
            warehouse = from.warehouse;
            checkpointDir = from.checkpointDir;
            checkpointInterval = from.checkpointInterval;
            outOfOrderness = from.outOfOrderness;
            sourceIdleness = from.sourceIdleness;
            dedupMemory = from.dedupMemory;
            parallelism = from.parallelism;
            sinkBatchSize = from.sinkBatchSize;
            indicators = from.indicators;
            alerts = from.alerts;
            patterns = from.patterns;
            duplicates = from.duplicates;
            enrichment = from.enrichment;
        }

        private PipelineSettings settings() {
            return new PipelineSettings(
                    bootstrapServers,
                    consumerGroup,
                    warehouse,
                    checkpointDir,
                    checkpointInterval,
                    outOfOrderness,
                    sourceIdleness,
                    dedupMemory,
                    parallelism,
                    sinkBatchSize,
                    indicators,
                    alerts,
                    patterns,
                    duplicates,
                    enrichment);
        }
    }
}
