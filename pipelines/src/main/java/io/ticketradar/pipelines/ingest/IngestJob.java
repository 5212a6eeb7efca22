package io.ticketradar.pipelines.ingest;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.functions.DecodeEvents;
import io.ticketradar.pipelines.functions.DropDuplicateEvents;
import io.ticketradar.pipelines.records.EventTimes;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

import java.time.Duration;

/**
 * The ingest job: raw ticket and repair records -> parse and validate -> drop repeated event ids ->
 * the raw events table. Invalid records go to the dead-letter topic and its warehouse mirror.
 *
 * <p>Source and sinks come in through the constructor (Kafka and the warehouse in production,
 * anything in tests). {@link #attach} returns the clean, event-timed stream so that the indicator
 * jobs can build on it in the same execution graph.
 */
public final class IngestJob {

    private final Source<SourceRecord, ?, ?> source;
    private final Sink<SourcedEvent> eventSink;
    private final Sink<DeadLetter> deadLetterTopic;
    private final Sink<DeadLetter> deadLetterTable;
    private final Duration outOfOrderness;
    private final Duration sourceIdleness;
    private final Duration dedupMemory;

    public IngestJob(
            Source<SourceRecord, ?, ?> source,
            Sink<SourcedEvent> eventSink,
            Sink<DeadLetter> deadLetterTopic,
            Sink<DeadLetter> deadLetterTable,
            Duration outOfOrderness,
            Duration sourceIdleness,
            Duration dedupMemory) {
        this.source = source;
        this.eventSink = eventSink;
        this.deadLetterTopic = deadLetterTopic;
        this.deadLetterTable = deadLetterTable;
        this.outOfOrderness = outOfOrderness;
        this.sourceIdleness = sourceIdleness;
        this.dedupMemory = dedupMemory;
    }

    /**
     * Reads records already stored elsewhere (a recompute, a replay of generated data in a test): the same decoding,
     * event time and de-duplication, nothing written.
     */
    public static IngestJob writingNothing(Source<SourceRecord, ?, ?> source, PipelineSettings settings) {
        return new IngestJob(
                source,
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                settings.outOfOrderness(),
                settings.sourceIdleness(),
                settings.dedupMemory());
    }

    public DataStream<SourcedEvent> attach(StreamExecutionEnvironment env) {
        // Event time is tracked per Kafka partition at the source: a reader that runs ahead on one partition
        // while catching up must not push event time past the records still waiting on the others.
        WatermarkStrategy<SourceRecord> eventTime = WatermarkStrategy.<SourceRecord>forBoundedOutOfOrderness(
                        outOfOrderness)
                .withTimestampAssigner((record, kafkaTimestamp) -> EventTimes.of(record.value()));
        // Idleness is for partitions that may get no records for a long time. A bounded input's splits end instead
        // (and stop holding event time back then); on a starved machine idleness could declare a split that still
        // has records idle, let event time run ahead on the others and make its records late.
        if (source.getBoundedness() == Boundedness.CONTINUOUS_UNBOUNDED) {
            eventTime = eventTime.withIdleness(sourceIdleness);
        }
        SingleOutputStreamOperator<SourcedEvent> decoded = env.fromSource(source, eventTime, "ticket and repair events")
                .uid("ingest-source")
                .process(new DecodeEvents())
                .name("decode and validate")
                .uid("ingest-decode");

        DataStream<DeadLetter> deadLetters = decoded.getSideOutput(DecodeEvents.DEAD_LETTERS);
        deadLetters.sinkTo(deadLetterTopic).name("dead letters to topic").uid("ingest-dlq-topic");
        deadLetters.sinkTo(deadLetterTable).name("dead letters to warehouse").uid("ingest-dlq-table");

        DataStream<SourcedEvent> events = decoded.keyBy(SourcedEvent::dedupKey)
                .process(new DropDuplicateEvents(dedupMemory))
                .name("drop repeated event ids")
                .uid("ingest-dedup");

        events.sinkTo(eventSink).name("raw events to warehouse").uid("ingest-events-table");
        return events;
    }
}
