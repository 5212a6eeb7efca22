package io.ticketradar.models.detect;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.TemperatureCodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A target code (a fault or a symptom) within a context (up to a few context codes, none for the target alone):
 * what the detector tests. Contexts are kept sorted and free of codes another one implies (a colder threshold
 * implies the milder ones, a firmware its model, a site its region), so one combination has one spelling.
 */
record Combination(int target, int[] contexts) {

    private static final List<CodeKind> READING_ORDER = List.of(
            CodeKind.REGION,
            CodeKind.SITE,
            CodeKind.TEMP,
            CodeKind.AGE,
            CodeKind.MODEL,
            CodeKind.FIRMWARE,
            CodeKind.BATCH);

    Combination {
        contexts = contexts.clone();
        Arrays.sort(contexts);
    }

    static Combination of(int target) {
        return new Combination(target, new int[0]);
    }

    static Combination of(int target, int context) {
        return context == CodeBook.ALL ? of(target) : new Combination(target, new int[] {context});
    }

    int level() {
        return contexts.length + 1;
    }

    /** The target and the contexts, as the codes a case of the combination carries. */
    int[] codes() {
        int[] codes = Arrays.copyOf(contexts, contexts.length + 1);
        codes[contexts.length] = target;
        return codes;
    }

    boolean has(int context) {
        return Arrays.binarySearch(contexts, context) >= 0;
    }

    /**
     * This combination with one more context code, without the codes that code implies; itself when one of its codes
     * already implies the new one.
     */
    Combination with(int context, CodeBook book) {
        for (int c : contexts) {
            if (implies(c, context, book)) {
                return this;
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int c : contexts) {
            if (!implies(context, c, book)) {
                kept.add(c);
            }
        }
        kept.add(context);
        return new Combination(target, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** This combination without one of its context codes. */
    Combination without(int context) {
        return new Combination(
                target, Arrays.stream(contexts).filter(c -> c != context).toArray());
    }

    /** True when a case with {@code narrow} always has {@code broad}: an ancestor in the code book's hierarchy. */
    static boolean implies(int narrow, int broad, CodeBook book) {
        if (narrow == broad) {
            return true;
        }
        Code n = book.code(narrow);
        Code b = book.code(broad);
        if (n.kind() == CodeKind.TEMP && b.kind() == CodeKind.TEMP) {
            return TemperatureCodes.implies(n.value(), b.value());
        }
        for (int p = book.parent(narrow); p != CodeBook.ALL; p = book.parent(p)) {
            if (p == broad) {
                return true;
            }
        }
        return false;
    }

    /** The codes, target first, then the contexts where, what, which: region, site, temperature, model, firmware. */
    List<Code> codes(CodeBook book) {
        List<Code> codes = new ArrayList<>();
        for (int c : contexts) {
            codes.add(book.code(c));
        }
        codes.sort(Comparator.comparingInt((Code c) -> READING_ORDER.indexOf(c.kind()))
                .thenComparing(Code::value));
        codes.addFirst(book.code(target));
        return codes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Combination other && target == other.target && Arrays.equals(contexts, other.contexts);
    }

    @Override
    public int hashCode() {
        return 31 * target + Arrays.hashCode(contexts);
    }

    @Override
    public String toString() {
        return target + Arrays.toString(contexts);
    }
}
