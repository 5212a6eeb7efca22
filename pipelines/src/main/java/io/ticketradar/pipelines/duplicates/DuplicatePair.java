package io.ticketradar.pipelines.duplicates;

/** Two tickets the rule matched, the earlier created first, each as of the match. */
public record DuplicatePair(TicketSnapshot earlier, TicketSnapshot later, Evidence evidence) {}
