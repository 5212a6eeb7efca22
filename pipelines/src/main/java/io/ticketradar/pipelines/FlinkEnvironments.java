package io.ticketradar.pipelines;

import io.ticketradar.pipelines.metrics.FlinkMetricsForwarding;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.MetricOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;
import java.util.Optional;

/** One place for how every TicketRadar job runs: checkpointing, retention, restarts. */
public final class FlinkEnvironments {

    private FlinkEnvironments() {}

    /** The configuration for the jobs; {@code restoreFrom} resumes from a retained checkpoint. */
    public static Configuration configuration(PipelineSettings settings, Optional<String> restoreFrom) {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, settings.checkpointInterval());
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(
                CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                settings.checkpointDir().toUri().toString());
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF, Duration.ofSeconds(1));
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF, Duration.ofSeconds(30));
        restoreFrom.ifPresent(path -> conf.set(StateRecoveryOptions.SAVEPOINT_PATH, path));
        // The jobs' health for the API's /metrics, when they run in this JVM (the embedded MiniCluster).
        MetricOptions.forReporter(conf, FlinkMetricsForwarding.REPORTER)
                .set(MetricOptions.REPORTER_FACTORY_CLASS, FlinkMetricsForwarding.class.getName());
        return conf;
    }

    public static StreamExecutionEnvironment create(PipelineSettings settings, Optional<String> restoreFrom) {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(configuration(settings, restoreFrom));
        env.setParallelism(settings.parallelism());
        return env;
    }
}
