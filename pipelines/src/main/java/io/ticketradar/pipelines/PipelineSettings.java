package io.ticketradar.pipelines;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;

import io.ticketradar.warehouse.WarehouseConfig;

/**
 * What the Flink jobs need to know about their surroundings. Built by the app from its one typed
 * configuration; defaults suit the embedded stack.
 *
 * @param checkpointDir    where checkpoints are kept (retained on cancellation, so a restart resumes)
 * @param outOfOrderness   how far behind the newest event an event may arrive and still be applied in order
 * @param sourceIdleness   after this long without records, a partition stops holding back event time
 * @param dedupMemory      how long event ids are remembered for de-duplication
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
        int sinkBatchSize) implements Serializable {

    public static PipelineSettings defaults(String bootstrapServers, WarehouseConfig warehouse, Path checkpointDir) {
        return new PipelineSettings(bootstrapServers, "ticketradar", warehouse, checkpointDir,
                Duration.ofSeconds(5), Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofDays(7), 1, 5_000);
    }

    public PipelineSettings withConsumerGroup(String group) {
        return new PipelineSettings(bootstrapServers, group, warehouse, checkpointDir, checkpointInterval,
                outOfOrderness, sourceIdleness, dedupMemory, parallelism, sinkBatchSize);
    }

    public PipelineSettings withCheckpointInterval(Duration interval) {
        return new PipelineSettings(bootstrapServers, consumerGroup, warehouse, checkpointDir, interval,
                outOfOrderness, sourceIdleness, dedupMemory, parallelism, sinkBatchSize);
    }
}
