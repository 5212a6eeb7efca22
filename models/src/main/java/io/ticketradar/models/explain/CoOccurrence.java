package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodedCase;
import smile.association.FPGrowth;
import smile.association.FPTree;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What else a pattern's cases have in common, against the usual cases of its target: every code of every kind
 * (words of the descriptions, photo labels, parts, temperatures, models) mined as frequent itemsets with Smile's
 * FP-growth over the flagged cases, then compared with its share of the usual cases (lift). A share is taken over
 * the cases where the code's kind is known (a photo label only exists where an engineer went out), and attributed
 * to the excess: of {@code observed} flagged cases, {@code expected} would have been there anyway with the usual
 * shares, so the share among the excess cases is {@code (share x observed - baseline x expected) / excess}.
 */
public final class CoOccurrence {

    private static final double MIN_SUPPORT_SHARE = 0.3;
    private static final double MIN_LIFT = 1.5;
    private static final double PAIR_GAIN = 1.2;
    private static final int MAX_ITEMS = 8;
    private static final int PAIR_ITEMS = 12;
    /** Strongest first; exact ties in code order, so that the same data always reads the same. */
    private static final Comparator<CoOccurring> BY_STRENGTH = Comparator.comparingDouble(
                    (CoOccurring c) -> c.share() * Math.log(c.lift()))
            .reversed()
            .thenComparing(c -> c.codes().toString());

    private CoOccurrence() {}

    /**
     * @param flagged  the pattern's cases
     * @param usual    the usual cases of its target (the baseline population), counted
     * @param exclude  codes not to report (the pattern's defining codes)
     * @param observed the flagged count the excess is of
     * @param expected what the baseline expected of it
     */
    public static List<CoOccurring> of(
            List<CodedCase> flagged, CodeCounts usual, Set<Code> exclude, int observed, double expected) {
        if (flagged.isEmpty()) {
            return List.of();
        }
        CodeCounts inFlagged = CodeCounts.of(flagged);
        List<CoOccurring> singles = singles(carried(flagged), inFlagged, usual, exclude, observed, expected);
        List<CoOccurring> result = new ArrayList<>(singles);
        result.addAll(pairs(flagged, singles, inFlagged, usual, observed, expected));
        result.sort(BY_STRENGTH);
        return List.copyOf(result.subList(0, Math.min(MAX_ITEMS, result.size())));
    }

    /** Every code some case carries. */
    private static Set<Code> carried(List<CodedCase> cases) {
        Set<Code> all = new LinkedHashSet<>();
        cases.forEach(c -> all.addAll(new HashSet<>(c.codes())));
        return all;
    }

    private static List<CoOccurring> singles(
            Set<Code> codes, CodeCounts flagged, CodeCounts usual, Set<Code> exclude, int observed, double expected) {
        List<CoOccurring> singles = new ArrayList<>();
        for (Code code : codes) {
            if (!exclude.contains(code)) {
                CoOccurring c = measure(List.of(code), flagged, usual, observed, expected);
                if (c != null) {
                    singles.add(c);
                }
            }
        }
        singles.sort(BY_STRENGTH);
        return singles;
    }

    /**
     * Pairs of the strongest single codes that co-occur beyond what either does alone, mined with FP-growth over
     * the flagged cases restricted to those codes (a handful of items: the full item set of cases that share
     * dozens of words and nested temperature codes would make the number of frequent itemsets explode).
     */
    private static List<CoOccurring> pairs(
            List<CodedCase> flagged,
            List<CoOccurring> singles,
            CodeCounts inFlagged,
            CodeCounts inUsual,
            int observed,
            double expected) {
        List<Code> items = singles.stream()
                .limit(PAIR_ITEMS)
                .map(c -> c.codes().getFirst())
                .toList();
        int minSupport = Math.max(2, (int) Math.ceil(MIN_SUPPORT_SHARE * flagged.size()));
        int[][] transactions = new int[flagged.size()][];
        for (int i = 0; i < flagged.size(); i++) {
            List<Code> codes = flagged.get(i).codes();
            transactions[i] = IntStream.range(0, items.size())
                    .filter(k -> codes.contains(items.get(k)))
                    .toArray();
        }
        if (!anyFrequent(transactions, items.size(), minSupport)) {
            return List.of(); // Smile's FP-growth fails on a tree without a frequent item
        }
        Map<Code, Double> liftOf = new HashMap<>();
        singles.forEach(c -> liftOf.put(c.codes().getFirst(), c.lift()));
        List<CoOccurring> pairs = new ArrayList<>();
        FPGrowth.apply(FPTree.of(minSupport, transactions)).forEach(set -> {
            if (set.items().length != 2) {
                return;
            }
            Code a = items.get(set.items()[0]);
            Code b = items.get(set.items()[1]);
            if (a.kind() == b.kind()) {
                return;
            }
            CoOccurring c = measure(List.of(a, b), inFlagged, inUsual, observed, expected);
            if (c != null && c.lift() >= PAIR_GAIN * Math.max(liftOf.get(a), liftOf.get(b))) {
                pairs.add(c);
            }
        });
        return pairs;
    }

    private static boolean anyFrequent(int[][] transactions, int items, int minSupport) {
        int[] support = new int[items];
        for (int[] t : transactions) {
            for (int item : t) {
                if (++support[item] >= minSupport) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CoOccurring measure(
            List<Code> codes, CodeCounts flagged, CodeCounts usual, int observed, double expected) {
        int known = flagged.telling(codes);
        if (known == 0) {
            return null;
        }
        double share = (double) flagged.carrying(codes) / known;
        int usualKnown = usual.telling(codes);
        double base = (usual.carrying(codes) + 0.5) / (usualKnown + 1.0);
        double excess = observed - expected;
        double attributed = excess > 0 ? (share * observed - base * expected) / excess : share;
        attributed = Math.max(0, Math.min(1, attributed));
        double lift = attributed / base;
        if (attributed < MIN_SUPPORT_SHARE || lift < MIN_LIFT) {
            return null;
        }
        return new CoOccurring(codes, attributed, Math.min(1, base), lift, known);
    }
}
