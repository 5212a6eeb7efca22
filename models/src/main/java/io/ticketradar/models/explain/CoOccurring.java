package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;

import java.util.List;

/**
 * Codes found together on a pattern's cases far more often than on the usual ones: "91% below −15 °C".
 *
 * @param codes         one code, or two that co-occur beyond what each does alone
 * @param share         share of the pattern's cases with them (of the cases where the kind is known, for codes
 *                      learned from repairs), attributed to the excess: the cases a baseline would have had anyway
 *                      are taken out
 * @param baselineShare the same share among the usual cases of the pattern's target
 * @param lift          share over baseline share
 * @param known         the cases the share is of
 */
public record CoOccurring(List<Code> codes, double share, double baselineShare, double lift, int known) {

    public CoOccurring {
        codes = List.copyOf(codes);
    }

    /** The codes joined with {@code &}, as written in the JSON feed. */
    public String code() {
        return String.join("&", codes.stream().map(Code::text).toList());
    }
}
