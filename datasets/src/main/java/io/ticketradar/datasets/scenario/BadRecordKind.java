package io.ticketradar.datasets.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.ticketradar.events.RejectionReason;

import java.util.Locale;

/** The kinds of bad input of DOMAIN.md §3, and what the ingest must do with each. */
public enum BadRecordKind {
    MALFORMED_JSON(RejectionReason.MALFORMED_JSON),
    MISSING_FIELD(RejectionReason.MISSING_FIELD),
    UNKNOWN_EVENT_TYPE(RejectionReason.UNKNOWN_EVENT_TYPE),
    BAD_TIMESTAMP(RejectionReason.BAD_TIMESTAMP),
    WRONG_TYPE(RejectionReason.WRONG_TYPE),
    OVERSIZE(RejectionReason.OVERSIZE),
    /** A byte-identical redelivery: valid, and dropped by de-duplication rather than rejected. */
    DUPLICATE_EVENT_ID(null);

    private final RejectionReason rejection;

    BadRecordKind(RejectionReason rejection) {
        this.rejection = rejection;
    }

    /** The reason the codec rejects it with; null for a duplicate, which decodes and is dropped by event_id. */
    public RejectionReason rejection() {
        return rejection;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static BadRecordKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
