package io.ticketradar.pipelines.testing;

import java.util.List;
import java.util.Optional;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Runs the whole TicketRadar application on a bounded input, to its end, in the test MiniCluster. */
public final class JobRuns {

    private JobRuns() {
    }

    public static void runToEnd(PipelineSettings settings, List<Event> events, int parallelism) throws Exception {
        runToEnd(settings, BoundedRecords.ofEvents(events), parallelism);
    }

    public static void runToEnd(PipelineSettings settings, Source<SourceRecord, ?, ?> source, int parallelism)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                FlinkEnvironments.configuration(settings, Optional.empty()));
        env.setParallelism(parallelism);
        TicketRadarJobs.attach(env, settings, source, new DiscardingSink<>());
        env.execute("bounded-run");
    }
}
