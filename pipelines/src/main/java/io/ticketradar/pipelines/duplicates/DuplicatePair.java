package io.ticketradar.pipelines.duplicates;

/**
 * Two tickets the rule matched, the earlier created first, each as of the match.
 *
 * @param matchedAt event time from which they are duplicates: the later one's creation, or the diagnosis that gave
 *     them the same fault code
 */
public record DuplicatePair(TicketSnapshot earlier, TicketSnapshot later, Evidence evidence, long matchedAt) {}
