package io.ticketradar.pipelines.duplicates;

/** Where a ticket stands for duplicate finding. */
public enum TicketStatus {
    /** Created and neither resolved, closed nor merged (a reopened ticket is open again). */
    OPEN,
    /** Resolved or closed: never suggested, never matched. */
    ENDED,
    /** Merged into another ticket: never suggested, but still links its group (its trouble lives on in the other). */
    MERGED
}
