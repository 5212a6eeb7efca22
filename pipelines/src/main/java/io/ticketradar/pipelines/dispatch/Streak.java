package io.ticketradar.pipelines.dispatch;

/**
 * The run of tickets one team gave the same engineer in a row: another ticket to that engineer lengthens it, a
 * ticket to anyone else starts a new one.
 */
public record Streak(String engineer, int tickets) {

    /** The streak after the team's next ticket went to {@code next}. */
    public static Streak after(Streak current, String next) {
        return current != null && current.engineer.equals(next)
                ? new Streak(next, current.tickets + 1)
                : new Streak(next, 1);
    }

    /** True when the engineer has taken as many in a row as the rule allows, and now rests. */
    public boolean exhausts(StreakRule rule) {
        return tickets >= rule.ticketsInARow();
    }

    /** As kept in state: {@code engineer|tickets}. */
    public String encode() {
        return engineer + '|' + tickets;
    }

    public static Streak decode(String encoded) {
        if (encoded == null) {
            return null;
        }
        int bar = encoded.lastIndexOf('|');
        return new Streak(encoded.substring(0, bar), Integer.parseInt(encoded.substring(bar + 1)));
    }
}
