package io.ticketradar.datasets.importer;

/** Why a row was rejected, as counted in the import summary. */
public enum Reason {
    NOT_A_DATE("not a date"),
    NOT_A_NUMBER("not a number"),
    UNKNOWN_VALUE("value the mapping does not know"),
    MISSING_VALUE("missing value"),
    OUT_OF_ORDER("times out of order"),
    DUPLICATE_TICKET("ticket already imported from another row"),
    TICKET_NOT_CREATED("the ticket's first row was rejected"),
    INVALID_EVENT("would make an invalid event");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
