package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.progress.ProgressMeter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How an import went: rows done (shown as progress while it runs), rows rejected and why, what came out. */
public final class ImportReport {
    private final ProgressMeter progress;
    private final int rows;
    private final List<RowError> rejected = new ArrayList<>();
    private int done;
    private long tickets;
    private long events;

    ImportReport(ProgressMeter progress, int rows) {
        this.progress = progress;
        this.rows = rows;
    }

    void rowDone() {
        done++;
        progress.update(done, rows, null, null);
    }

    void reject(RowError error) {
        rejected.add(error);
    }

    void imported(long tickets, long events) {
        this.tickets = tickets;
        this.events = events;
        progress.finish(done, rows, null, "");
    }

    /** Data rows read (blank rows are not counted). */
    public int rows() {
        return rows;
    }

    public long tickets() {
        return tickets;
    }

    /** One per rejected row, in row order. */
    public List<RowError> rejected() {
        return rejected.stream().sorted(Comparator.comparingInt(RowError::row)).toList();
    }

    public Map<Reason, Long> rejectedByReason() {
        Map<Reason, Long> byReason = new EnumMap<>(Reason.class);
        rejected.forEach(e -> byReason.merge(e.reason(), 1L, Long::sum));
        return byReason;
    }

    /** {@code 120 rows read, 118 tickets, 512 events; 2 rows rejected (not a date 1, missing value 1)} */
    public String summary() {
        StringBuilder s = new StringBuilder(
                String.format(Locale.ROOT, "%,d rows read, %,d tickets, %,d events", rows, tickets, events));
        if (rejected.isEmpty()) {
            return s.append("; no row rejected").toString();
        }
        s.append(
                String.format(Locale.ROOT, "; %,d row%s rejected (", rejected.size(), rejected.size() == 1 ? "" : "s"));
        String separator = "";
        for (Map.Entry<Reason, Long> entry : rejectedByReason().entrySet()) {
            s.append(separator).append(entry.getKey().label()).append(' ').append(entry.getValue());
            separator = ", ";
        }
        return s.append(')').toString();
    }
}
