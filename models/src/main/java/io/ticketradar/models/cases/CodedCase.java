package io.ticketradar.models.cases;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A failure case with its codes worked out once, and the kinds it tells: what describing patterns counts, case by case,
 * for every pattern every day. Working the codes out ({@link FailureCase#codes()}: temperature thresholds, age bands,
 * words) each time cost more than the counting itself. Compared by identity: a changed case is a new one.
 */
public final class CodedCase {

    private final FailureCase source;
    private final List<Code> codes;
    private final int told;

    private CodedCase(FailureCase source, List<Code> codes) {
        this.source = source;
        this.codes = codes;
        int kinds = 0;
        for (CodeKind kind : CodeKind.values()) {
            kinds |= source.knows(kind) ? 1 << kind.ordinal() : 0;
        }
        this.told = kinds;
    }

    /** The case with its codes, each code the instance {@code canonical} gives (one instance per distinct code). */
    public static CodedCase of(FailureCase source, UnaryOperator<Code> canonical) {
        return new CodedCase(source, source.codes().stream().map(canonical).toList());
    }

    public static CodedCase of(FailureCase source) {
        return of(source, UnaryOperator.identity());
    }

    public FailureCase source() {
        return source;
    }

    /** {@link FailureCase#codes()}, in its order. */
    public List<Code> codes() {
        return codes;
    }

    /** {@link FailureCase#knows(CodeKind)}. */
    public boolean tells(CodeKind kind) {
        return (told >> kind.ordinal() & 1) != 0;
    }

    /** Whether it tells every kind of {@code kinds}, a set of bits by {@link CodeKind} ordinal. */
    public boolean tellsAll(int kinds) {
        return (told & kinds) == kinds;
    }
}
