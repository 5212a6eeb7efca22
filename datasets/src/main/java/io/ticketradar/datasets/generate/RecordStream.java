package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.truth.GenerationListener;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The generated records of all tenants in the order they reach Kafka. Days are generated lazily:
 * a record is released once the next day to generate starts after it, since no ticket created later
 * can produce an earlier record. Memory holds the open tickets' future events, not the data set.
 */
final class RecordStream implements Iterator<GeneratedRecord> {
    private final List<TenantStream> tenants;
    private final ZoneId zone;
    private final LocalDate end;
    private final GenerationListener listener;
    private final PriorityQueue<Queued> queue = new PriorityQueue<>(
            Comparator.comparing((Queued q) -> q.pending().record().publishAt()).thenComparingLong(Queued::order));
    private LocalDate next;
    private long order;
    private long seq;

    private record Queued(Emitter.Pending pending, long order) {}

    /** @param end first day not generated, or null for an endless stream */
    RecordStream(List<TenantStream> tenants, LocalDate start, LocalDate end, ZoneId zone, GenerationListener listener) {
        this.tenants = tenants;
        this.next = start;
        this.end = end;
        this.zone = zone;
        this.listener = listener;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !queue.isEmpty();
    }

    @Override
    public GeneratedRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Emitter.Pending pending = queue.poll().pending();
        listener.record(seq++, pending.record(), pending.note());
        return pending.record();
    }

    private void fill() {
        while (end == null || next.isBefore(end)) {
            Instant horizon = next.atStartOfDay(zone).toInstant();
            if (!queue.isEmpty() && queue.peek().pending().record().publishAt().isBefore(horizon)) {
                return;
            }
            for (TenantStream tenant : tenants) {
                tenant.generate(next, pending -> queue.add(new Queued(pending, order++)), listener);
            }
            next = next.plusDays(1);
        }
    }
}
