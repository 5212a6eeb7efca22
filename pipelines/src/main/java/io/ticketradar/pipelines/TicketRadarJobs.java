package io.ticketradar.pipelines;

import java.util.Optional;

import io.ticketradar.pipelines.ingest.IngestJob;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.pipelines.sinks.DeadLetterRows;
import io.ticketradar.pipelines.sinks.TicketEventRows;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * All TicketRadar jobs wired to Kafka and the warehouse, as one Flink application: the indicator
 * jobs build on the ingest job's clean stream instead of parsing the topics again.
 */
public final class TicketRadarJobs {

    public static final String APPLICATION_NAME = "ticketradar";

    private TicketRadarJobs() {
    }

    /** Adds every job to {@code env}. */
    public static void attach(StreamExecutionEnvironment env, PipelineSettings settings) {
        new IngestJob(
                KafkaConnectors.eventSource(settings),
                new WarehouseSink<>(settings.warehouse(), TicketEventRows.TABLE, new TicketEventRows(), settings.sinkBatchSize()),
                KafkaConnectors.deadLetterTopic(settings),
                new WarehouseSink<>(settings.warehouse(), DeadLetterRows.TABLE, new DeadLetterRows(), settings.sinkBatchSize()),
                settings.outOfOrderness(), settings.sourceIdleness(), settings.dedupMemory())
                .attach(env);
    }

    /** Starts the application without waiting for it, resuming from the newest retained checkpoint. */
    public static JobClient start(PipelineSettings settings) throws Exception {
        Optional<String> restore = Checkpoints.latest(settings.checkpointDir()).map(p -> p.toUri().toString());
        StreamExecutionEnvironment env = FlinkEnvironments.create(settings, restore);
        attach(env, settings);
        return env.executeAsync(APPLICATION_NAME);
    }
}
