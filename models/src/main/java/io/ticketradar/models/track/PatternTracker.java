package io.ticketradar.models.track;

import io.ticketradar.models.cases.CaseDay;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.cases.CodedCase;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.detect.DailyPoint;
import io.ticketradar.models.detect.Detection;
import io.ticketradar.models.detect.TenantDetector;
import io.ticketradar.models.explain.Characteristics;
import io.ticketradar.models.explain.CoOccurrence;
import io.ticketradar.models.explain.CoOccurring;
import io.ticketradar.models.explain.CodeCounts;
import io.ticketradar.models.explain.CodeLabels;
import io.ticketradar.models.explain.DispatchHints;
import io.ticketradar.models.explain.OpportunityRule;
import io.ticketradar.models.explain.PatternText;
import io.ticketradar.models.stats.ChangePoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Gives a tenant's detections an identity over time (DOMAIN.md §8): a detection that names the same combination, or
 * flags mostly the same cases, as an open pattern continues it (a symptom burst that turns out to be one fault keeps
 * its id); otherwise it is a new pattern, detected on the evaluation's day and never back-dated. Patterns not flagged
 * any more fade after {@value #FADING_AFTER_DAYS} days and resolve after {@value #RESOLVED_AFTER_DAYS}. Each
 * evaluation describes the patterns it touched (co-occurring codes, daily series, onset, hints, words) and returns
 * those that changed.
 */
public final class PatternTracker {

    static final int FADING_AFTER_DAYS = 3;
    static final int RESOLVED_AFTER_DAYS = 14;
    static final int SERIES_DAYS = 56;
    static final int SETTLED_AFTER_DAYS = 7;
    private static final double SAME_PATTERN = 0.3;
    /** A pattern no longer flagged is still there while it stays this far above how things were before it. */
    private static final double PERSISTS_P = 1e-3;

    private static final double PERSISTS_RATIO = 1.5;
    private static final int EXAMPLES = 10;
    private static final int MIN_USUAL_CASES = 20;
    private static final int FLAGGED_KEPT = 500;
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /**
     * Populations counted day by day (besides each target's usual cases): every case of the baseline, of a recent
     * window, and a model's cases of the baseline. Each key names cases that move on a day at a time.
     */
    private static final String BASELINE = "baseline";

    private static final String RECENT = "recent";
    private static final String MODEL = "model";

    private final String tenantId;
    private final PatternText text;
    private final Map<String, PatternState> patterns = new LinkedHashMap<>();
    /** The recent days' cases counted by code, shared by every pattern described and reused from day to day. */
    private final CodeCounts.Days counted = new CodeCounts.Days();
    /** What the patterns described in the current evaluation are compared with. */
    private Compared compared;

    public PatternTracker(String tenantId, CodeLabels labels) {
        this.tenantId = tenantId;
        this.text = new PatternText(labels);
    }

    /** Restores the patterns of an earlier tracker (Flink state). */
    public PatternTracker(String tenantId, CodeLabels labels, List<PatternState> restored) {
        this(tenantId, labels);
        restored.forEach(p -> patterns.put(p.patternId, p));
    }

    public List<PatternState> state() {
        return List.copyOf(patterns.values());
    }

    public List<FailurePattern> patterns() {
        return patterns.values().stream()
                .map(p -> p.last)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Takes in one evaluation's detections and returns the patterns it changed.
     *
     * @param at  the evaluation's event time (the version of the rows it writes)
     * @param day the evaluation's day in the tenant's zone
     */
    public List<PatternChange> update(Instant at, LocalDate day, List<Detection> detections, TenantDetector detector) {
        List<PatternChange> changes = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        compared = new Compared(detector);
        List<Detection> ordered = new ArrayList<>(detections);
        ordered.sort(Comparator.comparingInt(Detection::observed).reversed());
        for (Detection d : ordered) {
            PatternState p = match(d, touched);
            boolean isNew = p == null;
            if (isNew) {
                p = PatternState.detected(newId(d, day), day);
                patterns.put(p.patternId, p);
            }
            touched.add(p.patternId);
            p.flagged(day, d, FLAGGED_KEPT);
            describe(p, d, at, day, detector, isNew).ifPresent(changes::add);
        }
        for (PatternState p : patterns.values()) {
            if (touched.contains(p.patternId) || p.status == PatternStatus.RESOLVED) {
                continue;
            }
            Detection now = detector.assess(p.combinationCodes(), p.reference);
            if (persists(now)) {
                p.flagged(day, now, FLAGGED_KEPT);
            }
            long quiet = ChronoUnit.DAYS.between(p.lastFlaggedOn, day);
            PatternStatus next = p.status == PatternStatus.DISMISSED
                    ? PatternStatus.DISMISSED
                    : quiet >= RESOLVED_AFTER_DAYS
                            ? PatternStatus.RESOLVED
                            : quiet >= FADING_AFTER_DAYS ? PatternStatus.FADING : p.status;
            if (next != p.status || !day.equals(p.describedOn)) {
                p.status = next;
                describe(p, now, at, day, detector, false).ifPresent(changes::add);
            }
        }
        return changes;
    }

    /** A person's decision on a pattern; returns the pattern as it now reads, or null for an unknown id. */
    public PatternChange feedback(String patternId, boolean dismissed, String reason, Boolean opportunity, Instant at) {
        PatternState p = patterns.get(patternId);
        if (p == null || p.last == null) {
            return null;
        }
        PatternStatus before = p.last.status();
        p.dismissed = dismissed;
        p.dismissReason = reason;
        p.opportunityOverride = opportunity;
        if (dismissed) {
            p.status = PatternStatus.DISMISSED;
        } else if (p.status == PatternStatus.DISMISSED) {
            p.status = PatternStatus.ACTIVE;
        }
        FailurePattern last = p.last;
        boolean opportune = opportunity != null ? opportunity : p.ruleOpportunity;
        long version = Math.max(at.toEpochMilli(), last.version() + 1);
        p.last = new FailurePattern(
                last.tenantId(),
                last.patternId(),
                p.status,
                last.detectedOn(),
                last.onsetEstimate(),
                last.lastFlaggedOn(),
                at,
                last.definingCodes(),
                last.observed(),
                last.expected(),
                last.ratio(),
                last.pValue(),
                last.windowDays(),
                last.support(),
                last.coOccurring(),
                last.titleZh(),
                last.titleEn(),
                last.descriptionZh(),
                last.descriptionEn(),
                last.exampleTickets(),
                last.daily(),
                last.hints(),
                opportune,
                opportune ? p.opportunityReason() : "",
                version);
        return new PatternChange(p.last, false, before != p.status, false, false);
    }

    private static boolean persists(Detection now) {
        return now.pValue() <= PERSISTS_P && now.ratio() >= PERSISTS_RATIO;
    }

    private PatternState match(Detection d, Set<String> taken) {
        List<String> codes = texts(d.codes());
        PatternState best = null;
        double bestScore = SAME_PATTERN;
        for (PatternState p : patterns.values()) {
            if (taken.contains(p.patternId) || p.status == PatternStatus.RESOLVED) {
                continue;
            }
            double score = p.combination.equals(codes) ? 1.0 : p.overlap(d.flaggedCaseIds());
            if (score >= bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    private String newId(Detection d, LocalDate day) {
        String key = tenantId + "|" + String.join("|", texts(d.codes())) + "|" + day;
        return "P-" + ID_DAY.format(day) + "-" + String.format("%08x", key.hashCode());
    }

    /** Describes a pattern afresh from its latest evidence; the change, if anything but the time changed. */
    private Optional<PatternChange> describe(
            PatternState p, Detection d, Instant at, LocalDate day, TenantDetector detector, boolean isNew) {
        boolean redefined = d.significant() && !p.combination.equals(texts(d.codes())) && adopt(p, d, detector);
        if (redefined) {
            p.combination = texts(d.codes());
            p.reference = detector.reference(d.codes());
        }
        FailurePattern before = p.last;
        boolean full = redefined || before == null || before.status() != p.status || !day.equals(p.describedOn);
        FailurePattern next = full ? describeFully(p, d, at, day, detector) : refigured(before, p, d, at);
        if (before != null && before.equals(next.at(before.evaluatedAt(), before.version()))) {
            return Optional.empty();
        }
        p.last = next;
        boolean statusChanged = before != null && before.status() != next.status();
        boolean definitionChanged = before != null && !before.definingCodes().equals(next.definingCodes());
        boolean hintsChanged = before == null || !before.hints().equals(next.hints());
        return Optional.of(new PatternChange(next, isNew, statusChanged, definitionChanged, hintsChanged));
    }

    /**
     * The pattern with a new evaluation's figures and nothing else recomputed: its description, co-occurring codes
     * and series are renewed once a day, or when its definition or status changes.
     */
    private static FailurePattern refigured(FailurePattern last, PatternState p, Detection d, Instant at) {
        return new FailurePattern(
                last.tenantId(),
                last.patternId(),
                p.status,
                last.detectedOn(),
                last.onsetEstimate(),
                p.lastFlaggedOn,
                at,
                last.definingCodes(),
                d.observed(),
                round(d.expected()),
                round(d.ratio()),
                d.pValue(),
                d.windowDays(),
                last.support(),
                last.coOccurring(),
                last.titleZh(),
                last.titleEn(),
                last.descriptionZh(),
                last.descriptionEn(),
                last.exampleTickets(),
                last.daily(),
                last.hints(),
                last.opportunity(),
                last.opportunityReason(),
                at.toEpochMilli());
    }

    /** The pattern described afresh from its latest evidence. */
    private FailurePattern describeFully(
            PatternState p, Detection d, Instant at, LocalDate day, TenantDetector detector) {
        List<Code> combination = p.combinationCodes();
        List<DailyPoint> daily = detector.daily(combination, day.minusDays(SERIES_DAYS - 1), day, p.reference);
        LocalDate onset = onset(daily, p.detectedOn);
        List<CodedCase> flagged = d.flaggedCaseIds().stream()
                .map(detector::caseOf)
                .filter(Objects::nonNull)
                .toList();
        Characteristics.Usual usual = compared.usual(combination.getFirst(), flagged);
        Set<Code> exclude = new LinkedHashSet<>(combination);
        List<CoOccurring> co = CoOccurrence.of(flagged, usual.counts(), exclude, d.observed(), d.expected());
        List<CodedCase> recentFlagged = compared.recentOf(d.windowDays(), d.flaggedCaseIds());
        CodeCounts others =
                CodeCounts.sum(List.of(compared.counted(d.windowDays())), List.of(CodeCounts.of(recentFlagged)));
        List<Code> characteristic = Characteristics.of(
                combination,
                flagged,
                usual,
                others,
                d.observed(),
                d.expected(),
                p.last == null ? List.of() : p.last.definingCodes());
        List<Code> defining = new ArrayList<>(combination);
        defining.addAll(characteristic);
        List<CoOccurring> shown =
                co.stream().filter(c -> !characteristic.containsAll(c.codes())).toList();
        int sinceObserved = 0;
        double sinceExpected = 0;
        for (DailyPoint point : daily) {
            if (!point.day().isBefore(onset)) {
                sinceObserved += point.observed();
                sinceExpected += point.expected();
            }
        }
        List<FailureCase> sinceOnset = detector.cases(combination, onset, day).stream()
                .map(CodedCase::source)
                .toList();
        List<String> examples = sinceOnset.stream()
                .sorted(Comparator.comparing(FailureCase::createdAt).reversed())
                .limit(EXAMPLES)
                .map(c -> c.ticketId() != null ? c.ticketId() : c.caseId())
                .toList();
        DispatchHints hints = DispatchHints.of(sinceOnset);
        PatternText.Text words = text.write(combination, onset, sinceObserved, sinceExpected, shown);
        Optional<Code> accessory = OpportunityRule.accessory(defining, co);
        p.ruleOpportunity = accessory.isPresent();
        p.accessory = accessory.map(Code::text).orElse(null);
        boolean opportune = p.opportunityOverride != null ? p.opportunityOverride : p.ruleOpportunity;
        FailurePattern next = new FailurePattern(
                tenantId,
                p.patternId,
                p.status,
                p.detectedOn,
                onset,
                p.lastFlaggedOn,
                at,
                texts(defining),
                d.observed(),
                round(d.expected()),
                round(d.ratio()),
                d.pValue(),
                d.windowDays(),
                sinceObserved,
                shown,
                words.titleZh(),
                words.titleEn(),
                words.descriptionZh(),
                words.descriptionEn(),
                examples,
                daily,
                hints,
                opportune,
                opportune ? p.opportunityReason() : "",
                at.toEpochMilli());
        p.describedOn = day;
        if (p.detectedCodes == null) {
            p.detectedCodes = next.definingCodes();
        }
        if (p.settledCodes == null && !day.isBefore(p.detectedOn.plusDays(SETTLED_AFTER_DAYS))) {
            p.settledCodes = next.definingCodes();
        }
        return next;
    }

    /**
     * The cases every pattern described in one evaluation is compared with (the baseline's, a recent window's),
     * fetched and counted once per evaluation rather than once per pattern.
     */
    private final class Compared {
        private final TenantDetector detector;
        private List<CaseDay> all;
        private final Map<Integer, List<CaseDay>> recent = new HashMap<>();
        private final Map<Integer, CodeCounts> counts = new HashMap<>();

        Compared(TenantDetector detector) {
            this.detector = detector;
        }

        /** Every counted case of the baseline, day by day. */
        List<CaseDay> all() {
            if (all == null) {
                all = detector.baselineDays(null);
                if (!all.isEmpty()) {
                    counted.forgetBefore(all.getFirst().day());
                }
            }
            return all;
        }

        List<CaseDay> recent(int windowDays) {
            return recent.computeIfAbsent(windowDays, detector::recentDays);
        }

        /**
         * The cases of a recent window among these: the stored (counted) ones of its days, without listing the window's
         * cases. A window holds every counted case of its days, so those between its first and last case's day are in it.
         */
        List<CodedCase> recentOf(int windowDays, List<String> caseIds) {
            List<CaseDay> window = recent(windowDays);
            if (window.isEmpty()) {
                return List.of();
            }
            LocalDate first = window.getFirst().day();
            LocalDate last = window.getLast().day();
            List<CodedCase> of = new ArrayList<>();
            for (String id : new LinkedHashSet<>(caseIds)) {
                CodedCase c = detector.caseOf(id);
                if (c != null
                        && c.source().counted()
                        && !c.source().day().isBefore(first)
                        && !c.source().day().isAfter(last)) {
                    of.add(c);
                }
            }
            return of;
        }

        /** The baseline's cases and a recent window's, counted by code. */
        CodeCounts counted(int windowDays) {
            return counts.computeIfAbsent(
                    windowDays,
                    w -> CodeCounts.sum(
                            List.of(counted.of(BASELINE, all()), counted.of(List.of(RECENT, w), recent(w))),
                            List.of()));
        }

        /**
         * The usual cases of a target: its own baseline cases, or for a target too rare to have enough of them, the
         * baseline cases of the models the flagged cases are of (all baseline cases when they have too few): what
         * such devices usually carry. Counted day by day, so only the days whose cases changed are counted again.
         */
        Characteristics.Usual usual(Code target, List<CodedCase> flagged) {
            CodeCounts ofTarget = counted.of(target, detector.baselineDays(target));
            if (ofTarget.size() >= MIN_USUAL_CASES) {
                return new Characteristics.Usual(ofTarget, true);
            }
            Set<String> models = flagged.stream()
                    .map(c -> c.source().productModel())
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            List<CodeCounts> alike = new ArrayList<>();
            int size = 0;
            for (String model : models) {
                List<CaseDay> ofModel = all().stream()
                        .map(d -> d.filter(c -> model.equals(c.source().productModel())))
                        .toList();
                CodeCounts counts = counted.of(List.of(MODEL, model), ofModel);
                alike.add(counts);
                size += counts.size();
            }
            CodeCounts usual = size >= MIN_USUAL_CASES ? CodeCounts.sum(alike, List.of()) : counted.of(BASELINE, all());
            return new Characteristics.Usual(usual, false);
        }
    }

    /**
     * Whether a detection's combination replaces the pattern's: a fault tells a pattern better than a symptom; a
     * combination of the same kind replaces it only once it no longer holds.
     */
    private static boolean adopt(PatternState p, Detection d, TenantDetector detector) {
        if (p.combination.isEmpty()) {
            return true;
        }
        CodeKind current = Code.parse(p.combination.getFirst()).kind();
        if (current != d.target().kind()) {
            return d.target().kind() == CodeKind.FAULT;
        }
        // The same story told by a near-equivalent combination: keep the one people have seen while it still holds.
        return !persists(detector.assess(p.combinationCodes(), p.reference));
    }

    private static LocalDate onset(List<DailyPoint> daily, LocalDate detectedOn) {
        int[] observed = daily.stream().mapToInt(DailyPoint::observed).toArray();
        double[] expected = daily.stream().mapToDouble(DailyPoint::expected).toArray();
        int start = ChangePoint.start(observed, expected);
        LocalDate onset = start < 0 ? detectedOn : daily.get(start).day();
        return onset.isAfter(detectedOn) ? detectedOn : onset;
    }

    private static List<String> texts(List<Code> codes) {
        return codes.stream().map(Code::text).toList();
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : value;
    }
}
