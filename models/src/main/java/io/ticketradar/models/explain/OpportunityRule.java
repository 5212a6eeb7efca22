package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pattern tied to something customers fitted themselves (a non-original screen, an aftermarket dash-cam) is a
 * service opportunity for product managers (DOMAIN.md §8): when such an accessory is among its defining codes, or
 * co-occurs with at least half of its cases at a lift of {@link #MIN_LIFT} or more. Accessories are recognised by
 * the words photo labels and descriptions use for them.
 */
public final class OpportunityRule {

    static final double MIN_SHARE = 0.5;
    static final double MIN_LIFT = 3;
    private static final List<String> AFTERMARKET = List.of(
            "non_original",
            "non-original",
            "nonoriginal",
            "aftermarket",
            "after-market",
            "third_party",
            "third-party",
            "thirdparty",
            "non_oem",
            "non-oem",
            "retrofit",
            "非原厂",
            "副厂",
            "改装",
            "加装",
            "第三方",
            "后装");

    private OpportunityRule() {}

    /** The accessory code that makes the pattern an opportunity, if any. */
    public static Optional<Code> accessory(List<Code> defining, List<CoOccurring> coOccurring) {
        Optional<Code> own =
                defining.stream().filter(OpportunityRule::aftermarket).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return coOccurring.stream()
                .filter(c -> c.share() >= MIN_SHARE && c.lift() >= MIN_LIFT)
                .flatMap(c -> c.codes().stream())
                .filter(OpportunityRule::aftermarket)
                .findFirst();
    }

    static boolean aftermarket(Code code) {
        if (code.kind() != CodeKind.PHOTO && code.kind() != CodeKind.WORD && code.kind() != CodeKind.PART) {
            return false;
        }
        String v = code.value().toLowerCase(Locale.ROOT);
        return AFTERMARKET.stream().anyMatch(v::contains);
    }
}
