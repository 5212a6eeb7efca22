package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.events.EventBody;

import java.time.Instant;
import java.util.List;

/**
 * A ticket's whole life: its events in time order, the truth measured on them, and when the fault
 * comes back on the same device (null when it does not).
 */
record TicketStory(TicketSpec spec, List<Timed> events, TicketTruth truth, Instant recurrenceAt) {

    /** An event body at its event time. */
    record Timed(Instant ts, EventBody body) {}
}
