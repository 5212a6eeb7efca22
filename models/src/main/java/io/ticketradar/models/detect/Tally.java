package io.ticketradar.models.detect;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts of one combination per window (the recent windows, then the baseline), and of the combination narrowed by
 * each further context code its cases carry: what refining and stratifying a finding need. For a combination
 * without context the counts come from the window maps; otherwise from one pass over the cases of those days.
 */
final class Tally {

    /** [window][0] = cases of the target in the context, [window][1] = the context's exposure. */
    final int[][] own;
    /** extension code -> the same counts for the combination narrowed by that code. */
    final Map<Integer, int[][]> narrowed = new HashMap<>();

    private final int windows;

    private Tally(int windows) {
        this.windows = windows;
        this.own = new int[windows][2];
    }

    int observed(int window) {
        return own[window][0];
    }

    int exposure(int window) {
        return own[window][1];
    }

    /** Counts of a combination over the store's windows, order: recent windows as listed, baseline last. */
    static Tally of(Combination c, CaseStore store, boolean withNarrowed) {
        var recent = store.recentWindows().values().toArray(new CaseStore.Window[0]);
        CaseStore.Window[] all = new CaseStore.Window[recent.length + 1];
        System.arraycopy(recent, 0, all, 0, recent.length);
        all[recent.length] = store.baseline();
        Tally t = new Tally(all.length);
        int exposure = Scorer.exposureOf(c.target(), store.book);
        if (c.contexts().length == 0) {
            t.fromWindowMaps(c.target(), exposure, all, withNarrowed, store);
        } else {
            t.fromCases(c, exposure, all, withNarrowed, store);
        }
        return t;
    }

    private void fromWindowMaps(
            int target, int exposure, CaseStore.Window[] all, boolean withNarrowed, CaseStore store) {
        for (int w = 0; w < all.length; w++) {
            LongIntMap counts = all[w].counts;
            own[w][0] = counts.get(StoredCase.key(target, CodeBook.ALL));
            own[w][1] = counts.get(StoredCase.key(exposure, CodeBook.ALL));
            if (!withNarrowed) {
                continue;
            }
            int wi = w;
            counts.forEachKey(key -> {
                int context = StoredCase.context(key);
                int t = StoredCase.target(key);
                if (context == CodeBook.ALL || (t != target && t != exposure)) {
                    return;
                }
                int[][] n = narrowed.computeIfAbsent(context, k -> new int[windows][2]);
                n[wi][t == target ? 0 : 1] = counts.get(key);
            });
        }
    }

    private void fromCases(Combination c, int exposure, CaseStore.Window[] all, boolean withNarrowed, CaseStore store) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (CaseStore.Window w : all) {
            from = Math.min(from, w.from);
            to = Math.max(to, w.to);
        }
        boolean diagnosedOnly = exposure == StoredCase.DIAGNOSED_EXPOSURE;
        for (StoredCase sc : store.casesBetween(from, to)) {
            if (!sc.counted() || (diagnosedOnly && !sc.source.diagnosed()) || !sc.hasContexts(c.contexts())) {
                continue;
            }
            boolean hit = sc.hasTarget(c.target());
            for (int w = 0; w < all.length; w++) {
                if (!all[w].holds(sc.day)) {
                    continue;
                }
                own[w][1]++;
                own[w][0] += hit ? 1 : 0;
                if (withNarrowed) {
                    for (int context : sc.contexts) {
                        if (!c.has(context)) {
                            int[][] n = narrowed.computeIfAbsent(context, k -> new int[windows][2]);
                            n[w][1]++;
                            n[w][0] += hit ? 1 : 0;
                        }
                    }
                }
            }
        }
    }
}
