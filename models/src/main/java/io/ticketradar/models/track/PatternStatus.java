package io.ticketradar.models.track;

import java.util.Locale;

/**
 * Where a pattern is in its life: first flagged (emerging), flagged again on a later day (active), no longer
 * significant for {@link PatternTracker#FADING_AFTER_DAYS} days (fading), quiet for
 * {@link PatternTracker#RESOLVED_AFTER_DAYS} days (resolved), or dismissed by a person (the detector then keeps
 * following it silently instead of raising it again).
 */
public enum PatternStatus {
    EMERGING,
    ACTIVE,
    FADING,
    RESOLVED,
    DISMISSED;

    /** The name in the warehouse and the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Still worth telling dispatch and R&D about. */
    public boolean open() {
        return this == EMERGING || this == ACTIVE;
    }
}
