package io.ticketradar.events;

import java.time.Duration;

/** Ticket priority; each has the SLA within which the ticket must be closed (DOMAIN.md §4, overdue rate). */
public enum Priority implements WireValue {
    P1(24),
    P2(48),
    P3(72),
    P4(120);

    private final int slaHours;

    Priority(int slaHours) {
        this.slaHours = slaHours;
    }

    public int slaHours() {
        return slaHours;
    }

    public Duration sla() {
        return Duration.ofHours(slaHours);
    }

    @Override
    public String wire() {
        return name();
    }
}
