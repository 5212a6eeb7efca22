package io.ticketradar.pipelines;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.duplicates.MergeSuggestion;
import io.ticketradar.pipelines.patterns.PatternMessage;
import io.ticketradar.pipelines.patterns.TenantNotice;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The Kafka topics the jobs write to and read besides the events: dead letters, alerts, the pattern feeds, people's
 * decisions on patterns, merge suggestions and the merges the duplicates job makes (TICKET_MERGED on ticket-events),
 * the dispatch rules, the tenants' policies and the automatic assignments. Bounded runs (tests, replays of history) pass discarding sinks,
 * no decisions and no rules.
 *
 * @param patternFeedback null where no decisions are read
 * @param productEvents the events the product writes itself: merges of duplicates, automatic assignments
 * @param dispatchRules null where no rules are read: the dispatch job is not attached
 * @param tenantPolicies null where no policy changes are read: every tenant keeps its start-up policy
 */
public record TopicEnds(
        Sink<DeadLetter> deadLetters,
        Sink<Alert> alerts,
        Sink<PatternMessage> researchFeed,
        Sink<PatternMessage> dispatchHints,
        Source<TenantNotice, ?, ?> patternFeedback,
        Sink<MergeSuggestion> mergeSuggestions,
        Sink<Event> productEvents,
        Source<String, ?, ?> dispatchRules,
        Source<String, ?, ?> tenantPolicies) {

    /** Every sink discards, nothing is read. */
    public static TopicEnds discarding() {
        return new TopicEnds(
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                null,
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                null,
                null);
    }
}
