package io.ticketradar.pipelines.duplicates;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Ticket snapshots for the tests: one customer's tickets by default, hours after a fixed start. */
final class Tickets {

    static final String TENANT = "tenant-a";
    static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    private Tickets() {}

    /** Customer C-1 (phone 13812345678) on device SN-1, open, no fault code yet. */
    static TicketSnapshot ticket(String id, double hoursAfterT0, String... symptoms) {
        return new TicketSnapshot(
                TENANT,
                id,
                at(hoursAfterT0),
                "C-1",
                "13812345678",
                "SN-1",
                List.of(symptoms),
                null,
                Long.MIN_VALUE,
                TicketSnapshot.NEVER,
                TicketSnapshot.NEVER,
                null);
    }

    static long at(double hoursAfterT0) {
        return T0.plus(Duration.ofMillis(Math.round(hoursAfterT0 * 3_600_000))).toEpochMilli();
    }

    /** The same ticket with other identities: null for none. */
    static TicketSnapshot identities(TicketSnapshot t, String customerId, String phone, String deviceSn) {
        return copy(t, t.tenantId(), customerId, phone, deviceSn);
    }

    static TicketSnapshot ofTenant(TicketSnapshot t, String tenant) {
        return copy(t, tenant, t.customerId(), t.customerPhone(), t.deviceSn());
    }

    private static TicketSnapshot copy(
            TicketSnapshot t, String tenant, String customerId, String phone, String deviceSn) {
        return new TicketSnapshot(
                tenant,
                t.ticketId(),
                t.createdAt(),
                customerId,
                phone,
                deviceSn,
                t.symptoms(),
                t.faultCode(),
                t.faultAt(),
                t.closedAt(),
                t.mergedAt(),
                t.mergedInto());
    }
}
