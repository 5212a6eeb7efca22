package io.ticketradar.pipelines.policy;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

import java.time.Duration;

/** The {@value TenantPolicyJson#TOPIC} messages as the jobs that judge by policy take them: broadcast. */
public final class PolicyChanges {

    private PolicyChanges() {}

    /** From the topic; an idle topic does not hold back event time. */
    public static BroadcastStream<String> from(
            StreamExecutionEnvironment env, Source<String, ?, ?> topic, Duration idleness) {
        WatermarkStrategy<String> strategy =
                WatermarkStrategy.<String>forMonotonousTimestamps().withIdleness(idleness);
        return env.fromSource(topic, strategy, "tenant policies topic")
                .uid("policies-source")
                .broadcast(PoliciesInForce.STATE);
    }

    /** None (bounded runs without the topic): every tenant keeps its start-up policy. */
    public static BroadcastStream<String> none(StreamExecutionEnvironment env) {
        // A bounded source that ends at once (an empty collection source fails in Flink 2.2).
        return env.fromSequence(0, 0)
                .flatMap((Long n, Collector<String> out) -> {})
                .returns(Types.STRING)
                .name("no policy changes")
                .uid("policies-none")
                .broadcast(PoliciesInForce.STATE);
    }
}
