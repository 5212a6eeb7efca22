package io.ticketradar.models.cases;

import io.ticketradar.events.CatalogueKind;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of categorical code a failure case carries (DOMAIN.md §8), and what the emergence detector does with
 * each: a target is what may emerge (a fault, a reported symptom), a context narrows where it emerges (a product
 * model, a region, a temperature), a descriptive code only explains a pattern once found (description words, parts,
 * root causes), because counting it would multiply the combinations tested without finding anything new.
 */
public enum CodeKind {
    FAULT("fault", Role.TARGET),
    SYMPTOM("symptom", Role.TARGET),
    MODEL("model", Role.CONTEXT),
    BATCH("batch", Role.CONTEXT),
    FIRMWARE("firmware", Role.CONTEXT),
    REGION("region", Role.CONTEXT),
    SITE("site", Role.CONTEXT),
    TEMP("temp", Role.CONTEXT),
    AGE("age", Role.CONTEXT),
    /**
     * Labels of repair photos: what an engineer saw on site (a non-original screen, frost on a capacitor). Descriptive:
     * known only after a repair, so a count of them measures repairs, not exposure; they characterise a pattern once
     * found.
     */
    PHOTO("photo", Role.DESCRIPTIVE),
    /**
     * Firmware an engineer read off the device at a repair. Descriptive for the same reason as photo labels: where
     * master data does not say what a device runs, only the repaired ones tell, and counting them measures repairs.
     */
    SEEN_FIRMWARE("firmware_seen", Role.DESCRIPTIVE),
    WORD("word", Role.DESCRIPTIVE),
    PART("part", Role.DESCRIPTIVE),
    CAUSE("cause", Role.DESCRIPTIVE);

    /** What the detector does with codes of a kind. */
    public enum Role {
        TARGET,
        CONTEXT,
        DESCRIPTIVE
    }

    private final String prefix;
    private final Role role;

    CodeKind(String prefix, Role role) {
        this.prefix = prefix;
        this.role = role;
    }

    /** The text before the colon in a code, e.g. {@code fault} in {@code fault:HV-OBC-LT01}. */
    public String prefix() {
        return prefix;
    }

    public Role role() {
        return role;
    }

    /**
     * True for kinds learned from repairs (photos, parts, root causes): consequences of a failure seen by the engineer,
     * not conditions a device was exposed to, and known only where an engineer went out.
     */
    public boolean fromRepairs() {
        return this == PHOTO || this == PART || this == CAUSE || this == SEEN_FIRMWARE;
    }

    /** The kind of code a catalogue entry of master data names. */
    public static CodeKind of(CatalogueKind catalogued) {
        return switch (catalogued) {
            case FAULT -> FAULT;
            case SYMPTOM -> SYMPTOM;
            case PART -> PART;
            case PRODUCT -> MODEL;
        };
    }

    public static Optional<CodeKind> byPrefix(String prefix) {
        return Arrays.stream(values()).filter(k -> k.prefix.equals(prefix)).findFirst();
    }
}
