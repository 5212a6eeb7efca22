package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.FailureCase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes that join a pattern's defining codes beyond its detected combination: what nearly all its excess cases
 * carry, that the target's usual cases do not explain and that its slice seldom has. A context (a firmware, a
 * temperature), a repair photo label (a non-original screen), or the fault when the pattern is told by a symptom.
 *
 * <p>A code qualifies when, among the flagged cases that tell its kind,
 * <ul>
 *   <li>at least {@value #SHARE} of the excess carries it: {@code (share x observed - usual x expected) / excess},
 *       the usual share being that of the target's baseline cases (what the expected cases would have had anyway);
 *   <li>it is {@value #LIFT} times as common as in the slice's baseline cases (the combination's contexts, whatever
 *       failed): most cold tickets come from the north-east, so the north-east says nothing about a cold fault;
 *   <li>so many of the cases carry it that neither the target's usual share nor the slice's explains it (binomial,
 *       p ≤ {@value #SIGNIFICANT}): five cold-start cases that all run the firmware most such chargers run say nothing;
 *   <li>the defining context codes do not imply it: the baseline cases with them carry it {@value #IMPLIED} of the
 *       time anyway (the only firmware a model ships with).
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
    static final double IMPLIED = 0.95;
    static final int KNOWN = 5;
    static final double SIGNIFICANT = 0.01;

    private Characteristics() {}

    /**
     * @param flagged  the pattern's recent cases
     * @param usual    the target's baseline cases
     * @param slice    the baseline cases of the combination's contexts
     * @param baseline every baseline case, to tell what the defining codes imply
     * @param before   the pattern's defining codes so far
     */
    public static List<Code> of(
            List<Code> combination,
            List<FailureCase> flagged,
            List<FailureCase> usual,
            List<FailureCase> slice,
            List<FailureCase> baseline,
            int observed,
            double expected,
            List<String> before) {
        boolean toldBySymptom = combination.getFirst().kind() == CodeKind.SYMPTOM;
        Set<CodeKind> named = EnumSet.noneOf(CodeKind.class);
        combination.forEach(c -> named.add(c.kind()));
        record Candidate(Code code, double attributed, double lift, double pValue) {}
        List<Candidate> candidates = new ArrayList<>();
        Population inFlaggedCases = new Population(flagged);
        Population usualCases = new Population(usual);
        Population sliceCases = new Population(slice);
        Population baselineCases = new Population(baseline);
        Set<Code> seen = new LinkedHashSet<>();
        inFlaggedCases.codes.forEach(seen::addAll);
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
            double lift = inFlagged.value() / sliceCases.share(code).smoothed();
            candidates.add(new Candidate(code, Math.min(1, attributed), lift, inFlagged.known()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::lift).reversed());
        List<Code> out = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean had = before.contains(c.code().text());
            if (!named.contains(c.code().kind())
                    && c.attributed() >= (had ? KEPT_SHARE : SHARE)
                    && c.lift() >= (had ? KEPT_LIFT : LIFT)
                    && (had || c.pValue() <= SIGNIFICANT)) {
                List<Code> defining = new ArrayList<>(combination);
                defining.addAll(out);
                if (!implied(c.code(), defining, baselineCases)) {
                    named.add(c.code().kind());
                    out.add(c.code());
                }
            }
        }
        return out;
    }

    /** Cases with their codes and the kinds they tell, worked out once. */
    private static final class Population {
        final List<Set<Code>> codes = new ArrayList<>();
        final List<Set<CodeKind>> kinds = new ArrayList<>();

        Population(List<FailureCase> cases) {
            for (FailureCase c : cases) {
                codes.add(Set.copyOf(c.codes()));
                Set<CodeKind> told = EnumSet.noneOf(CodeKind.class);
                for (CodeKind kind : CodeKind.values()) {
                    if (c.knows(kind)) {
                        told.add(kind);
                    }
                }
                kinds.add(told);
            }
        }

        /** The share of the cases that tell the code's kind (and carry every code of {@code having}) with it. */
        Share share(Code code, List<Code> having) {
            int with = 0;
            int known = 0;
            for (int i = 0; i < codes.size(); i++) {
                if (kinds.get(i).contains(code.kind()) && codes.get(i).containsAll(having)) {
                    known++;
                    with += codes.get(i).contains(code) ? 1 : 0;
                }
            }
            return new Share(with, known);
        }

        Share share(Code code) {
            return share(code, List.of());
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

    /**
     * True when the baseline cases with the defining context codes carry the code anyway. What the target itself comes
     * with (the model of a fault, the cold of a cold-start failure) is a fact about the failure and stays.
     */
    private static boolean implied(Code code, List<Code> codes, Population baseline) {
        List<Code> contexts = codes.subList(1, codes.size()).stream()
                .filter(c -> c.kind().role() == CodeKind.Role.CONTEXT)
                .toList();
        if (contexts.isEmpty()) {
            return false;
        }
        Share alike = baseline.share(code, contexts);
        return alike.known() >= KNOWN && alike.with() >= IMPLIED * alike.known();
    }
}
