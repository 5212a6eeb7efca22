package io.ticketradar.models.detect;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.stats.NegativeBinomialTail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The emergence detector of one tenant (DOMAIN.md §8; the method and its reasons are in docs/patterns.md).
 *
 * <p>Every evaluation tests, in each recent window, every target (fault or symptom) alone and within each single
 * context code, against the target's share of that context over the baseline: the expected count is the context's
 * cases in the window times that share, so whatever moves a whole context (winter, the Spring Festival, a new site,
 * a firmware rolled out to many devices) moves the expectation with it. Significance is the negative binomial
 * predictive tail, Bonferroni-corrected per level over the combinations that have enough cases to be significant at
 * all. Each significant combination is then
 * <ol>
 *   <li>checked against confounding: if stratifying by one more context code explains its excess (the target is only
 *       as common as ever within a context that grew), it is dropped;</li>
 *   <li>narrowed: a further context code that keeps most of its excess while raising its ratio is added, up to
 *       {@link DetectorSettings#maxContexts()} codes, so the report names the slice where the excess is;</li>
 *   <li>grouped with the others that flag mostly the same cases into one story, told by its fault rather than its
 *       symptoms when both are known, and by the broadest combination holding the most excess.</li>
 * </ol>
 * Feed it cases with {@link #upsert} in any order; evaluate with {@link #evaluate} on non-decreasing days.
 */
public final class TenantDetector {

    private static final double COVERED = 0.9;
    private static final double SAME_STORY = 0.5;
    private static final double NARROWING_GAIN = 1.1;

    private final DetectorSettings settings;
    private final CaseStore store;
    private final Scorer scorer;

    public TenantDetector(DetectorSettings settings) {
        this.settings = settings;
        this.store = new CaseStore(settings);
        this.scorer = new Scorer(settings);
    }

    /** Adds a case or replaces its earlier version. */
    public void upsert(FailureCase c) {
        store.upsert(c);
    }

    public int cases() {
        return store.size();
    }

    /** The stories that are significant with the data up to now, the evaluation day being {@code day}. */
    public List<Detection> evaluate(LocalDate day) {
        store.rollTo(day.toEpochDay());
        Thresholds thresholds = thresholds();
        List<Finding> findings = screen(thresholds);
        findings.sort(Comparator.comparingDouble(f -> f.evidence().pValue()));
        List<Story> stories = new ArrayList<>();
        for (Finding finding : findings) {
            Set<String> flagged = flagged(finding);
            if (coveredBy(stories, finding, flagged)) {
                continue;
            }
            Finding refined = refine(finding, thresholds);
            if (refined == null) {
                continue;
            }
            Story story = new Story(refined, refined == finding ? flagged : flagged(refined));
            Story joined =
                    stories.stream().filter(s -> s.overlaps(story)).findFirst().orElse(null);
            if (joined == null) {
                stories.add(story);
            } else {
                joined.absorb(story, store.book);
            }
        }
        return stories.stream().map(s -> s.detection(store.book)).toList();
    }

    /**
     * The current evidence for a combination, significant or not (a known pattern is followed after it stops being
     * significant): its strongest recent window.
     */
    public Detection assess(List<Code> codes) {
        Combination c = combination(codes);
        if (c == null) {
            return new Detection(codes, List.of(), settings.recentWindows().getLast(), 0, 0, 0, 1, List.of(), false);
        }
        Tally tally = Tally.of(c, store, false);
        Evidence best = null;
        int window = 0;
        int bi = tally.own.length - 1;
        double prior = prior(c);
        for (int days : settings.recentWindows()) {
            Evidence e = scorer.evidence(
                    days,
                    tally.observed(window),
                    tally.exposure(window),
                    tally.observed(bi),
                    tally.exposure(bi),
                    prior);
            best = e.strongerThan(best) ? e : best;
            window++;
        }
        Finding f = new Finding(c, best);
        return new Detection(
                codes,
                List.of(),
                best.windowDays(),
                best.observed(),
                best.exposure(),
                best.expected(),
                best.pValue(),
                List.copyOf(flagged(f)),
                false);
    }

    /** The combination's cases day by day over [from, to], and what its baseline share expected of each day. */
    public List<DailyPoint> daily(List<Code> codes, LocalDate from, LocalDate to) {
        Combination c = combination(codes);
        List<DailyPoint> points = new ArrayList<>();
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        int[] observed = new int[(int) (last - first + 1)];
        int[] exposure = new int[observed.length];
        if (c != null) {
            boolean diagnosedOnly = Scorer.exposureOf(c.target(), store.book) == StoredCase.DIAGNOSED_EXPOSURE;
            for (StoredCase sc : store.casesBetween(first, last)) {
                if (sc.counted() && (!diagnosedOnly || sc.source.diagnosed()) && sc.hasContexts(c.contexts())) {
                    int i = (int) (sc.day - first);
                    exposure[i]++;
                    observed[i] += sc.hasTarget(c.target()) ? 1 : 0;
                }
            }
        }
        double share = c == null ? 0 : baselineShare(c);
        for (int i = 0; i < observed.length; i++) {
            points.add(new DailyPoint(from.plusDays(i), observed[i], exposure[i] * share));
        }
        return points;
    }

    /** The counted cases of a combination created on the days from..to. */
    public List<FailureCase> cases(List<Code> codes, LocalDate from, LocalDate to) {
        Combination c = combination(codes);
        if (c == null) {
            return List.of();
        }
        return store.casesBetween(from.toEpochDay(), to.toEpochDay()).stream()
                .filter(sc -> sc.counted() && sc.hasTarget(c.target()) && sc.hasContexts(c.contexts()))
                .map(sc -> sc.source)
                .toList();
    }

    /**
     * The counted cases of the baseline with a target (all of them for null): the usual population a pattern's
     * cases are compared with.
     */
    public List<FailureCase> baselineCases(Code target) {
        int t = target == null ? -1 : store.book.find(target);
        CaseStore.Window b = store.baseline();
        return store.casesBetween(b.from, b.to).stream()
                .filter(sc -> sc.counted() && (target == null || sc.hasTarget(t)))
                .map(sc -> sc.source)
                .toList();
    }

    /** A stored case by id, or null. */
    public FailureCase caseOf(String caseId) {
        StoredCase sc = store.get(caseId);
        return sc == null ? null : sc.source;
    }

    /** The day windows last moved to, or null before the first evaluation. */
    public LocalDate evaluationDay() {
        return store.day() == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(store.day());
    }

    private record Thresholds(double single, double pair, double narrowed) {
        double of(int level) {
            return level == 1 ? single : level == 2 ? pair : narrowed;
        }
    }

    /** Bonferroni per level over the combinations with enough cases in the widest window to be significant. */
    private Thresholds thresholds() {
        int[] family = new int[3];
        store.widest().counts.forEachKey(key -> {
            if (StoredCase.target(key) > 0 && store.widest().counts.get(key) >= settings.minSupport()) {
                family[StoredCase.context(key) == CodeBook.ALL ? 1 : 2]++;
            }
        });
        double perLevel = settings.alpha() / 3 / settings.recentWindows().size();
        double pair = perLevel / Math.max(1, family[2]);
        return new Thresholds(perLevel / Math.max(1, family[1]), pair, pair);
    }

    private List<Finding> screen(Thresholds thresholds) {
        LongIntMap widest = store.widest().counts;
        LongIntMap baseline = store.baseline().counts;
        List<Finding> findings = new ArrayList<>();
        widest.forEachKey(key -> {
            int target = StoredCase.target(key);
            if (target <= 0 || widest.get(key) < settings.minSupport()) {
                return;
            }
            int context = StoredCase.context(key);
            int exposure = Scorer.exposureOf(target, store.book);
            Combination c = Combination.of(target, context);
            double prior = prior(c);
            int b = baseline.get(key);
            int n = baseline.get(StoredCase.key(exposure, context));
            Evidence best = null;
            for (Map.Entry<Integer, CaseStore.Window> w : store.recentWindows().entrySet()) {
                LongIntMap counts = w.getValue().counts;
                int observed = counts.get(key);
                if (observed < settings.minSupport()) {
                    continue;
                }
                Evidence e = scorer.evidence(
                        w.getKey(), observed, counts.get(StoredCase.key(exposure, context)), b, n, prior);
                if (scorer.notable(e) && e.pValue() <= thresholds.of(c.level()) && e.strongerThan(best)) {
                    best = e;
                }
            }
            if (best != null) {
                findings.add(new Finding(c, best));
            }
        });
        return findings;
    }

    /**
     * The share a combination is expected to hold of its context when the context has little history of its own:
     * the largest of the target's share of all cases and of each of its context codes and their broader contexts.
     */
    private double prior(Combination c) {
        LongIntMap baseline = store.baseline().counts;
        int exposure = Scorer.exposureOf(c.target(), store.book);
        double all = Scorer.shareOfAll(baseline, c.target(), exposure);
        double prior = all;
        for (int context : c.contexts()) {
            for (int k = context; k != CodeBook.ALL; k = store.book.parent(k)) {
                prior = Math.max(prior, Scorer.shareIn(baseline, c.target(), exposure, k, all));
            }
        }
        return prior;
    }

    private double baselineShare(Combination c) {
        Tally tally = Tally.of(c, store, false);
        int bi = tally.own.length - 1;
        double m = settings.priorExposure();
        return (tally.observed(bi) + m * prior(c)) / (tally.exposure(bi) + m);
    }

    private Finding refine(Finding finding, Thresholds thresholds) {
        Finding current = finding;
        boolean first = true;
        while (current.combination().contexts().length < settings.maxContexts()) {
            Tally tally = Tally.of(current.combination(), store, true);
            int wi = settings.recentWindows().indexOf(current.evidence().windowDays());
            if (first && confounded(current, tally, wi, thresholds)) {
                return null;
            }
            first = false;
            Finding narrower = narrowest(current, tally, wi, thresholds);
            if (narrower == null) {
                break;
            }
            current = narrower;
        }
        return current;
    }

    /**
     * True when one more context code explains the finding's excess: with the expectation taken separately inside
     * and outside that code's cases, the count is no longer significant. Codes learned only from repairs (photos)
     * are consequences of a failure, not exposures to it, and are not used.
     */
    private boolean confounded(Finding f, Tally tally, int wi, Thresholds thresholds) {
        int bi = tally.own.length - 1;
        Evidence e = f.evidence();
        double prior = prior(f.combination());
        for (Map.Entry<Integer, int[][]> entry : tally.narrowed.entrySet()) {
            Combination inside = f.combination().with(entry.getKey(), store.book);
            if (store.book.kind(entry.getKey()).fromRepairs() || inside.equals(f.combination())) {
                continue;
            }
            int[][] in = entry.getValue();
            double inPrior = Math.max(prior, prior(inside));
            double expectedIn = scorer.evidence(e.windowDays(), in[wi][0], in[wi][1], in[bi][0], in[bi][1], inPrior)
                    .expected();
            double expectedOut = scorer.evidence(
                            e.windowDays(),
                            tally.observed(wi) - in[wi][0],
                            tally.exposure(wi) - in[wi][1],
                            tally.observed(bi) - in[bi][0],
                            tally.exposure(bi) - in[bi][1],
                            prior)
                    .expected();
            double stratified = expectedIn + expectedOut;
            if (stratified <= e.expected()) {
                continue;
            }
            double shape = tally.observed(bi) + settings.priorExposure() * prior;
            double rate = e.exposure() * shape / stratified;
            double p = NegativeBinomialTail.countAtLeast(e.observed(), e.exposure(), shape, rate);
            Evidence strat = new Evidence(e.windowDays(), e.observed(), e.exposure(), stratified, p);
            if (!scorer.notable(strat) || p > thresholds.of(f.combination().level())) {
                return true;
            }
        }
        return false;
    }

    /** The narrowing that keeps most of the excess and raises the ratio most, if any is significant. */
    private Finding narrowest(Finding f, Tally tally, int wi, Thresholds thresholds) {
        int bi = tally.own.length - 1;
        Evidence e = f.evidence();
        Finding best = null;
        for (Map.Entry<Integer, int[][]> entry : tally.narrowed.entrySet()) {
            int[][] n = entry.getValue();
            if (n[wi][0] < settings.minSupport()) {
                continue;
            }
            Combination narrower = f.combination().with(entry.getKey(), store.book);
            if (narrower.equals(f.combination())) {
                continue;
            }
            double prior = Math.max(prior(f.combination()), prior(narrower));
            Evidence ne = scorer.evidence(e.windowDays(), n[wi][0], n[wi][1], n[bi][0], n[bi][1], prior);
            boolean keepsExcess = ne.excess() >= settings.explainShare() * e.excess();
            boolean sharper = ne.ratio() >= NARROWING_GAIN * e.ratio();
            if (scorer.notable(ne)
                    && keepsExcess
                    && sharper
                    && ne.pValue() <= thresholds.of(narrower.level())
                    && (best == null || ne.ratio() > best.evidence().ratio())) {
                best = new Finding(narrower, ne);
            }
        }
        return best;
    }

    /** The counted cases of a finding's combination in its window. */
    private Set<String> flagged(Finding f) {
        CaseStore.Window w = store.recentWindows().get(f.evidence().windowDays());
        Combination c = f.combination();
        Set<String> ids = new LinkedHashSet<>();
        for (StoredCase sc : store.casesBetween(w.from, w.to)) {
            if (sc.counted() && sc.hasTarget(c.target()) && sc.hasContexts(c.contexts())) {
                ids.add(sc.source.caseId());
            }
        }
        return ids;
    }

    private static boolean coveredBy(List<Story> stories, Finding f, Set<String> flagged) {
        for (Story s : stories) {
            if (s.hasTarget(f.combination().target()) && s.share(flagged) >= COVERED) {
                s.alsoSeenAs(f.combination());
                return true;
            }
        }
        return false;
    }

    private Combination combination(List<Code> codes) {
        int target = store.book.find(codes.getFirst());
        if (target < 0) {
            return null;
        }
        int[] contexts = new int[codes.size() - 1];
        for (int i = 1; i < codes.size(); i++) {
            contexts[i - 1] = store.book.find(codes.get(i));
            if (contexts[i - 1] < 0) {
                return null;
            }
        }
        return new Combination(target, contexts);
    }

    /** Findings that flag mostly the same cases, told by one representative. */
    private static final class Story {
        private Finding representative;
        private Set<String> flagged;
        private final Set<Combination> combinations = new LinkedHashSet<>();
        private final Set<Integer> targets = new HashSet<>();

        Story(Finding f, Set<String> flagged) {
            this.representative = f;
            this.flagged = flagged;
            combinations.add(f.combination());
            targets.add(f.combination().target());
        }

        boolean hasTarget(int target) {
            return targets.contains(target);
        }

        void alsoSeenAs(Combination c) {
            combinations.add(c);
        }

        /** The share of {@code ids} this story already flags. */
        double share(Set<String> ids) {
            if (ids.isEmpty()) {
                return 1;
            }
            long in = ids.stream().filter(flagged::contains).count();
            return (double) in / ids.size();
        }

        boolean overlaps(Story other) {
            long in = other.flagged.stream().filter(flagged::contains).count();
            return in >= SAME_STORY * Math.min(flagged.size(), other.flagged.size());
        }

        /** Takes in another story; a fault tells it better than a symptom, then the larger excess. */
        void absorb(Story other, CodeBook book) {
            combinations.addAll(other.combinations);
            targets.addAll(other.targets);
            if (better(other.representative, representative, book)) {
                representative = other.representative;
                flagged = other.flagged;
            }
        }

        private static boolean better(Finding a, Finding b, CodeBook book) {
            boolean aFault = book.kind(a.combination().target()) == CodeKind.FAULT;
            boolean bFault = book.kind(b.combination().target()) == CodeKind.FAULT;
            if (aFault != bFault) {
                return aFault;
            }
            return a.evidence().excess() > b.evidence().excess();
        }

        Detection detection(CodeBook book) {
            Evidence e = representative.evidence();
            List<List<Code>> also = combinations.stream()
                    .filter(c -> !c.equals(representative.combination()))
                    .map(c -> c.codes(book))
                    .toList();
            return new Detection(
                    representative.combination().codes(book),
                    also,
                    e.windowDays(),
                    e.observed(),
                    e.exposure(),
                    e.expected(),
                    e.pValue(),
                    List.copyOf(flagged),
                    true);
        }
    }
}
