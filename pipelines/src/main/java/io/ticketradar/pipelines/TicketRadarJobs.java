package io.ticketradar.pipelines;

import io.ticketradar.pipelines.alerts.AlertRows;
import io.ticketradar.pipelines.alerts.AlertSinks;
import io.ticketradar.pipelines.alerts.WebhookSink;
import io.ticketradar.pipelines.breaker.BreakpointRatesFrom;
import io.ticketradar.pipelines.breaker.CircuitBreakerJob;
import io.ticketradar.pipelines.dispatch.DispatchDecision;
import io.ticketradar.pipelines.dispatch.DispatchDecisionRows;
import io.ticketradar.pipelines.dispatch.DispatchJob;
import io.ticketradar.pipelines.dispatch.StockOutAlerts;
import io.ticketradar.pipelines.duplicates.DuplicatesJob;
import io.ticketradar.pipelines.duplicates.MergeSuggestionRows;
import io.ticketradar.pipelines.enrichment.EnrichmentJob;
import io.ticketradar.pipelines.enrichment.EnrichmentRows;
import io.ticketradar.pipelines.heatmap.HeatmapJob;
import io.ticketradar.pipelines.heatmap.HeatmapRows;
import io.ticketradar.pipelines.indicators.HealthIndicatorsJob;
import io.ticketradar.pipelines.indicators.IndicatorRow;
import io.ticketradar.pipelines.indicators.IndicatorRows;
import io.ticketradar.pipelines.indicators.LiveIndicatorRows;
import io.ticketradar.pipelines.ingest.IngestJob;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.LateEventRows;
import io.ticketradar.pipelines.lifecycle.TicketFactRows;
import io.ticketradar.pipelines.lifecycle.TicketLifecycleJob;
import io.ticketradar.pipelines.patterns.FailureCaseRows;
import io.ticketradar.pipelines.patterns.FailurePatternRows;
import io.ticketradar.pipelines.patterns.PatternMessage;
import io.ticketradar.pipelines.patterns.PatternsJob;
import io.ticketradar.pipelines.patterns.TenantNotice;
import io.ticketradar.pipelines.policy.AddressByPolicy;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.PolicyChanges;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.records.SourcedEvent;
import io.ticketradar.pipelines.sinks.DeadLetterRows;
import io.ticketradar.pipelines.sinks.TicketEventRows;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.DeadLetters;
import io.ticketradar.warehouse.tables.DispatchDecisions;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.LateEvents;
import io.ticketradar.warehouse.tables.MergeSuggestions;
import io.ticketradar.warehouse.tables.TicketEnrichments;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.Optional;

/**
 * All TicketRadar jobs wired to Kafka and the warehouse, as one Flink application: the indicator
 * jobs build on the ingest job's clean stream instead of parsing the topics again.
 */
public final class TicketRadarJobs {

    public static final String APPLICATION_NAME = "ticketradar";

    private TicketRadarJobs() {}

    /** Adds every job to {@code env}, reading the Kafka topics. */
    public static void attach(StreamExecutionEnvironment env, PipelineSettings settings) {
        attach(env, settings, KafkaConnectors.eventSource(settings), KafkaConnectors.topicEnds(settings));
    }

    /**
     * Adds every job to {@code env} with the given Kafka ends: a bounded {@code source} replays history, as
     * tests do; the warehouse tables are always the configured ones.
     */
    public static void attach(
            StreamExecutionEnvironment env,
            PipelineSettings settings,
            Source<SourceRecord, ?, ?> source,
            TopicEnds topics) {
        DataStream<SourcedEvent> events = new IngestJob(
                        source,
                        table(settings, TicketEvents.TABLE, new TicketEventRows()),
                        topics.deadLetters(),
                        table(settings, DeadLetters.TABLE, new DeadLetterRows()),
                        settings.outOfOrderness(),
                        settings.sourceIdleness(),
                        settings.dedupMemory())
                .attach(env);
        PoliciesInForce policyConfig = PoliciesInForce.of(settings.indicators(), settings.alerts());
        BroadcastStream<String> policies = topics.tenantPolicies() == null
                ? PolicyChanges.none(env)
                : PolicyChanges.from(env, topics.tenantPolicies(), PipelineSettings.CONTROL_TOPIC_IDLENESS);
        DataStream<FactChange> facts = new TicketLifecycleJob(
                        table(settings, TicketFacts.TABLE, new TicketFactRows()),
                        table(settings, LateEvents.TABLE, new LateEventRows()),
                        settings.indicators(),
                        policyConfig)
                .attach(events, policies);
        DataStream<IndicatorRow> daily = new HealthIndicatorsJob(
                        table(settings, HealthIndicators.TABLE, new IndicatorRows()),
                        table(settings, HealthIndicatorsLive.TABLE, new LiveIndicatorRows()),
                        settings.indicators(),
                        policyConfig)
                .attach(facts, policies);
        new HeatmapJob(table(settings, HeatmapCells.TABLE, new HeatmapRows()), settings.indicators()).attach(facts);
        new CircuitBreakerJob(
                        alertSinks(settings, topics, policyConfig),
                        settings.indicators().zones(),
                        policyConfig,
                        settings.outOfOrderness())
                .attach(
                        daily.flatMap(new BreakpointRatesFrom())
                                .name("daily breakpoint rates")
                                .uid("breaker-rates"),
                        policies);
        DataStream<PatternMessage> patterns = new PatternsJob(
                        table(settings, FailureCases.TABLE, new FailureCaseRows()),
                        table(settings, FailurePatterns.TABLE, new FailurePatternRows()),
                        topics.researchFeed(),
                        topics.dispatchHints(),
                        settings.indicators().zones(),
                        settings.patterns())
                .attach(events, feedback(env, topics));
        new DuplicatesJob(
                        table(settings, MergeSuggestions.TABLE, new MergeSuggestionRows()),
                        topics.mergeSuggestions(),
                        topics.productEvents(),
                        settings.duplicates())
                .attach(events);
        if (settings.enrichment().any()) {
            new EnrichmentJob(table(settings, TicketEnrichments.TABLE, new EnrichmentRows()), settings.enrichment())
                    .attach(events);
        }
        if (topics.dispatchRules() != null) {
            DataStream<DispatchDecision> decisions = new DispatchJob(
                            table(settings, DispatchDecisions.TABLE, new DispatchDecisionRows()),
                            topics.productEvents())
                    .attach(events, dispatchRules(env, topics), patterns);
            alertSinks(settings, topics, policyConfig)
                    .attach(StockOutAlerts.of(decisions, settings.indicators().zones()), policies, "dispatch-alerts");
        }
    }

    /** Rule changes; an idle topic does not hold back event time (the dispatcher's rest timers run on it). */
    private static DataStream<String> dispatchRules(StreamExecutionEnvironment env, TopicEnds topics) {
        WatermarkStrategy<String> strategy = WatermarkStrategy.<String>forMonotonousTimestamps()
                .withIdleness(PipelineSettings.CONTROL_TOPIC_IDLENESS);
        return env.fromSource(topics.dispatchRules(), strategy, "dispatch rules topic")
                .uid("dispatch-rules-source");
    }

    /** People's decisions on patterns; an idle topic does not hold back event time. */
    private static DataStream<TenantNotice> feedback(StreamExecutionEnvironment env, TopicEnds topics) {
        if (topics.patternFeedback() == null) {
            return null;
        }
        WatermarkStrategy<TenantNotice> strategy = WatermarkStrategy.<TenantNotice>forMonotonousTimestamps()
                .withTimestampAssigner((notice, ts) -> notice.at())
                .withIdleness(PipelineSettings.CONTROL_TOPIC_IDLENESS);
        return env.fromSource(topics.patternFeedback(), strategy, "pattern feedback topic")
                .uid("patterns-feedback-source");
    }

    /** Starts the application without waiting for it, resuming from the newest retained checkpoint. */
    public static JobClient start(PipelineSettings settings) throws Exception {
        Optional<String> restore =
                Checkpoints.latest(settings.checkpointDir()).map(p -> p.toUri().toString());
        StreamExecutionEnvironment env = FlinkEnvironments.create(settings, restore);
        attach(env, settings);
        return env.executeAsync(APPLICATION_NAME);
    }

    /** The alerts table, the alerts topic and the tenants' webhooks in force. */
    private static AlertSinks alertSinks(PipelineSettings settings, TopicEnds topics, PoliciesInForce policies) {
        return new AlertSinks(
                table(settings, Alerts.TABLE, new AlertRows()),
                topics.alerts(),
                new WebhookSink(settings.alerts().delivery()),
                new AddressByPolicy(policies));
    }

    private static <T> WarehouseSink<T> table(PipelineSettings settings, String table, WarehouseRowMapper<T> rows) {
        return new WarehouseSink<>(settings.warehouse(), table, rows, settings.sinkBatchSize());
    }
}
