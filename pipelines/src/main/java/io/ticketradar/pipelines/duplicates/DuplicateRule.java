package io.ticketradar.pipelines.duplicates;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The duplicate rule of DOMAIN.md §6: two tickets of one tenant are duplicates when they share the customer (id or
 * phone) or the device, were created within 72 h of each other, and have overlapping symptoms or the same fault code.
 * "Within 72 h" is inclusive: tickets exactly 72 h apart are duplicates.
 */
public final class DuplicateRule {

    public static final Duration WINDOW = Duration.ofHours(72);

    /** Earlier created first; the ticket id breaks a tie, so every operator orders a pair the same way. */
    static final Comparator<TicketSnapshot> CREATION_ORDER =
            Comparator.comparingLong(TicketSnapshot::createdAt).thenComparing(TicketSnapshot::ticketId);

    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private DuplicateRule() {}

    /**
     * The evidence when {@code a} and {@code b} are duplicates. Only tickets that are still linkable (open, or merged
     * into one that lives on) match; closed and resolved ones never do.
     */
    public static Optional<Evidence> match(TicketSnapshot a, TicketSnapshot b) {
        if (!a.tenantId().equals(b.tenantId()) || a.ticketId().equals(b.ticketId()) || !a.linkable() || !b.linkable()) {
            return Optional.empty();
        }
        long apart = Math.abs(a.createdAt() - b.createdAt());
        if (apart > WINDOW.toMillis()) {
            return Optional.empty();
        }
        List<String> keys = sharedKeys(a, b);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> symptoms = new TreeSet<>(a.symptoms());
        symptoms.retainAll(b.symptoms());
        String faultCode = a.faultCode() != null && a.faultCode().equals(b.faultCode()) ? a.faultCode() : null;
        if (symptoms.isEmpty() && faultCode == null) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(keys, List.copyOf(symptoms), faultCode, apart / MILLIS_PER_HOUR));
    }

    /** The pair in creation order, when they are duplicates. */
    static Optional<DuplicatePair> pair(TicketSnapshot a, TicketSnapshot b) {
        boolean aFirst = CREATION_ORDER.compare(a, b) <= 0;
        return match(a, b)
                .map(evidence -> aFirst ? new DuplicatePair(a, b, evidence) : new DuplicatePair(b, a, evidence));
    }

    private static List<String> sharedKeys(TicketSnapshot a, TicketSnapshot b) {
        List<String> keys = new ArrayList<>();
        for (IdentityKind kind : IdentityKind.values()) {
            String value = kind.of(a);
            if (value != null && Objects.equals(value, kind.of(b))) {
                keys.add(kind.code());
            }
        }
        return keys;
    }
}
