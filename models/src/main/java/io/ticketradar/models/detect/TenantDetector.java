package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CaseDay;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.CodedCase;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.stats.BinomialTail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The emergence detector of one tenant (DOMAIN.md §8; the method and its reasons are in docs/patterns.md).
 *
 * <p>Every evaluation runs each of its tests (a recent window against an earlier baseline) on every target (fault or
 * symptom) alone and within each single context code: how many of the context's cases in the window have the target,
 * against the target's share of that context over the baseline. Whatever moves a whole context (winter, the Spring
 * Festival, a new site, a firmware rolled out to many devices) moves the expectation with it. Significance is the
 * beta-binomial predictive tail, Bonferroni-corrected per level over the tests and the combinations that have enough
 * cases to be significant at all. Each significant combination is then
 * <ol>
 *   <li>checked against confounding: if its cases lie mostly in one more context within which the target is as
 *       common as ever, that context grew, not the target, and it is dropped;</li>
 *   <li>narrowed: a further context code that keeps most of its excess while raising its ratio is added, up to
 *       {@link DetectorSettings#maxContexts()} codes, so the report names the slice where the excess is;</li>
 *   <li>grouped with the others that flag mostly the same cases into one story, told by its fault rather than its
 *       symptoms when both are known, and by the combination holding the most excess.</li>
 * </ol>
 * Feed it cases with {@link #upsert} in any order; evaluate with {@link #evaluate} on non-decreasing days.
 */
public final class TenantDetector {

    private static final Logger LOG = LoggerFactory.getLogger(TenantDetector.class);
    private static final double COVERED = 0.9;
    private static final double SAME_STORY = 0.5;
    /** Significance of a narrowing's split of the target's cases, inside against outside the code. */
    private static final double SEPARATES = 0.05;
    /** Codes of a device within its product, weighed among the target's products only. */
    private static final Set<CodeKind> DEVICE_KINDS = Set.of(CodeKind.FIRMWARE, CodeKind.BATCH, CodeKind.AGE);
    /** A code that nearly all of a target's usual cases carry goes with the target, whatever the pattern. */
    private static final double IMPLIED = 0.95;
    /**
     * Nominal significance, for questions asked of a finding already significant: whether its rise holds within a
     * context (else the context grew, not the target), and whether a narrowing of it is real.
     */
    private static final double NOMINAL = 1e-3;
    /** The share of a finding's excess a narrower code must hold when the excess outside it is not significant. */
    private static final double MOST = 0.67;

    private final DetectorSettings settings;
    private final CaseStore store;
    private final Scorer scorer;
    /** The test whose baseline lies furthest back: the reference a pattern is followed against once detected. */
    private final DetectorSettings.Test reference;

    public TenantDetector(DetectorSettings settings) {
        this.settings = settings;
        this.store = new CaseStore(settings);
        this.scorer = new Scorer(settings);
        this.reference = settings.tests().stream()
                .max(Comparator.comparingInt(DetectorSettings.Test::guardDays).thenComparingInt(t -> -t.windowDays()))
                .orElseThrow();
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
        List<DetectorSettings.Test> ready = settings.tests().stream()
                .filter(t -> store.baselineReady(t.guardDays()))
                .toList();
        if (ready.isEmpty()) {
            return List.of();
        }
        Thresholds thresholds = thresholds();
        List<Finding> findings = screen(ready, thresholds);
        findings.sort(Comparator.comparingDouble(f -> f.evidence().pValue()));
        List<Story> stories = new ArrayList<>();
        for (Finding finding : findings) {
            Set<String> flagged = flagged(finding);
            if (coveredBy(stories, finding, flagged)) {
                continue;
            }
            Finding refined = refine(finding);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "{} finding {} {} -> {}",
                        day,
                        finding.combination().codes(store.book),
                        finding.evidence(),
                        refined == null ? "confounded" : refined.combination().codes(store.book));
            }
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
     * What a combination's target usually holds of its context, from the baseline furthest back: frozen when a
     * pattern is detected, so the pattern is followed against how things were before it, not against a baseline it
     * has since raised.
     */
    public BaselineShare reference(List<Code> codes) {
        Combination c = combination(codes);
        if (c == null) {
            return new BaselineShare(0, 0, 0);
        }
        Tally.Counts counts = Tally.of(c, store, List.of(reference), false).own(store, reference);
        return new BaselineShare(counts.baseObserved(), counts.baseExposure(), prior(c, reference.guardDays()));
    }

    /**
     * The current evidence for a combination against a reference share, significant or not: how a known pattern
     * stands after it stopped being flagged. The strongest of the short recent windows.
     */
    public Detection assess(List<Code> codes, BaselineShare against) {
        Combination c = combination(codes);
        if (c == null) {
            return new Detection(codes, List.of(), reference.windowDays(), 0, 0, 0, 1, List.of(), false);
        }
        Tally tally = Tally.of(c, store, settings.tests(), false);
        Evidence best = null;
        for (int i = 0; i < settings.tests().size(); i++) {
            DetectorSettings.Test test = settings.tests().get(i);
            Tally.Counts counts = tally.own(store, test);
            Evidence e = scorer.evidence(
                    i,
                    test.windowDays(),
                    counts.observed(),
                    counts.exposure(),
                    against.observed(),
                    against.exposure(),
                    against.prior());
            best = e.strongerThan(best) ? e : best;
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

    /** The combination's cases day by day over [from, to], and what the reference share expected of each day. */
    public List<DailyPoint> daily(List<Code> codes, LocalDate from, LocalDate to, BaselineShare against) {
        Combination c = combination(codes);
        List<DailyPoint> points = new ArrayList<>();
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        int[][] counts = c == null
                ? new int[2][(int) (last - first + 1)]
                : store.daily(first, last, c.target(), Scorer.exposureOf(c.target(), store.book), c.contexts());
        int[] observed = counts[0];
        int[] exposure = counts[1];
        double share = scorer.share(against.observed(), against.exposure(), against.prior());
        for (int i = 0; i < observed.length; i++) {
            points.add(new DailyPoint(from.plusDays(i), observed[i], exposure[i] * share));
        }
        return points;
    }

    /** The counted cases of a combination created on the days from..to. */
    public List<CodedCase> cases(List<Code> codes, LocalDate from, LocalDate to) {
        Combination c = combination(codes);
        if (c == null) {
            return List.of();
        }
        return store.countedWith(from.toEpochDay(), to.toEpochDay(), c.codes()).stream()
                .map(sc -> sc.coded)
                .toList();
    }

    /**
     * The counted cases of the reference baseline with a target (all of them for null), day by day: the usual
     * population a pattern's cases are compared with.
     */
    public List<CaseDay> baselineDays(Code target) {
        int t = target == null ? CodeBook.ALL : store.book.find(target);
        CaseStore.Window b = store.baseline(reference.guardDays());
        return t == -1 ? List.of() : store.daysWith(b.from, b.to, t);
    }

    /**
     * Every counted case of a recent window of the detector's tests (any window: the widest, if not one of them), day
     * by day.
     */
    public List<CaseDay> recentDays(int windowDays) {
        CaseStore.Window w = store.recent(windowDays);
        CaseStore.Window window = w != null ? w : store.widest();
        return store.daysWith(window.from, window.to, CodeBook.ALL);
    }

    /** A stored case by id, or null. */
    public CodedCase caseOf(String caseId) {
        StoredCase sc = store.get(caseId);
        return sc == null ? null : sc.coded;
    }

    private record Thresholds(double single, double pair) {
        double of(int level) {
            return level == 1 ? single : pair;
        }
    }

    /**
     * Bonferroni per level (a target alone, a target in one context) over the tests and the combinations with enough
     * cases in the widest window to be significant at all.
     */
    private Thresholds thresholds() {
        int[] family = new int[3];
        LongIntMap widest = store.widest().counts;
        widest.forEachKey(key -> {
            int context = StoredCase.context(key);
            if (StoredCase.target(key) > 0
                    && !store.book.isMarker(context)
                    && widest.get(key) >= settings.minSupport()) {
                family[context == CodeBook.ALL ? 1 : 2]++;
            }
        });
        double perLevel = settings.alpha() / 2 / settings.tests().size();
        return new Thresholds(perLevel / Math.max(1, family[1]), perLevel / Math.max(1, family[2]));
    }

    private List<Finding> screen(List<DetectorSettings.Test> ready, Thresholds thresholds) {
        LongIntMap widest = store.widest().counts;
        List<Finding> findings = new ArrayList<>();
        widest.forEachKey(key -> {
            int target = StoredCase.target(key);
            int context = StoredCase.context(key);
            if (target <= 0 || store.book.isMarker(context) || widest.get(key) < settings.minSupport()) {
                return;
            }
            int exposure = Scorer.exposureOf(target, store.book);
            long exposureKey = StoredCase.key(exposure, context);
            Combination c = Combination.of(target, context);
            Evidence best = null;
            for (DetectorSettings.Test test : ready) {
                LongIntMap recent = store.recent(test.windowDays()).counts;
                int observed = recent.get(key);
                if (observed < settings.minSupport()) {
                    continue;
                }
                LongIntMap baseline = store.baseline(test.guardDays()).counts;
                Evidence e = scorer.evidence(
                        settings.tests().indexOf(test),
                        test.windowDays(),
                        observed,
                        recent.get(exposureKey),
                        baseline.get(key),
                        baseline.get(exposureKey),
                        prior(c, test.guardDays()));
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
    private double prior(Combination c, int guardDays) {
        LongIntMap baseline = store.baseline(guardDays).counts;
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

    private DetectorSettings.Test testOf(Finding f) {
        return settings.tests().get(f.evidence().test());
    }

    private Evidence evidence(Finding f, Tally.Counts counts, Combination c) {
        DetectorSettings.Test test = testOf(f);
        double prior = Math.max(prior(f.combination(), test.guardDays()), prior(c, test.guardDays()));
        return scorer.evidence(
                f.evidence().test(),
                test.windowDays(),
                counts.observed(),
                counts.exposure(),
                counts.baseObserved(),
                counts.baseExposure(),
                prior);
    }

    private Finding refine(Finding finding) {
        Finding current = finding;
        boolean first = true;
        while (current.combination().contexts().length < settings.maxContexts()) {
            Tally tally = Tally.of(current.combination(), store, List.of(testOf(current)), true);
            if (first && confounded(current, tally)) {
                return null;
            }
            first = false;
            Finding narrower = narrowest(current, tally);
            if (narrower == null) {
                break;
            }
            current = narrower;
        }
        return current == finding ? current : withoutImplied(current);
    }

    /**
     * The finding without a context code that its other contexts nearly always come with ({@value #IMPLIED} of their
     * cases, recent and baseline): a batch's devices are all of one age, so once the batch is named the age, found
     * first, adds nothing.
     */
    private Finding withoutImplied(Finding f) {
        DetectorSettings.Test test = testOf(f);
        Finding current = f;
        for (int context : f.combination().contexts()) {
            if (current.combination().contexts().length < 2) {
                break;
            }
            Combination rest = current.combination().without(context);
            Tally tally = Tally.of(rest, store, List.of(test), true);
            Tally.Counts in = tally.narrowed(context, store, test);
            Tally.Counts known = tally.known(store.book.kind(context), rest, store, test);
            int all = known.exposure() + known.baseExposure();
            if (all >= settings.minSupport() && in.exposure() + in.baseExposure() >= IMPLIED * all) {
                current = new Finding(rest, evidence(current, tally.own(store, test), rest));
            }
        }
        return current;
    }

    /**
     * True when the finding's cases lie mostly ({@link DetectorSettings#explainShare()} of those that tell the kind)
     * in one more context code within which the target is no more common than usual (not even at a nominal p of
     * {@value #NOMINAL}): the context grew (winter brought more cold-weather tickets, a new site opened), not
     * the target. Codes learned from repairs are consequences of a failure, not exposures to it, and are no contexts.
     */
    private boolean confounded(Finding f, Tally tally) {
        DetectorSettings.Test test = testOf(f);
        for (int code : tally.extensions()) {
            Combination inside = f.combination().with(code, store.book);
            if (inside.equals(f.combination())) {
                continue;
            }
            Tally.Counts in = tally.narrowed(code, store, test);
            Tally.Counts known = tally.known(store.book.kind(code), f.combination(), store, test);
            if (in.observed() < settings.explainShare() * known.observed()) {
                continue;
            }
            Evidence within = evidence(f, in, inside);
            if (!scorer.notable(within) || within.pValue() > NOMINAL) {
                LOG.debug(
                        "{} is confounded by {}: {}", f.combination().codes(store.book), store.book.code(code), within);
                return true;
            }
        }
        return false;
    }

    /**
     * The narrowest further context code that holds the excess: it keeps most of it (of the finding's cases that tell
     * the code's kind: {@link DetectorSettings#explainShare()} of its excess or of its cases; failing any such code,
     * {@value #MOST} of its excess with no significant excess left outside), and separates it, the
     * target's cases lying inside the code significantly more than the code's share of the other cases would have it
     * ({@value #SEPARATES} by the binomial split). A code that merely goes with the pattern's context (most cold days
     * are in the north-east) keeps the excess too, but does not separate it. A device's firmware or batch is weighed
     * among the devices the target strikes at all (its models), not against every product: a fault of one product is
     * not separated by its firmware because other products run other firmware.
     */
    private Finding narrowest(Finding f, Tally tally) {
        DetectorSettings.Test test = testOf(f);
        Finding best = null;
        int bestTier = Integer.MAX_VALUE;
        double bestExposure = Double.MAX_VALUE;
        for (int code : tally.extensions()) {
            Combination narrower = f.combination().with(code, store.book);
            Tally.Counts in = tally.narrowed(code, store, test);
            if (narrower.equals(f.combination()) || in.observed() < settings.minSupport()) {
                continue;
            }
            CodeKind kind = store.book.kind(code);
            Tally.Counts known = tally.known(kind, f.combination(), store, test);
            if (alwaysWith(f.combination().target(), code, in, known, test)) {
                continue; // a fault of one model only: its model narrows nothing
            }
            Evidence inside = evidence(f, in, narrower);
            Evidence all = evidence(f, known, f.combination());
            // The excess, or the cases: within a narrower context the usual share can be much higher (a fault common
            // on the one product that runs the firmware), so its excess there is smaller though every case is in it.
            boolean holdsAll = inside.excess() >= settings.explainShare() * all.excess()
                    || inside.observed() >= settings.explainShare() * all.observed();
            // Or most of the excess, when what lies outside is no more than chance would leave there, in all and in
            // any other code of the kind (a pattern of two regions is not one of them): with a few dozen cases a
            // fixed share is noisy. Only where no code holds it all: that one says more.
            boolean holdsMost = !holdsAll
                    && inside.excess() >= MOST * all.excess()
                    && evidence(f, known.minus(in), f.combination()).pValue() > NOMINAL
                    && !excessElsewhere(f, tally, test, code);
            int tier = holdsAll ? 0 : holdsMost ? 1 : Integer.MAX_VALUE;
            Tally.Counts among = DEVICE_KINDS.contains(kind) ? targetModels(f, tally, test, known) : known;
            boolean separates = separates(in, among);
            double share = (double) in.exposure() / Math.max(1, known.exposure());
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "narrowing {} by {}: inside {}, all {}, holds all {} / most {}, separates {}, share {}",
                        f.combination().codes(store.book),
                        store.book.code(code),
                        inside,
                        all,
                        holdsAll,
                        holdsMost,
                        separates,
                        share);
            }
            if (scorer.notable(inside)
                    && tier != Integer.MAX_VALUE
                    && separates
                    && inside.pValue() <= NOMINAL
                    && (tier < bestTier || (tier == bestTier && share < bestExposure))) {
                best = new Finding(narrower, inside);
                bestTier = tier;
                bestExposure = share;
            }
        }
        return best;
    }

    /** Whether another code of the same kind as {@code code} holds a significant excess of the finding's target. */
    private boolean excessElsewhere(Finding f, Tally tally, DetectorSettings.Test test, int code) {
        CodeKind kind = store.book.kind(code);
        for (int other : tally.extensions()) {
            if (other == code || store.book.kind(other) != kind) {
                continue;
            }
            Evidence there = evidence(
                    f, tally.narrowed(other, store, test), f.combination().with(other, store.book));
            if (scorer.notable(there) && there.pValue() <= NOMINAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the target nearly always comes with the code ({@value #IMPLIED} of its baseline cases that tell the
     * code's kind): within the finding's contexts, or overall where those hold too few of its cases (a fault new to a
     * region is still a fault of one model).
     */
    private boolean alwaysWith(int target, int code, Tally.Counts in, Tally.Counts known, DetectorSettings.Test test) {
        if (known.baseObserved() >= settings.minSupport()) {
            return in.baseObserved() >= IMPLIED * known.baseObserved();
        }
        int marker = store.book.find(CodeBook.knownMarker(store.book.kind(code)));
        LongIntMap baseline = store.baseline(test.guardDays()).counts;
        int all = marker < 0 ? 0 : baseline.get(StoredCase.key(target, marker));
        return all >= settings.minSupport() && baseline.get(StoredCase.key(target, code)) >= IMPLIED * all;
    }

    /**
     * Whether the target's recent cases fall inside the code more than its other cases do: of the target's cases in
     * {@code among}, those inside, against the share of the non-target cases that are inside.
     */
    private static boolean separates(Tally.Counts in, Tally.Counts among) {
        int targetOutside = among.observed() - in.observed();
        int othersInside = in.exposure() - in.observed();
        int othersOutside = among.exposure() - among.observed() - othersInside;
        if (targetOutside < 0 || othersOutside < 0 || othersInside + othersOutside == 0) {
            return targetOutside <= 0;
        }
        double share = (othersInside + 0.5) / (othersInside + othersOutside + 1.0);
        return BinomialTail.atLeast(in.observed(), in.observed() + targetOutside, share) <= SEPARATES;
    }

    /**
     * The finding's counts among the devices of the models its target strikes (those with any of its cases), unless
     * the combination names a model already.
     */
    private Tally.Counts targetModels(Finding f, Tally tally, DetectorSettings.Test test, Tally.Counts known) {
        for (int context : f.combination().contexts()) {
            if (store.book.kind(context) == CodeKind.MODEL) {
                return known;
            }
        }
        Tally.Counts sum = new Tally.Counts(0, 0, 0, 0);
        for (int code : tally.extensions()) {
            if (store.book.kind(code) == CodeKind.MODEL) {
                Tally.Counts model = tally.narrowed(code, store, test);
                if (model.observed() + model.baseObserved() > 0) {
                    sum = sum.plus(model);
                }
            }
        }
        return sum.exposure() == 0 ? known : sum;
    }

    /** The counted cases of a finding's combination in its test's recent window. */
    private Set<String> flagged(Finding f) {
        CaseStore.Window w = store.recent(f.evidence().windowDays());
        Combination c = f.combination();
        Set<String> ids = new LinkedHashSet<>();
        for (StoredCase sc : store.countedWith(w.from, w.to, c.codes())) {
            ids.add(sc.source.caseId());
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
