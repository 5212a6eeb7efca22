package io.ticketradar.datasets.importer.mapping;

/**
 * What a first response is in an event log that records none of its own ({@code first_response} in a mapping):
 * the first move into a given state, or the first row that names a person as assignee.
 *
 * @param state      for {@link On#STATE}: the export's state, as written under {@code states}
 * @param diagnostic whether such a response counts as diagnostic (DOMAIN.md: not just "received, will check")
 */
public record FirstResponseRule(On on, String state, boolean diagnostic) {

    /** The change that marks the first response. */
    public enum On {
        STATE,
        ASSIGNEE
    }

    /** Whether a row in {@code stateText} with {@code assignee} (null when none) is a first response. */
    public boolean respondedBy(String stateText, String assignee) {
        return switch (on) {
            case STATE -> stateText != null && stateText.strip().equalsIgnoreCase(state.strip());
            case ASSIGNEE -> assignee != null;
        };
    }
}
