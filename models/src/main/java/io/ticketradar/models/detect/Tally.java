package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CodeKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of one combination in the windows of every test (recent and baseline), and of the combination narrowed by
 * each further context code its cases carry (the "known" markers among them: how many of its cases tell a kind at
 * all). What refining and checking a finding need. For a combination without context the counts come from the
 * window maps; otherwise from one pass over the cases of those days.
 */
final class Tally {

    private final List<CaseStore.Window> windows;
    /** [window][0] = cases of the target in the context, [window][1] = the context's exposure. */
    private final int[][] own;
    /** extension code -> the same counts for the combination narrowed by that code. */
    private final Map<Integer, int[][]> narrowed = new HashMap<>();

    private final CodeBook book;

    private Tally(List<CaseStore.Window> windows, CodeBook book) {
        this.windows = windows;
        this.own = new int[windows.size()][2];
        this.book = book;
    }

    /** The counts of a test: observed and exposure in its recent window, then in its baseline. */
    record Counts(int observed, int exposure, int baseObserved, int baseExposure) {
        Counts plus(Counts other) {
            return new Counts(
                    observed + other.observed,
                    exposure + other.exposure,
                    baseObserved + other.baseObserved,
                    baseExposure + other.baseExposure);
        }

        /** The counts of the cases these have and {@code part} has not. */
        Counts minus(Counts part) {
            return new Counts(
                    observed - part.observed,
                    exposure - part.exposure,
                    baseObserved - part.baseObserved,
                    baseExposure - part.baseExposure);
        }
    }

    Counts own(CaseStore store, DetectorSettings.Test test) {
        return counts(own, store, test);
    }

    /** The counts narrowed by a code, zeros when no case of the combination has it. */
    Counts narrowed(int code, CaseStore store, DetectorSettings.Test test) {
        int[][] n = narrowed.get(code);
        return n == null ? new Counts(0, 0, 0, 0) : counts(n, store, test);
    }

    /** The counts restricted to the cases that tell a kind: all of them when the combination already has it. */
    Counts known(CodeKind kind, Combination c, CaseStore store, DetectorSettings.Test test) {
        for (int context : c.contexts()) {
            if (book.kind(context) == kind) {
                return own(store, test);
            }
        }
        int marker = book.find(CodeBook.knownMarker(kind));
        return marker < 0 ? new Counts(0, 0, 0, 0) : narrowed(marker, store, test);
    }

    /** The codes the combination's cases carry beyond its own, known markers excluded. */
    List<Integer> extensions() {
        return narrowed.keySet().stream().filter(code -> !book.isMarker(code)).toList();
    }

    private Counts counts(int[][] of, CaseStore store, DetectorSettings.Test test) {
        int r = windows.indexOf(store.recent(test.windowDays()));
        int b = windows.indexOf(store.baseline(test.guardDays()));
        return new Counts(of[r][0], of[r][1], of[b][0], of[b][1]);
    }

    /** Counts of a combination over every window of the store's tests. */
    static Tally of(Combination c, CaseStore store, List<DetectorSettings.Test> tests, boolean withNarrowed) {
        List<CaseStore.Window> windows = new ArrayList<>();
        for (DetectorSettings.Test test : tests) {
            for (CaseStore.Window w : List.of(store.recent(test.windowDays()), store.baseline(test.guardDays()))) {
                if (!windows.contains(w)) {
                    windows.add(w);
                }
            }
        }
        Tally t = new Tally(windows, store.book);
        int exposure = Scorer.exposureOf(c.target(), store.book);
        if (c.contexts().length == 0) {
            t.fromWindowMaps(c.target(), exposure, store, withNarrowed);
        } else {
            t.fromCases(c, exposure, store, withNarrowed);
        }
        return t;
    }

    /**
     * Counts of a target alone straight from the window maps; its narrowings by every context that one of its cases
     * in the recent windows carries (only those can hold any of its recent excess), looked up the same way.
     */
    private void fromWindowMaps(int target, int exposure, CaseStore store, boolean withNarrowed) {
        for (int w = 0; w < windows.size(); w++) {
            LongIntMap counts = windows.get(w).counts;
            own[w][0] = counts.get(StoredCase.key(target, CodeBook.ALL));
            own[w][1] = counts.get(StoredCase.key(exposure, CodeBook.ALL));
        }
        if (!withNarrowed) {
            return;
        }
        Set<Integer> contexts = new HashSet<>();
        for (CaseStore.Window w : windows) {
            if (w.endBack == 0) {
                for (StoredCase sc : store.countedWith(w.from, w.to, target)) {
                    for (int context : sc.contexts) {
                        contexts.add(context);
                    }
                }
            }
        }
        for (int context : contexts) {
            int[][] n = narrowed.computeIfAbsent(context, k -> new int[windows.size()][2]);
            for (int w = 0; w < windows.size(); w++) {
                LongIntMap counts = windows.get(w).counts;
                n[w][0] = counts.get(StoredCase.key(target, context));
                n[w][1] = counts.get(StoredCase.key(exposure, context));
            }
        }
    }

    private void fromCases(Combination c, int exposure, CaseStore store, boolean withNarrowed) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (CaseStore.Window w : windows) {
            from = Math.min(from, w.from);
            to = Math.max(to, w.to);
        }
        boolean diagnosedOnly = exposure == StoredCase.DIAGNOSED_EXPOSURE;
        for (StoredCase sc : store.countedWith(from, to, c.contexts())) {
            if (diagnosedOnly && !sc.source.diagnosed()) {
                continue;
            }
            int hit = sc.hasTarget(c.target()) ? 1 : 0;
            for (int w = 0; w < windows.size(); w++) {
                if (!windows.get(w).holds(sc.day)) {
                    continue;
                }
                own[w][1]++;
                own[w][0] += hit;
                if (withNarrowed) {
                    for (int context : sc.contexts) {
                        if (!c.has(context)) {
                            int[][] n = narrowed.computeIfAbsent(context, k -> new int[windows.size()][2]);
                            n[w][1]++;
                            n[w][0] += hit;
                        }
                    }
                }
            }
        }
    }
}
