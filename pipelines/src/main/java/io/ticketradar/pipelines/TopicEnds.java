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
 * The Kafka topics the jobs write to and read besides the events: dead letters, alerts, the pattern feeds, and
 * people's decisions on patterns, merge suggestions and the merges the duplicates job makes (TICKET_MERGED on
 * ticket-events). Bounded runs (tests, replays of history) pass discarding sinks and no decisions.
 *
 * @param patternFeedback null where no decisions are read
 */
public record TopicEnds(
        Sink<DeadLetter> deadLetters,
        Sink<Alert> alerts,
        Sink<PatternMessage> researchFeed,
        Sink<PatternMessage> dispatchHints,
        Source<TenantNotice, ?, ?> patternFeedback,
        Sink<MergeSuggestion> mergeSuggestions,
        Sink<Event> mergedTickets) {

    /** Every sink discards, nothing is read. */
    public static TopicEnds discarding() {
        return new TopicEnds(
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                new DiscardingSink<>(),
                null,
                new DiscardingSink<>(),
                new DiscardingSink<>());
    }
}
