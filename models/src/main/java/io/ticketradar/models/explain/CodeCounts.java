package io.ticketradar.models.explain;

import io.ticketradar.models.cases.CaseDay;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.CodedCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Cases counted by code: of those that carry a set of contexts, how many tell each kind and how many carry each code
 * (among those that tell its kind, and in all). Counted once per set of contexts asked about. Counts add up, so a
 * population of a hundred thousand cases is the sum of its days' counts, each day counted once and reused while its
 * cases stay the same ({@link Days}).
 */
public abstract sealed class CodeCounts {

    /** The counts of these cases. */
    public static CodeCounts of(List<CodedCase> cases) {
        return new Listed(cases);
    }

    /** The counts of {@code plus}'s cases without {@code minus}'s (which must be among them). */
    public static CodeCounts sum(List<CodeCounts> plus, List<CodeCounts> minus) {
        return new Sum(plus, minus);
    }

    /** Of the cases that carry every code of {@code having}: how many carry {@code code} and tell its kind. */
    abstract int with(Code code, List<Code> having);

    /** Of the cases that carry every code of {@code having}: how many tell the kind. */
    abstract int told(CodeKind kind, List<Code> having);

    /** How many cases carry every one of the codes, whether they tell their kinds or not. */
    abstract int carrying(List<Code> codes);

    /** How many cases tell the kinds of every one of the codes. */
    abstract int telling(List<Code> codes);

    /** How many cases there are. */
    public abstract int size();

    /**
     * How many cases carry each code (of a kind they tell; {@code untold}: of a kind they do not), and how many tell
     * each kind.
     */
    static final class Counted {
        final Map<Code, Integer> with = new HashMap<>();
        final Map<Code, Integer> untold = new HashMap<>();
        final int[] told = new int[CodeKind.values().length];
    }

    /** How many cases carry several codes together, and how many tell all their kinds. */
    record Together(int carrying, int telling) {}

    /** Cases given one by one, their codes worked out already ({@link CodedCase}). */
    private static final class Listed extends CodeCounts {
        private static final int[] NONE = {};
        private final List<CodedCase> cases;
        private final Map<List<Code>, Counted> counted = new HashMap<>();
        private final Map<List<Code>, Together> together = new HashMap<>();
        /** How many cases tell every kind of a set (bits by {@link CodeKind} ordinal). */
        private final Map<Integer, Integer> tellingKinds = new HashMap<>();
        /**
         * The positions of the cases that carry each code, ascending: worked out when codes together are first asked
         * about, so that each pair asked reads the cases of its rarer code, not every case and all its codes.
         */
        private Map<Code, int[]> carriers;

        Listed(List<CodedCase> cases) {
            this.cases = List.copyOf(cases);
        }

        @Override
        public int size() {
            return cases.size();
        }

        @Override
        int with(Code code, List<Code> having) {
            return counted(having).with.getOrDefault(code, 0);
        }

        @Override
        int told(CodeKind kind, List<Code> having) {
            return counted(having).told[kind.ordinal()];
        }

        @Override
        int carrying(List<Code> codes) {
            if (codes.size() == 1) {
                Counted c = counted(List.of());
                Code code = codes.getFirst();
                return c.with.getOrDefault(code, 0) + c.untold.getOrDefault(code, 0);
            }
            return together(codes).carrying();
        }

        @Override
        int telling(List<Code> codes) {
            return codes.size() == 1
                    ? told(codes.getFirst().kind(), List.of())
                    : together(codes).telling();
        }

        private Counted counted(List<Code> having) {
            return kept(counted, having, this::count);
        }

        private Together together(List<Code> codes) {
            return kept(together, codes, this::countTogether);
        }

        /** What was counted for these codes, counted now if never asked before (the codes may be a mutable list). */
        private static <T> T kept(Map<List<Code>, T> known, List<Code> codes, Function<List<Code>, T> count) {
            T t = known.get(codes);
            if (t == null) {
                t = count.apply(codes);
                known.put(List.copyOf(codes), t);
            }
            return t;
        }

        private Counted count(List<Code> having) {
            Counted c = new Counted();
            for (CodedCase coded : cases) {
                List<Code> of = coded.codes();
                if (!of.containsAll(having)) {
                    continue;
                }
                for (CodeKind kind : CodeKind.values()) {
                    c.told[kind.ordinal()] += coded.tells(kind) ? 1 : 0;
                }
                for (Code code : of) {
                    (coded.tells(code.kind()) ? c.with : c.untold).merge(code, 1, Integer::sum);
                }
            }
            return c;
        }

        private Together countTogether(List<Code> codes) {
            return new Together(carryingAll(codes), tellingAll(codes));
        }

        private int carryingAll(List<Code> codes) {
            if (codes.isEmpty()) {
                return cases.size();
            }
            int[][] of = new int[codes.size()][];
            int rarest = 0;
            for (int k = 0; k < codes.size(); k++) {
                of[k] = carriers().getOrDefault(codes.get(k), NONE);
                rarest = of[k].length < of[rarest].length ? k : rarest;
            }
            int n = 0;
            for (int position : of[rarest]) {
                boolean all = true;
                for (int[] with : of) {
                    all &= Arrays.binarySearch(with, position) >= 0;
                }
                n += all ? 1 : 0;
            }
            return n;
        }

        private int tellingAll(List<Code> codes) {
            int kinds = 0;
            for (Code code : codes) {
                kinds |= 1 << code.kind().ordinal();
            }
            return tellingKinds.computeIfAbsent(kinds, k -> {
                int n = 0;
                for (CodedCase coded : cases) {
                    n += coded.tellsAll(k) ? 1 : 0;
                }
                return n;
            });
        }

        private Map<Code, int[]> carriers() {
            if (carriers == null) {
                Map<Code, int[]> found = new HashMap<>();
                for (CodedCase coded : cases) {
                    for (Code code : coded.codes()) {
                        found.computeIfAbsent(code, c -> new int[1])[0]++;
                    }
                }
                carriers = new HashMap<>();
                found.forEach((code, n) -> {
                    carriers.put(code, new int[n[0]]);
                    n[0] = 0;
                });
                for (int i = 0; i < cases.size(); i++) {
                    for (Code code : cases.get(i).codes()) {
                        carriers.get(code)[found.get(code)[0]++] = i;
                    }
                }
            }
            return carriers;
        }
    }

    /** Counts added up part by part, when asked: a population of many days is asked about a few codes. */
    private static final class Sum extends CodeCounts {
        private final List<CodeCounts> plus;
        private final List<CodeCounts> minus;

        Sum(List<CodeCounts> plus, List<CodeCounts> minus) {
            this.plus = List.copyOf(plus);
            this.minus = List.copyOf(minus);
        }

        private int total(ToIntFunction<CodeCounts> count) {
            int n = 0;
            for (CodeCounts p : plus) {
                n += count.applyAsInt(p);
            }
            for (CodeCounts m : minus) {
                n -= count.applyAsInt(m);
            }
            return n;
        }

        @Override
        int with(Code code, List<Code> having) {
            return total(c -> c.with(code, having));
        }

        @Override
        int told(CodeKind kind, List<Code> having) {
            return total(c -> c.told(kind, having));
        }

        @Override
        int carrying(List<Code> codes) {
            return total(c -> c.carrying(codes));
        }

        @Override
        int telling(List<Code> codes) {
            return total(c -> c.telling(codes));
        }

        @Override
        public int size() {
            return total(CodeCounts::size);
        }
    }

    /** A question asked of counts, as a key: what a population answers is kept and moved on by its days' answers. */
    private sealed interface Question {
        int of(CodeCounts counts);
    }

    private record With(Code code, List<Code> having) implements Question {
        @Override
        public int of(CodeCounts counts) {
            return counts.with(code, having);
        }
    }

    private record Told(CodeKind kind, List<Code> having) implements Question {
        @Override
        public int of(CodeCounts counts) {
            return counts.told(kind, having);
        }
    }

    private record Carrying(List<Code> codes) implements Question {
        @Override
        public int of(CodeCounts counts) {
            return counts.carrying(codes);
        }
    }

    private record Telling(List<Code> codes) implements Question {
        @Override
        public int of(CodeCounts counts) {
            return counts.telling(codes);
        }
    }

    /**
     * A population's counts, the sum of its days' counts, kept from one evaluation to the next: when the population
     * moves on by a day, each answer asked since it last moved is moved on by the days that left and came (counts add
     * up), not summed again over six weeks of days. Answers not asked since then are dropped.
     */
    private static final class Running extends CodeCounts {
        private List<Listed> days = List.of();
        private Map<Question, Integer> answers = new HashMap<>();
        private Set<Question> asked = new HashSet<>();

        void moveTo(List<Listed> next) {
            if (same(days, next)) {
                return;
            }
            Set<Listed> before = identities(days);
            Set<Listed> after = identities(next);
            List<Listed> gone = days.stream().filter(d -> !after.contains(d)).toList();
            List<Listed> came = next.stream().filter(d -> !before.contains(d)).toList();
            Map<Question, Integer> moved = new HashMap<>();
            for (Question q : asked) {
                moved.put(q, answers.get(q) + total(came, q) - total(gone, q));
            }
            answers = moved;
            asked = new HashSet<>();
            days = next;
        }

        private static boolean same(List<Listed> a, List<Listed> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) != b.get(i)) {
                    return false;
                }
            }
            return true;
        }

        private static Set<Listed> identities(List<Listed> days) {
            Set<Listed> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(days);
            return set;
        }

        private static int total(List<Listed> parts, Question q) {
            int n = 0;
            for (Listed part : parts) {
                n += q.of(part);
            }
            return n;
        }

        private int answer(Question q) {
            Integer n = answers.get(q);
            if (n == null) {
                n = total(days, q);
                answers.put(q, n);
            }
            asked.add(q);
            return n;
        }

        @Override
        int with(Code code, List<Code> having) {
            return answer(new With(code, List.copyOf(having)));
        }

        @Override
        int told(CodeKind kind, List<Code> having) {
            return answer(new Told(kind, List.copyOf(having)));
        }

        @Override
        int carrying(List<Code> codes) {
            return answer(new Carrying(List.copyOf(codes)));
        }

        @Override
        int telling(List<Code> codes) {
            return answer(new Telling(List.copyOf(codes)));
        }

        @Override
        public int size() {
            int n = 0;
            for (Listed day : days) {
                n += day.size();
            }
            return n;
        }
    }

    /**
     * Counts of populations of cases day by day, each day's kept while its cases stay the same (its stamp): a baseline
     * that moves on by a day counts one new day, not six weeks of cases again, and moves its kept answers on by it.
     */
    public static final class Days {
        private final Map<Object, Population> populations = new HashMap<>();

        /** A population's counts by day, with the stamp of the cases each day's are of, and their sum. */
        private static final class Population {
            final Map<LocalDate, Kept> days = new HashMap<>();
            final Running counts = new Running();
        }

        private record Kept(Object stamp, Listed counts) {}

        /**
         * The counts of a population's cases, given day by day: the sum of their days' counts until the population is
         * asked about again with other days.
         *
         * @param population what the cases are (the baseline's, a target's usual cases), as a key: the same
         *                   population's days and answers are reused from one call to the next, so a key names cases
         *                   that move on a day at a time
         */
        public CodeCounts of(Object population, List<CaseDay> days) {
            Population p = populations.computeIfAbsent(population, k -> new Population());
            List<Listed> parts = new ArrayList<>(days.size());
            for (CaseDay day : days) {
                Kept known = p.days.get(day.day());
                if (known == null || known.stamp() != day.stamp()) {
                    known = new Kept(day.stamp(), new Listed(day.cases().get()));
                    p.days.put(day.day(), known);
                }
                parts.add(known.counts());
            }
            p.counts.moveTo(parts);
            return p.counts;
        }

        /** Forgets the days before {@code day}: no population asked about will hold them again. */
        public void forgetBefore(LocalDate day) {
            populations.values().forEach(p -> p.days.keySet().removeIf(d -> d.isBefore(day)));
            populations.values().removeIf(p -> p.days.isEmpty());
        }
    }
}
