package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.EventType;

import java.util.List;

/**
 * What an indicator needs of a tenant's source to be a measurement at all. A source that never records an event
 * type the indicator reads gives it a value that only looks like one (0% first-response compliance for a history
 * without first responses); a source whose tickets never change stage makes a stage-based rule measure something
 * else (a breakpoint becomes any ticket open over 4 h). The API reads these beside each row and answers "no data"
 * or adds a note.
 *
 * @param events the event types the indicator reads that a source may not record
 * @param stages whether it presumes that tickets move between stages
 */
public record SourceNeeds(List<EventType> events, boolean stages) {

    /** Needs nothing a source could lack. */
    public static final SourceNeeds NONE = new SourceNeeds(List.of(), false);

    /** Needs these event types. */
    static SourceNeeds inputs(EventType... types) {
        return new SourceNeeds(List.of(types), false);
    }

    /** Needs tickets handed between stages, and these event types. */
    static SourceNeeds handOffs(EventType... types) {
        return new SourceNeeds(List.of(types), true);
    }
}
