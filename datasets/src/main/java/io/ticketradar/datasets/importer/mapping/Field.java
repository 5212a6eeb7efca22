package io.ticketradar.datasets.importer.mapping;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a column of an imported file can hold, named in a mapping by its key ({@code created_at}):
 * a field of the events a row becomes, or a time or state that implies an event.
 */
public enum Field {
    TICKET_ID,
    CREATED_AT,
    // TICKET_CREATED
    CHANNEL,
    CUSTOMER_ID,
    CUSTOMER_PHONE,
    DEVICE_SN,
    PRODUCT_MODEL,
    SITE_ID,
    REGION,
    SYMPTOMS,
    FAULT_CODE,
    DESCRIPTION,
    AMBIENT_TEMP_C,
    PRIORITY,
    // FIRST_RESPONSE
    FIRST_RESPONSE_AT,
    RESPONDER,
    DIAGNOSTIC,
    // TICKET_ASSIGNED, STAGE_CHANGED
    ASSIGNED_AT,
    STAGE,
    ASSIGNEE,
    TEAM,
    // TICKET_RESOLVED, TICKET_CLOSED, TICKET_REOPENED
    RESOLVED_AT,
    RESOLUTION_CODE,
    FIELD_VISITS,
    CLOSED_AT,
    REOPEN_REASON,
    // one row per change: when, the ticket's state, and its assignment group
    CHANGED_AT,
    STATE,
    GROUP;

    /** The fields of TICKET_CREATED. */
    public static final Set<Field> CREATED = EnumSet.range(CHANNEL, PRIORITY);
    /** TICKET_CREATED fields every ticket must have, from a column or a default (the rest are nullable or may be empty). */
    public static final Set<Field> CREATED_REQUIRED =
            EnumSet.of(CHANNEL, CUSTOMER_ID, DEVICE_SN, PRODUCT_MODEL, SITE_ID, REGION, PRIORITY);

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Field> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }
}
