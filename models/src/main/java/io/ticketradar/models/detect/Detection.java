package io.ticketradar.models.detect;

import io.ticketradar.models.cases.Code;

import java.util.List;

/**
 * One emerging failure story found by an evaluation: the combination that defines it (target first), the evidence of
 * its strongest recent window, and the cases it flags (the combination's cases in that window).
 *
 * @param codes      target first, then the context codes, each a code of {@code failure_cases.codes}
 * @param also       other significant combinations that flagged mostly the same cases (a symptom beside its fault)
 * @param exposure   cases of the context in the window (diagnosed cases for a fault)
 * @param significant false for an {@link TenantDetector#assess} of a combination that is no longer significant
 */
public record Detection(
        List<Code> codes,
        List<List<Code>> also,
        int windowDays,
        int observed,
        double exposure,
        double expected,
        double pValue,
        List<String> flaggedCaseIds,
        boolean significant) {

    public Detection {
        codes = List.copyOf(codes);
        also = List.copyOf(also);
        flaggedCaseIds = List.copyOf(flaggedCaseIds);
    }

    public Code target() {
        return codes.getFirst();
    }

    public List<Code> contexts() {
        return codes.subList(1, codes.size());
    }

    public double ratio() {
        return expected > 0 ? observed / expected : Double.POSITIVE_INFINITY;
    }
}
