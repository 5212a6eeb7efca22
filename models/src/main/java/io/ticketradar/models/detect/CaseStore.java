package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CaseDay;
import io.ticketradar.models.cases.FailureCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One tenant's recent failure cases and their counts: per day, and summed over the windows of the detector's tests
 * (the recent windows ending on the evaluation day and the baselines before them). A changed case takes back its
 * old contributions before adding its new ones, in its day and in every window holding that day, so a diagnosis that
 * arrives days later corrects the counts in place. Days no window will hold again are forgotten.
 */
final class CaseStore {

    final CodeBook book = new CodeBook();
    private final DetectorSettings settings;
    /** {@link DetectorSettings#historyDays()}, worked out once: it is asked for every case stored. */
    private final int historyDays;

    private final Map<String, StoredCase> cases = new HashMap<>();
    private final TreeMap<Long, LongIntMap> dayCounts = new TreeMap<>();
    private final TreeMap<Long, Day> dayCases = new TreeMap<>();
    private final Map<Integer, Window> recent = new LinkedHashMap<>();
    private final Map<Integer, Window> baselines = new LinkedHashMap<>();
    private final List<Window> windows = new ArrayList<>();
    /** The evaluation day the windows were last moved to. */
    private long day = Long.MIN_VALUE;

    private long firstDay = Long.MAX_VALUE;

    CaseStore(DetectorSettings settings) {
        this.settings = settings;
        this.historyDays = settings.historyDays();
        for (DetectorSettings.Test test : settings.tests()) {
            recent.computeIfAbsent(test.windowDays(), w -> add(new Window(w - 1, 0)));
            baselines.computeIfAbsent(test.guardDays(), g -> add(new Window(g + settings.baselineDays() - 1, g)));
        }
    }

    private Window add(Window w) {
        windows.add(w);
        return w;
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

        boolean holds(long d) {
            return d >= from && d <= to;
        }
    }

    /**
     * One day's cases in the order they were last stored, and its counted cases by each of their targets and
     * contexts ({@link CodeBook#ALL}: all of them), in the same order: a question about one combination reads the
     * cases of its rarest code, not every case of the day.
     */
    private static final class Day {
        final Map<String, StoredCase> cases = new LinkedHashMap<>();
        final Map<Integer, List<StoredCase>> counted = new HashMap<>();
        /** A new object whenever the day's cases change. */
        Object stamp = new Object();

        void add(StoredCase c) {
            stamp = new Object();
            cases.put(c.source.caseId(), c);
            if (c.counted()) {
                counted.computeIfAbsent(CodeBook.ALL, k -> new ArrayList<>()).add(c);
                c.forEachCode(code ->
                        counted.computeIfAbsent(code, k -> new ArrayList<>()).add(c));
            }
        }

        void remove(StoredCase c) {
            stamp = new Object();
            cases.remove(c.source.caseId());
            if (c.counted()) {
                counted.get(CodeBook.ALL).remove(c);
                c.forEachCode(code -> counted.get(code).remove(c));
            }
        }

        /** The shortest list of counted cases that holds every case with all the codes. */
        List<StoredCase> narrowest(int[] codes) {
            List<StoredCase> shortest = counted.getOrDefault(CodeBook.ALL, List.of());
            for (int code : codes) {
                List<StoredCase> of = counted.getOrDefault(code, List.of());
                shortest = of.size() < shortest.size() ? of : shortest;
            }
            return shortest;
        }
    }

    void upsert(FailureCase fc) {
        StoredCase old = cases.get(fc.caseId());
        if (old != null) {
            contribute(old, -1);
            Day ofDay = dayCases.get(old.day);
            if (ofDay != null) {
                ofDay.remove(old);
            }
        }
        long caseDay = fc.day().toEpochDay();
        if (day != Long.MIN_VALUE && caseDay < day - historyDays) {
            cases.remove(fc.caseId());
            return;
        }
        firstDay = Math.min(firstDay, caseDay);
        StoredCase stored = new StoredCase(fc, book);
        cases.put(fc.caseId(), stored);
        dayCases.computeIfAbsent(caseDay, d -> new Day()).add(stored);
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

    /**
     * Moves every window so that the evaluation day is {@code newDay}, adding and removing whole days, and forgets the
     * days no window will hold again. Evaluation days only move forward.
     */
    void rollTo(long newDay) {
        if (newDay < day) {
            throw new IllegalArgumentException("evaluation days only move forward: " + newDay + " after " + day);
        }
        day = newDay;
        for (Window w : windows) {
            long from = newDay - w.startBack;
            long to = newDay - w.endBack;
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
        long forgetBefore = newDay - historyDays;
        while (!dayCases.isEmpty() && dayCases.firstKey() < forgetBefore) {
            dayCases.pollFirstEntry().getValue().cases.keySet().forEach(cases::remove);
        }
        dayCounts.headMap(forgetBefore).clear();
    }

    Window recent(int days) {
        return recent.get(days);
    }

    Window baseline(int guardDays) {
        return baselines.get(guardDays);
    }

    /** The longest recent window: every combination that is significant somewhere has its most cases there. */
    Window widest() {
        return recent.get(recent.keySet().stream().max(Integer::compare).orElseThrow());
    }

    /** Whether a baseline holds enough days of history, counted from the first case seen, for its tests to run. */
    boolean baselineReady(int guardDays) {
        Window b = baselines.get(guardDays);
        return b.to - Math.max(b.from, firstDay) + 1 >= settings.minBaselineDays();
    }

    /**
     * The counted cases created on the days from..to, inclusive, that carry every one of the targets and contexts
     * {@code codes} (all counted cases for none), day by day in the order they were stored.
     */
    List<StoredCase> countedWith(long from, long to, int... codes) {
        List<StoredCase> out = new ArrayList<>();
        for (Day d : dayCases.subMap(from, true, to, true).values()) {
            for (StoredCase c : d.narrowest(codes)) {
                if (c.hasAll(codes)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * The days from..to, inclusive, that have counted cases with the target or context {@code code} ({@link
     * CodeBook#ALL}: any), each with its stamp and those cases in the order they were stored (what {@link #countedWith}
     * gives of the day for that code).
     */
    List<CaseDay> daysWith(long from, long to, int code) {
        List<CaseDay> out = new ArrayList<>();
        for (var entry : dayCases.subMap(from, true, to, true).entrySet()) {
            Day d = entry.getValue();
            List<StoredCase> with = d.counted.getOrDefault(code, List.of());
            if (!with.isEmpty()) {
                out.add(new CaseDay(
                        LocalDate.ofEpochDay(entry.getKey()),
                        d.stamp,
                        () -> with.stream().map(sc -> sc.coded).toList()));
            }
        }
        return out;
    }

    /**
     * A combination's cases ({@code [0]}) and its context's cases that could have the target ({@code [1]}, those
     * counted under {@code exposure}) on each day from..to: for a target alone or in one context straight from the
     * day counts, else from the cases of its rarest code.
     */
    int[][] daily(long from, long to, int target, int exposure, int[] contexts) {
        int[][] counts = new int[2][(int) (to - from + 1)];
        if (contexts.length <= 1) {
            int context = contexts.length == 0 ? CodeBook.ALL : contexts[0];
            for (var entry : dayCounts.subMap(from, true, to, true).entrySet()) {
                int i = (int) (entry.getKey() - from);
                counts[0][i] = entry.getValue().get(StoredCase.key(target, context));
                counts[1][i] = entry.getValue().get(StoredCase.key(exposure, context));
            }
            return counts;
        }
        boolean diagnosedOnly = exposure == StoredCase.DIAGNOSED_EXPOSURE;
        for (StoredCase sc : countedWith(from, to, contexts)) {
            if (!diagnosedOnly || sc.source.diagnosed()) {
                int i = (int) (sc.day - from);
                counts[1][i]++;
                counts[0][i] += sc.hasTarget(target) ? 1 : 0;
            }
        }
        return counts;
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
