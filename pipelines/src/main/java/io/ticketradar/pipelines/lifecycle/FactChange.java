package io.ticketradar.pipelines.lifecycle;

/**
 * A ticket's fact changed: the changelog the indicator jobs consume. Carrying the previous fact lets
 * a consumer retract the ticket's old contribution before adding the new one, so corrections never
 * double count.
 *
 * @param before  the previously emitted fact, null for the first
 * @param after   the fact now
 * @param version 1, 2, ... per ticket: the {@code ticket_facts} row version
 * @param asOf    the event time (epoch ms) the fact was evaluated at
 */
public record FactChange(TicketFact before, TicketFact after, long version, long asOf) {}
