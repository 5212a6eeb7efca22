package io.ticketradar.datasets.scenario;

import io.ticketradar.datasets.world.WorldSize;
import io.ticketradar.events.Stage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How well after-sales service runs in the generated world, in the domain's own terms: the shares and
 * means of DOMAIN.md §4 that the generated lifecycles must reproduce, plus the injected patterns, the
 * decoys that must not be taken for patterns, and the flaws of the stream (duplicates, late events, bad
 * records). Read from YAML or JSON ({@link Scenarios}).
 *
 * @param stageWeights how the work time of a ticket splits between the stages it passes
 * @param start        the first day {@code generate} uses when none is given (the season the scenario is about)
 * @param days         the days {@code generate} uses when none are given
 */
public record Scenario(
        String name,
        String descriptionZh,
        String descriptionEn,
        World world,
        Tickets tickets,
        FirstResponse firstResponse,
        Closure closure,
        Map<Stage, Double> stageWeights,
        Breakpoints breakpoints,
        Coordination coordination,
        Reassignment reassignment,
        Field field,
        Complaints complaints,
        Reopen reopen,
        Recurrence recurrence,
        Duplicates duplicates,
        LateEvents lateEvents,
        BadRecords badRecords,
        List<PatternSpec> patterns,
        List<DecoySpec> decoys,
        String start,
        Integer days) {

    public Scenario {
        String what = "scenario " + name + ": missing ";
        Objects.requireNonNull(world, what + "world");
        Objects.requireNonNull(tickets, what + "tickets");
        Objects.requireNonNull(firstResponse, what + "first_response");
        Objects.requireNonNull(closure, what + "closure");
        Objects.requireNonNull(stageWeights, what + "stage_weights");
        Objects.requireNonNull(breakpoints, what + "breakpoints");
        Objects.requireNonNull(coordination, what + "coordination");
        Objects.requireNonNull(reassignment, what + "reassignment");
        Objects.requireNonNull(field, what + "field");
        Objects.requireNonNull(complaints, what + "complaints");
        Objects.requireNonNull(reopen, what + "reopen");
        Objects.requireNonNull(recurrence, what + "recurrence");
        Objects.requireNonNull(duplicates, what + "duplicates");
        Objects.requireNonNull(lateEvents, what + "late_events");
        Objects.requireNonNull(badRecords, what + "bad_records");
        patterns = patterns == null ? List.of() : List.copyOf(patterns);
        decoys = decoys == null ? List.of() : List.copyOf(decoys);
        Set<String> ids = new HashSet<>();
        patterns.forEach(p -> unique(ids, p.id(), name));
        decoys.forEach(d -> unique(ids, d.id(), name));
        if (start != null) {
            try {
                LocalDate.parse(start);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "scenario " + name + ": start " + start + " is not a date YYYY-MM-DD");
            }
        }
        if (days != null && days < 1) {
            throw new IllegalArgumentException("scenario " + name + ": days must be at least 1");
        }
        for (Stage stage : Stage.values()) {
            if (!stageWeights.containsKey(stage)) {
                throw new IllegalArgumentException(what + "stage_weights." + stage);
            }
        }
    }

    private static void unique(Set<String> ids, String id, String scenario) {
        if (!ids.add(id)) {
            throw new IllegalArgumentException("scenario " + scenario + ": two patterns or decoys have the id " + id);
        }
    }

    /** The scenario's own first day, or null. */
    public LocalDate startDate() {
        return start == null ? null : LocalDate.parse(start);
    }

    public record World(int dealerShops, int repairStations, int devicesPerDailyTicket) {
        public WorldSize size() {
            return new WorldSize(dealerShops, repairStations, devicesPerDailyTicket);
        }
    }

    /**
     * @param priorityMix     share of P1..P4
     * @param prioritySpeed   closure time of each priority relative to P3 (P1 tickets are pushed harder)
     * @param channelMix      share of wecom, phone, app, email, dealer_portal
     * @param faultCodeKnown  share of tickets whose fault code is known at creation (dealers read it off the tester)
     * @param ambientReported share of tickets that report the ambient temperature (from telemetry)
     */
    public record Tickets(
            Map<String, Double> priorityMix,
            Map<String, Double> prioritySpeed,
            Map<String, Double> channelMix,
            double englishShare,
            double faultCodeKnown,
            double ambientReported) {}

    /** @param timeoutShare share of tickets answered more than 2 h after creation; {@code sigma} is the log-normal shape */
    public record FirstResponse(double timeoutShare, double sigma, double diagnosticShare) {}

    /**
     * @param meanDays           created -> closed, mean over all tickets
     * @param overdueShare       share of tickets closed after their SLA (P1 24 h ... P4 120 h)
     * @param confirmMedianHours resolved -> closed (the customer confirms)
     * @param maxDays            longest lifecycle; the log-normal tail is cut here
     */
    public record Closure(
            double meanDays, double overdueShare, double confirmMedianHours, double confirmSigma, double maxDays) {}

    /**
     * @param share share of tickets that sit more than 4 h in one stage (协同断点); the others move on
     *              within 4 h everywhere and spend the rest of their life resolved, waiting to be closed
     */
    public record Breakpoints(double share) {}

    /** @param meanHours mean per ticket of the time spent waiting between stages (handed on, not yet assigned) */
    public record Coordination(double meanHours, double sigma) {}

    /**
     * @param bounceShare share of tickets reassigned 2+ times within one stage (held by 3+ teams)
     * @param singleShare share of tickets reassigned exactly once
     */
    public record Reassignment(double bounceShare, double singleShare) {}

    /** @param revisitShare share of field tickets that need a second visit */
    public record Field(double revisitShare) {}

    /** @param overdueFactor how much likelier an overdue ticket draws a complaint than one on time */
    public record Complaints(double share, double overdueFactor) {}

    /** @param medianDays closed -> reopened */
    public record Reopen(double share, double medianDays) {}

    /** @param share share of tickets whose fault comes back on the same device within 30 days (a new ticket) */
    public record Recurrence(double share) {}

    /** @param share share of new issues the customer files again, {@code groupSize} tickets in all, within the hours */
    public record Duplicates(double share, int groupSize, double withinHours) {}

    /** @param share share of valid events that reach Kafka late, by a log-normal delay capped at maxHours */
    public record LateEvents(double share, double medianMinutes, double sigma, double maxHours) {}

    /** @param share extra records, as a share of valid events, that are bad in one of the weighted kinds */
    public record BadRecords(double share, Map<BadRecordKind, Double> kinds) {}
}
