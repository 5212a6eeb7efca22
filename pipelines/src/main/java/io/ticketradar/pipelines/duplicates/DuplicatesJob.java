package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The duplicates job (DOMAIN.md §6): the clean event stream -> one snapshot per ticket (creation, diagnosis, status)
 * -> the tickets of one customer, phone or device within one tenant compared pairwise ({@link DuplicateRule}) ->
 * pairs joined into groups per tenant, each duplicate suggested for merging into its group's earliest ticket. The
 * suggestions go to {@code merge_suggestions} and the {@code merge-suggestions} topic; where the tenant's policy is to
 * merge, the merge goes to {@code ticket-events} as TICKET_MERGED, which the duplicate-rate indicator counts.
 */
public final class DuplicatesJob {

    private final Sink<MergeSuggestion> suggestionTable;
    private final Sink<MergeSuggestion> suggestionTopic;
    private final Sink<Event> ticketEvents;
    private final DuplicateSettings settings;

    public DuplicatesJob(
            Sink<MergeSuggestion> suggestionTable,
            Sink<MergeSuggestion> suggestionTopic,
            Sink<Event> ticketEvents,
            DuplicateSettings settings) {
        this.suggestionTable = suggestionTable;
        this.suggestionTopic = suggestionTopic;
        this.ticketEvents = ticketEvents;
        this.settings = settings;
    }

    /** @return every suggestion and merge, as written */
    public DataStream<MergeSuggestion> attach(DataStream<SourcedEvent> events) {
        SingleOutputStreamOperator<TicketSnapshot> tickets = events.filter(TicketSnapshots::relevant)
                .name("ticket creations, diagnoses and status changes")
                .uid("duplicates-ticket-events")
                .keyBy(TicketSnapshots::key)
                .process(new TicketSnapshots())
                .name("ticket snapshots")
                .uid("duplicates-snapshots");
        DataStream<DuplicatePair> pairs = tickets.flatMap(new ByIdentity())
                .name("tickets by customer, phone and device")
                .uid("duplicates-identities")
                .keyBy(KeyedSnapshot::key)
                .process(new PairFinder())
                .name("duplicate pairs")
                .uid("duplicates-pairs");
        SingleOutputStreamOperator<MergeSuggestion> suggestions = pairs.keyBy(
                        p -> p.earlier().tenantId())
                .connect(tickets.filter(TicketSnapshot::ended)
                        .name("resolved, closed and merged tickets")
                        .uid("duplicates-ends")
                        .keyBy(TicketSnapshot::tenantId))
                .process(new MergeChains(settings))
                .name("duplicate groups")
                .uid("duplicates-groups");
        suggestions
                .sinkTo(suggestionTable)
                .name("merge suggestions to warehouse")
                .uid("duplicates-table");
        suggestions.sinkTo(suggestionTopic).name("merge-suggestions topic").uid("duplicates-topic");
        suggestions
                .filter(MergeSuggestion::merged)
                .name("merges by tenant policy")
                .uid("duplicates-merges")
                .map(new MergeEvents())
                .name("TICKET_MERGED events")
                .uid("duplicates-merge-events")
                .sinkTo(ticketEvents)
                .name("ticket-events topic")
                .uid("duplicates-ticket-events-topic");
        return suggestions;
    }
}
