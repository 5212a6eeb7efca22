package io.ticketradar.models.detect;

import io.ticketradar.models.cases.FailureCase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tenant's recent failure cases and their counts: per day, and summed over the detector's windows (the recent
 * windows ending on the evaluation day and the baseline before them). A changed case takes back its old
 * contributions before adding its new ones, in its day and in every window holding that day, so a diagnosis that
 * arrives days later corrects the counts in place. Days older than the detector's history are forgotten.
 */
final class CaseStore {

    final CodeBook book = new CodeBook();
    private final DetectorSettings settings;
    private final Map<String, StoredCase> cases = new HashMap<>();
    private final TreeMap<Long, LongIntMap> dayCounts = new TreeMap<>();
    private final TreeMap<Long, Map<String, StoredCase>> dayCases = new TreeMap<>();
    private final List<Window> windows = new ArrayList<>();
    private final Map<Integer, Window> recent = new LinkedHashMap<>();
    private final Window baseline;
    /** The evaluation day the windows were last moved to. */
    private long day = Long.MIN_VALUE;

    CaseStore(DetectorSettings settings) {
        this.settings = settings;
        for (int days : settings.recentWindows()) {
            Window w = new Window(days - 1, 0);
            recent.put(days, w);
            windows.add(w);
        }
        int guard = settings.guardDays();
        baseline = new Window(guard + settings.baselineDays() - 1, guard);
        windows.add(baseline);
    }

    /** A window of days relative to the evaluation day: from {@code day - startBack} to {@code day - endBack}. */
    static final class Window {
        final int startBack;
        final int endBack;
        long from = Long.MIN_VALUE;
        long to = Long.MIN_VALUE;
        final LongIntMap counts = new LongIntMap(1024);

        Window(int startBack, int endBack) {
            this.startBack = startBack;
            this.endBack = endBack;
        }

        boolean holds(long day) {
            return day >= from && day <= to;
        }

        int days() {
            return startBack - endBack + 1;
        }
    }

    void upsert(FailureCase fc) {
        StoredCase old = cases.get(fc.caseId());
        if (old != null) {
            contribute(old, -1);
            Map<String, StoredCase> ofDay = dayCases.get(old.day);
            if (ofDay != null) {
                ofDay.remove(fc.caseId());
            }
        }
        long caseDay = fc.day().toEpochDay();
        if (day != Long.MIN_VALUE && caseDay < day - settings.historyDays()) {
            cases.remove(fc.caseId());
            return;
        }
        StoredCase stored = new StoredCase(fc, book);
        cases.put(fc.caseId(), stored);
        dayCases.computeIfAbsent(caseDay, d -> new LinkedHashMap<>()).put(fc.caseId(), stored);
        contribute(stored, +1);
    }

    private void contribute(StoredCase c, int sign) {
        if (!c.counted()) {
            return;
        }
        LongIntMap ofDay = dayCounts.computeIfAbsent(c.day, d -> new LongIntMap(256));
        for (Window w : windows) {
            if (w.holds(c.day)) {
                for (long key : c.keys) {
                    w.counts.add(key, sign);
                }
            }
        }
        for (long key : c.keys) {
            ofDay.add(key, sign);
        }
    }

    /** Drops the days before {@code beforeDay}; called after the windows moved past them. */
    private void forget(long beforeDay) {
        while (!dayCases.isEmpty() && dayCases.firstKey() < beforeDay) {
            dayCases.pollFirstEntry().getValue().keySet().forEach(cases::remove);
        }
        dayCounts.headMap(beforeDay).clear();
    }

    /**
     * Moves every window so that the evaluation day is {@code day}, adding and removing whole days, and forgets the
     * days no window will hold again. Evaluation days only move forward.
     */
    void rollTo(long day) {
        if (day < this.day) {
            throw new IllegalArgumentException("evaluation days only move forward: " + day + " after " + this.day);
        }
        this.day = day;
        for (Window w : windows) {
            long from = day - w.startBack;
            long to = day - w.endBack;
            if (w.from == from && w.to == to) {
                continue;
            }
            if (w.from != Long.MIN_VALUE) {
                for (var entry : dayCounts.subMap(w.from, true, w.to, true).entrySet()) {
                    if (entry.getKey() < from || entry.getKey() > to) {
                        w.counts.addAll(entry.getValue(), -1);
                    }
                }
            }
            for (var entry : dayCounts.subMap(from, true, to, true).entrySet()) {
                if (w.from == Long.MIN_VALUE || entry.getKey() < w.from || entry.getKey() > w.to) {
                    w.counts.addAll(entry.getValue(), +1);
                }
            }
            w.from = from;
            w.to = to;
        }
        forget(day - settings.historyDays());
    }

    Map<Integer, Window> recentWindows() {
        return recent;
    }

    Window baseline() {
        return baseline;
    }

    /** The longest recent window. */
    Window widest() {
        return recent.values().stream()
                .max((a, b) -> Integer.compare(a.days(), b.days()))
                .orElseThrow();
    }

    /** Cases created on the days from..to, inclusive. */
    Collection<StoredCase> casesBetween(long from, long to) {
        List<StoredCase> out = new ArrayList<>();
        dayCases.subMap(from, true, to, true).values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    StoredCase get(String caseId) {
        return cases.get(caseId);
    }

    int size() {
        return cases.size();
    }

    /** The evaluation day, or Long.MIN_VALUE before the first evaluation. */
    long day() {
        return day;
    }
}
