package io.ticketradar.datasets.importer.mapping;

/**
 * What an event log's state means for the lifecycle; a mapping sorts each of its system's states
 * (New, In Progress, Awaiting User Info, Resolved, Closed, Canceled, ...) into one of these.
 * Ordered: a move to an earlier one is a reopen.
 */
public enum TicketState {
    OPEN,
    RESOLVED,
    CLOSED
}
