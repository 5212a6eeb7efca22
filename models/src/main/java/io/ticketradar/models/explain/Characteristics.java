package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.CodedCase;
import io.ticketradar.models.stats.BinomialTail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes that join a pattern's defining codes beyond its detected combination: what nearly all its excess cases
 * carry, that the target's usual cases do not explain and that other cases alike seldom have. A context (a firmware, a
 * temperature), a repair photo label (a non-original screen), or the fault when the pattern is told by a symptom.
 *
 * <p>A code qualifies when, among the flagged cases that tell its kind,
 * <ul>
 *   <li>at least {@value #SHARE} of the excess carries it: {@code (share x observed - usual x expected) / excess},
 *       the usual share being that of the target's baseline cases (what the expected cases would have had anyway);
 *   <li>it is {@value #LIFT} times as common as among the other cases (of any fault, the baseline's and the recent
 *       ones not flagged) that share the defining contexts chosen so far: most cold tickets come from the north-east,
 *       so once the cold is named the north-east says nothing more, and the only firmware a model ships with says
 *       nothing about a fault of that model. Until {@value #ALIKE} other cases share those contexts, the code waits
 *       (a fault joining a symptom's story is compared with all cases instead). For a fault too rare to have usual
 *       cases of its own, the share among its model's usual cases counts too: a cold-start fault's chargers all run
 *       the chargers' common firmware;
 *   <li>so many of the cases carry it that neither share explains it (binomial, p ≤ {@value #SIGNIFICANT}).
 * </ul>
 * A code the pattern already had stays at {@value #KEPT_SHARE} and {@value #KEPT_LIFT}, so definitions do not
 * flicker from one evaluation to the next. One code per kind, the most distinctive; of nested temperature thresholds,
 * the narrowest that qualifies.
 */
public final class Characteristics {

    static final double SHARE = 0.8;
    static final double LIFT = 3;
    static final double KEPT_SHARE = 0.6;
    static final double KEPT_LIFT = 2;
    static final int KNOWN = 5;
    static final double SIGNIFICANT = 0.01;
    /** Fewer other cases alike than this, and they are too few to compare with. */
    static final int ALIKE = 20;

    private Characteristics() {}

    /**
     * The usual population of a pattern's target.
     *
     * @param counts   the cases, counted
     * @param ofTarget whether these are the target's own baseline cases, or (the target being rare) its devices'
     */
    public record Usual(CodeCounts counts, boolean ofTarget) {}

    /**
     * @param flagged the pattern's recent cases
     * @param others  every other case, counted: the baseline's and the recent ones not flagged
     * @param before  the pattern's defining codes so far
     */
    public static List<Code> of(
            List<Code> combination,
            List<CodedCase> flagged,
            Usual usual,
            CodeCounts others,
            int observed,
            double expected,
            List<String> before) {
        boolean toldBySymptom = combination.getFirst().kind() == CodeKind.SYMPTOM;
        Set<CodeKind> named = EnumSet.noneOf(CodeKind.class);
        combination.forEach(c -> named.add(c.kind()));
        List<Code> contexts = contexts(combination);
        record Candidate(Code code, Share inFlagged, double attributed, double usualShare, double lift) {}
        List<Candidate> candidates = new ArrayList<>();
        Population inFlaggedCases = new Population(CodeCounts.of(flagged));
        Population usualCases = new Population(usual.counts());
        Population otherCases = new Population(others);
        Set<Code> seen = new LinkedHashSet<>();
        flagged.forEach(c -> seen.addAll(Set.copyOf(c.codes())));
        for (Code code : seen) {
            CodeKind kind = code.kind();
            boolean eligible = kind.role() == CodeKind.Role.CONTEXT
                    || kind == CodeKind.PHOTO
                    || (kind == CodeKind.FAULT && toldBySymptom);
            if (!eligible || named.contains(kind)) {
                continue;
            }
            Share inFlagged = inFlaggedCases.share(code);
            if (inFlagged.known() < KNOWN) {
                continue;
            }
            double usualShare = usualCases.share(code).smoothed();
            double excess = observed - expected;
            double attributed =
                    excess > 0 ? (inFlagged.value() * observed - usualShare * expected) / excess : inFlagged.value();
            double lift = inFlagged.value() / otherCases.share(code, contexts).smoothed();
            candidates.add(
                    new Candidate(code, inFlagged, Math.min(1, attributed), usual.ofTarget() ? 0 : usualShare, lift));
        }
        // Exact ties in code order, so that the same data always gives the same definition.
        candidates.sort(Comparator.comparingDouble(Candidate::lift).reversed().thenComparing(Candidate::code));
        List<Code> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (named.contains(c.code().kind())) {
                continue;
            }
            boolean had = before.contains(c.code().text());
            List<Code> chosen = new ArrayList<>(contexts);
            chosen.addAll(contexts(out));
            Share alike = otherCases.alike(c.code(), chosen);
            if (alike == null && c.code().kind() == CodeKind.FAULT) {
                // a diagnosis is the story's own, not an exposure the named contexts bring along: a new firmware's
                // few other cases say nothing against it, all cases do
                alike = otherCases.share(c.code());
            }
            if (alike == null && !had) {
                continue; // too few other cases share what is named so far to tell whether it explains this code
            }
            double comparedShare = Math.max(c.usualShare(), alike == null ? 0 : alike.smoothed());
            double lift = c.inFlagged().value() / comparedShare;
            double pValue =
                    BinomialTail.atLeast(c.inFlagged().with(), c.inFlagged().known(), comparedShare);
            if (c.attributed() >= (had ? KEPT_SHARE : SHARE)
                    && lift >= (had ? KEPT_LIFT : LIFT)
                    && (had || pValue <= SIGNIFICANT)) {
                named.add(c.code().kind());
                out.add(c.code());
            }
        }
        return out;
    }

    private static List<Code> contexts(List<Code> codes) {
        return codes.stream()
                .filter(c -> c.kind().role() == CodeKind.Role.CONTEXT)
                .toList();
    }

    /** Cases counted by code, asked about the shares of codes. */
    private record Population(CodeCounts counts) {

        /** The share of the cases that tell the code's kind (and carry every code of {@code having}) with it. */
        Share share(Code code, List<Code> having) {
            return new Share(counts.with(code, having), counts.told(code.kind(), having));
        }

        Share share(Code code) {
            return share(code, List.of());
        }

        /**
         * The share among the cases with the contexts {@code having}, or null when too few have them all: early in the
         * first cold spell the few other cold cases cannot tell whether the north-east is the pattern's or the cold's,
         * and all cases would wrongly say the pattern's.
         */
        Share alike(Code code, List<Code> having) {
            Share alike = share(code, having);
            return alike.known() >= ALIKE ? alike : null;
        }
    }

    /** The share of cases with a code among those that tell its kind. */
    private record Share(int with, int known) {
        double value() {
            return known == 0 ? 0 : (double) with / known;
        }

        /** Never zero, so that a code absent from a small population does not make an infinite lift. */
        double smoothed() {
            return (with + 0.5) / (known + 1.0);
        }
    }
}
