package io.ticketradar.pipelines.testing;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.TopicEnds;
import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.List;
import java.util.Optional;

/** Runs the whole TicketRadar application on a bounded input, to its end, in the test MiniCluster. */
public final class JobRuns {

    private JobRuns() {}

    public static void runToEnd(PipelineSettings settings, List<Event> events, int parallelism) throws Exception {
        runToEnd(settings, BoundedRecords.ofEvents(events), parallelism);
    }

    public static void runToEnd(PipelineSettings settings, Source<SourceRecord, ?, ?> source, int parallelism)
            throws Exception {
        Configuration conf = FlinkEnvironments.configuration(settings, Optional.empty());
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none"); // a test fails at the first error, not retries
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(parallelism);
        TicketRadarJobs.attach(env, settings, source, TopicEnds.discarding());
        env.execute("bounded-run");
    }
}
