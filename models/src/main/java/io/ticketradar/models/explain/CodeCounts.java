package io.ticketradar.models.explain;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.FailureCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases counted by code: of those that carry a set of contexts, how many tell each kind and how many carry each code
 * (among those that tell its kind). Counted once per set of contexts asked about. Counts add up, so a population of a
 * hundred thousand cases is the sum of its days' counts, each day counted once and reused while its cases stay the
 * same ({@link Days}).
 */
public abstract sealed class CodeCounts {

    private final Map<List<Code>, Counted> counted = new HashMap<>();

    /** The counts of these cases. */
    public static CodeCounts of(List<FailureCase> cases) {
        return new Listed(cases);
    }

    /** The counts of {@code plus}'s cases without {@code minus}'s (which must be among them). */
    public static CodeCounts sum(List<CodeCounts> plus, List<CodeCounts> minus) {
        return new Sum(plus, minus);
    }

    /** Of the cases that carry every code of {@code having}: how many carry {@code code} and tell its kind. */
    int with(Code code, List<Code> having) {
        return counted(having).with.getOrDefault(code, 0);
    }

    /** Of the cases that carry every code of {@code having}: how many tell the kind. */
    int told(CodeKind kind, List<Code> having) {
        return counted(having).told[kind.ordinal()];
    }

    private Counted counted(List<Code> having) {
        List<Code> key = List.copyOf(having);
        Counted c = counted.get(key);
        if (c == null) {
            c = count(key);
            counted.put(key, c);
        }
        return c;
    }

    abstract Counted count(List<Code> having);

    /** How many cases carry each code (of a kind they tell), and how many tell each kind. */
    static final class Counted {
        final Map<Code, Integer> with = new HashMap<>();
        final int[] told = new int[CodeKind.values().length];

        void add(Counted other, int sign) {
            other.with.forEach((code, n) -> with.merge(code, sign * n, Integer::sum));
            for (int k = 0; k < told.length; k++) {
                told[k] += sign * other.told[k];
            }
        }
    }

    /** Cases given one by one; their codes worked out once. */
    private static final class Listed extends CodeCounts {
        private final List<FailureCase> cases;
        private List<List<Code>> codes;
        private int[] kinds;

        Listed(List<FailureCase> cases) {
            this.cases = List.copyOf(cases);
        }

        boolean holds(List<FailureCase> others) {
            if (others.size() != cases.size()) {
                return false;
            }
            for (int i = 0; i < cases.size(); i++) {
                if (others.get(i) != cases.get(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        Counted count(List<Code> having) {
            if (codes == null) {
                code();
            }
            Counted c = new Counted();
            for (int i = 0; i < codes.size(); i++) {
                List<Code> of = codes.get(i);
                if (!of.containsAll(having)) {
                    continue;
                }
                for (CodeKind kind : CodeKind.values()) {
                    c.told[kind.ordinal()] += (kinds[i] >> kind.ordinal()) & 1;
                }
                for (Code code : of) {
                    if ((kinds[i] >> code.kind().ordinal() & 1) != 0) {
                        c.with.merge(code, 1, Integer::sum);
                    }
                }
            }
            return c;
        }

        /** Each case's codes (one instance per distinct code) and the kinds it tells. */
        private void code() {
            Map<Code, Code> distinct = new HashMap<>();
            codes = new ArrayList<>(cases.size());
            kinds = new int[cases.size()];
            for (int i = 0; i < cases.size(); i++) {
                FailureCase c = cases.get(i);
                List<Code> of = new ArrayList<>();
                for (Code code : c.codes()) {
                    of.add(distinct.computeIfAbsent(code, k -> k));
                }
                codes.add(of);
                for (CodeKind kind : CodeKind.values()) {
                    kinds[i] |= c.knows(kind) ? 1 << kind.ordinal() : 0;
                }
            }
        }
    }

    private static final class Sum extends CodeCounts {
        private final List<CodeCounts> plus;
        private final List<CodeCounts> minus;

        Sum(List<CodeCounts> plus, List<CodeCounts> minus) {
            this.plus = List.copyOf(plus);
            this.minus = List.copyOf(minus);
        }

        @Override
        Counted count(List<Code> having) {
            Counted c = new Counted();
            plus.forEach(p -> c.add(p.counted(having), 1));
            minus.forEach(m -> c.add(m.counted(having), -1));
            return c;
        }
    }

    /**
     * Counts of cases day by day, kept while a day's cases stay the same objects: a baseline that moves on by a day
     * counts one new day, not six weeks of cases again.
     */
    public static final class Days {
        private final Map<LocalDate, Listed> days = new HashMap<>();

        /** The counts of cases listed day by day (each day's cases together). */
        public CodeCounts of(List<FailureCase> cases) {
            List<CodeCounts> parts = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= cases.size(); i++) {
                if (i == cases.size()
                        || !cases.get(i).day().equals(cases.get(start).day())) {
                    parts.add(day(cases.subList(start, i)));
                    start = i;
                }
            }
            return sum(parts, List.of());
        }

        private Listed day(List<FailureCase> ofDay) {
            LocalDate day = ofDay.getFirst().day();
            Listed known = days.get(day);
            if (known == null || !known.holds(ofDay)) {
                known = new Listed(ofDay);
                days.put(day, known);
            }
            return known;
        }

        /** Forgets the days before {@code day}: no population asked about will hold them again. */
        public void forgetBefore(LocalDate day) {
            days.keySet().removeIf(d -> d.isBefore(day));
        }
    }
}
