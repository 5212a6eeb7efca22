package io.ticketradar.datasets.truth;

import io.ticketradar.datasets.scenario.BadRecordKind;

import java.time.Duration;

/**
 * What is special about a record of the stream, for the ground truth: nothing, a late arrival, or a
 * deliberately bad record.
 *
 * @param eventId the record's event_id (of a bad record: the id it carries, if any survives; of a
 *                redelivery: the duplicated id)
 * @param bad     null unless the record is bad
 * @param lateBy  null unless the event arrives late
 */
public record RecordNote(String eventId, BadRecordKind bad, Duration lateBy) {

    public static RecordNote clean(String eventId) {
        return new RecordNote(eventId, null, null);
    }
}
