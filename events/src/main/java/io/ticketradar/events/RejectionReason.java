package io.ticketradar.events;

/** Why a record was rejected; the dead-letter topic and the rejection metric are labelled with it. */
public enum RejectionReason {
    /** Not JSON, not a JSON object, empty, or not valid UTF-8. */
    MALFORMED_JSON,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** {@code event_type} names no type this version knows. */
    UNKNOWN_EVENT_TYPE,
    /** {@code ts} is a string but not an ISO-8601 date-time with an offset or Z. */
    BAD_TIMESTAMP,
    /** A value of the wrong JSON type, or outside its domain (unknown stage, negative count, empty id...). */
    WRONG_TYPE,
    /** The record is over {@link EventCodec#MAX_RECORD_BYTES}; it was not parsed. */
    OVERSIZE
}
