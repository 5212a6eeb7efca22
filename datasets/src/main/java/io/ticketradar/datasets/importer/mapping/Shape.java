package io.ticketradar.datasets.importer.mapping;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import static io.ticketradar.datasets.importer.mapping.Field.*;

/** The two kinds of file the importer reads, each with the columns it needs and the ones it understands. */
public enum Shape {
    /** The spreadsheets teams keep: one row per ticket, its lifecycle in time columns. */
    TICKETS(
            EnumSet.of(TICKET_ID, CREATED_AT),
            EnumSet.of(
                    FIRST_RESPONSE_AT,
                    RESPONDER,
                    DIAGNOSTIC,
                    ASSIGNED_AT,
                    STAGE,
                    ASSIGNEE,
                    TEAM,
                    RESOLVED_AT,
                    RESOLUTION_CODE,
                    FIELD_VISITS,
                    CLOSED_AT)),
    /** Ticket-system exports: one row per change of a ticket. */
    EVENT_LOG(
            EnumSet.of(TICKET_ID, CHANGED_AT, STATE),
            EnumSet.of(CREATED_AT, GROUP, STAGE, ASSIGNEE, RESOLUTION_CODE, FIELD_VISITS, REOPEN_REASON));

    private final Set<Field> required;
    private final Set<Field> allowed;

    Shape(Set<Field> required, Set<Field> optional) {
        this.required = required;
        this.allowed = EnumSet.copyOf(required);
        this.allowed.addAll(optional);
        this.allowed.addAll(Field.CREATED);
    }

    /** Columns the mapping must name. */
    public Set<Field> required() {
        return required;
    }

    /** Columns the mapping may name. */
    public Set<Field> allowed() {
        return allowed;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
