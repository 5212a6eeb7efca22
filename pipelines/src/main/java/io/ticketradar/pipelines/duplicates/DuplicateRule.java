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

    /** The evidence when {@code a} and {@code b} are duplicates. */
    public static Optional<Evidence> match(TicketSnapshot a, TicketSnapshot b) {
        return pair(a, b).map(DuplicatePair::evidence);
    }

    /**
     * The pair in creation order, when they are duplicates. They match at the later one's creation when they name a
     * common symptom, else once both fault codes are known; both must still be linkable then (open, or merged into a
     * ticket that lives on): a ticket resolved or closed before that moment never matches.
     */
    static Optional<DuplicatePair> pair(TicketSnapshot a, TicketSnapshot b) {
        if (!a.tenantId().equals(b.tenantId()) || a.ticketId().equals(b.ticketId())) {
            return Optional.empty();
        }
        TicketSnapshot earlier = CREATION_ORDER.compare(a, b) <= 0 ? a : b;
        TicketSnapshot later = earlier == a ? b : a;
        long apart = later.createdAt() - earlier.createdAt();
        List<String> keys = sharedKeys(a, b);
        if (apart > WINDOW.toMillis() || keys.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<String> symptoms = new TreeSet<>(a.symptoms());
        symptoms.retainAll(b.symptoms());
        String faultCode = a.faultCode() != null && a.faultCode().equals(b.faultCode()) ? a.faultCode() : null;
        if (symptoms.isEmpty() && faultCode == null) {
            return Optional.empty();
        }
        long at = symptoms.isEmpty()
                ? Math.max(later.createdAt(), Math.max(a.faultAt(), b.faultAt()))
                : later.createdAt();
        if (!earlier.linkableAt(at) || !later.linkableAt(at)) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence(keys, List.copyOf(symptoms), faultCode, apart / MILLIS_PER_HOUR);
        return Optional.of(new DuplicatePair(earlier, later, evidence, at));
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
