package io.ticketradar.models.evaluate;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.evaluate.GroundTruth.Decoy;
import io.ticketradar.models.evaluate.GroundTruth.InjectedPattern;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.models.track.PatternState;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores what the detector reported on a generated data set against its ground truth (issue 7's harness).
 *
 * <p>A reported pattern is an injected one when most of the cases it flagged are the injected pattern's tickets, or
 * when it is told by the injected fault (or one of its symptoms) and at least {@value #SAME_TARGET_OVERLAP} of its
 * cases are (a pattern rising over a fault's usual cases flags those too). Every other report is a false alarm, and
 * a decoy alert when it names the decoy's group (its site, firmware or regions) or falls in a decoy's window with
 * nothing else to explain it.
 *
 * <p>Delay is {@code detected_on - onset}. Because a slow ramp leaves nothing to detect for days, the delay is also
 * given from the day the injected tickets since onset first reached {@value #DETECTABLE_CASES}: no detector with a
 * minimum support of that many cases can report earlier.
 *
 * <p>Defining codes are those a pattern was first reported with. They are exact when they name the injected fault, every injected restriction (a single region, the
 * temperature bound within 5 °C, the firmware, the batch, the fitted accessory) and nothing the injection does not
 * have (product models, symptoms and photo labels of the injection are allowed, not required).
 */
public final class PatternEvaluation {

    static final double MOSTLY = 0.5;
    static final double SAME_TARGET_OVERLAP = 0.2;
    static final int DETECTABLE_CASES = 5;
    static final int TOP = 10;

    private PatternEvaluation() {}

    /** How one injected pattern fared. */
    public record Injected(
            String id,
            String kind,
            LocalDate onset,
            LocalDate detectableFrom,
            boolean found,
            String patternId,
            LocalDate detectedOn,
            Long delayDays,
            Long delayFromDetectable,
            List<String> definingCodes,
            boolean codesExact,
            List<String> settledCodes,
            boolean settledExact) {}

    /** A reported pattern and what it was. */
    public record Reported(
            String patternId,
            LocalDate detectedOn,
            List<String> definingCodes,
            int support,
            String injected,
            String decoy) {}

    /** The scores of one tenant. */
    public record Scorecard(
            String tenant,
            int evaluatedDays,
            List<Injected> injected,
            List<Reported> reported,
            double topPrecision,
            int decoyAlerts,
            int falseAlarms,
            double falseAlarmsPer30Days,
            double exactShare,
            double settledExactShare) {

        public boolean allFound() {
            return injected.stream().allMatch(Injected::found);
        }
    }

    /**
     * @param evaluatedDays the days the detector could report on (after its warm-up), for the false-alarm rate
     */
    public static Scorecard score(
            String tenant, GroundTruth.Tenant truth, List<PatternState> reported, int evaluatedDays) {
        List<Reported> reports = new ArrayList<>();
        List<Injected> injected = new ArrayList<>();
        for (InjectedPattern ip : truth.patterns()) {
            PatternState first = reported.stream()
                    .filter(p -> p.last() != null && matches(p, ip))
                    .min(Comparator.comparing(PatternState::detectedOn))
                    .orElse(null);
            LocalDate detectable = detectableFrom(ip);
            if (first == null) {
                injected.add(new Injected(
                        ip.id(),
                        ip.kind(),
                        ip.onset(),
                        detectable,
                        false,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        false,
                        List.of(),
                        false));
                continue;
            }
            LocalDate detected = first.detectedOn();
            injected.add(new Injected(
                    ip.id(),
                    ip.kind(),
                    ip.onset(),
                    detectable,
                    true,
                    first.patternId(),
                    detected,
                    ChronoUnit.DAYS.between(ip.onset(), detected),
                    detectable == null ? null : ChronoUnit.DAYS.between(detectable, detected),
                    first.detectedCodes(),
                    exact(first.detectedCodes(), ip),
                    settled(first),
                    exact(settled(first), ip)));
        }
        int decoyAlerts = 0;
        int falseAlarms = 0;
        for (PatternState p : reported) {
            FailurePattern last = p.last();
            if (last == null) {
                continue;
            }
            String injectedId = truth.patterns().stream()
                    .filter(ip -> matches(p, ip))
                    .map(InjectedPattern::id)
                    .findFirst()
                    .orElse(null);
            String decoy = injectedId != null ? null : decoyOf(p, truth.decoys());
            if (injectedId == null) {
                falseAlarms++;
                decoyAlerts += decoy != null ? 1 : 0;
            }
            reports.add(new Reported(
                    p.patternId(), p.detectedOn(), last.definingCodes(), last.support(), injectedId, decoy));
        }
        List<Reported> top = reports.stream()
                .sorted(Comparator.comparingInt(Reported::support).reversed())
                .limit(TOP)
                .toList();
        double precision = top.isEmpty()
                ? 1
                : (double) top.stream().filter(r -> r.injected() != null).count() / top.size();
        long found = injected.stream().filter(Injected::found).count();
        double exact = found == 0
                ? 1
                : (double) injected.stream().filter(Injected::codesExact).count() / found;
        double settledExact = found == 0
                ? 1
                : (double) injected.stream().filter(Injected::settledExact).count() / found;
        return new Scorecard(
                tenant,
                evaluatedDays,
                injected,
                reports,
                precision,
                decoyAlerts,
                falseAlarms,
                evaluatedDays == 0 ? 0 : falseAlarms * 30.0 / evaluatedDays,
                exact,
                settledExact);
    }

    /** The codes a week after detection, or the last ones of a pattern that did not last a week. */
    private static List<String> settled(PatternState p) {
        return p.settledCodes() != null ? p.settledCodes() : p.last().definingCodes();
    }

    static boolean matches(PatternState p, InjectedPattern ip) {
        List<String> flagged = p.flaggedCases();
        if (flagged.isEmpty()) {
            return false;
        }
        double share = (double) flagged.stream().filter(ip.tickets()::contains).count() / flagged.size();
        if (share >= MOSTLY) {
            return true;
        }
        Code target = Code.parse(p.last().definingCodes().getFirst());
        boolean sameTarget = (target.kind() == CodeKind.FAULT && target.value().equals(ip.faultCode()))
                || (target.kind() == CodeKind.SYMPTOM && ip.symptoms().contains(target.value()));
        return sameTarget && share >= SAME_TARGET_OVERLAP;
    }

    /** The first day the injected tickets since onset reached {@value #DETECTABLE_CASES}, or null if never. */
    static LocalDate detectableFrom(InjectedPattern ip) {
        int total = 0;
        for (var day : ip.dailyPattern().entrySet()) {
            if (day.getKey().isBefore(ip.onset())) {
                continue;
            }
            total += day.getValue();
            if (total >= DETECTABLE_CASES) {
                return day.getKey();
            }
        }
        return null;
    }

    static boolean exact(List<String> defining, InjectedPattern ip) {
        List<Code> codes = defining.stream().map(Code::parse).toList();
        boolean fault = codes.contains(Code.of(CodeKind.FAULT, ip.faultCode()));
        boolean region = ip.regions().size() != 1
                || codes.contains(Code.of(CodeKind.REGION, ip.regions().getFirst()));
        boolean below = ip.belowC() == null || codes.stream().anyMatch(c -> threshold(c, "<", ip.belowC()));
        boolean above = ip.aboveC() == null || codes.stream().anyMatch(c -> threshold(c, ">=", ip.aboveC()));
        boolean firmware = ip.firmware() == null
                || codes.contains(Code.of(CodeKind.FIRMWARE, ip.firmware()))
                || codes.contains(Code.of(CodeKind.SEEN_FIRMWARE, ip.firmware()));
        boolean batch = ip.batchPrefix() == null
                || codes.stream()
                        .anyMatch(c -> c.kind() == CodeKind.BATCH && c.value().startsWith(ip.batchPrefix()));
        boolean accessory = ip.modification() == null
                || codes.stream().anyMatch(c -> c.kind() == CodeKind.PHOTO && accessoryLabel(c.value(), ip));
        boolean nothingElse = codes.stream().allMatch(c -> allowed(c, ip));
        return fault && region && below && above && firmware && batch && accessory && nothingElse;
    }

    private static boolean accessoryLabel(String label, InjectedPattern ip) {
        return label.equals(ip.modification()) || ip.photoLabels().contains(label);
    }

    private static boolean threshold(Code c, String side, double bound) {
        if (c.kind() != CodeKind.TEMP || !c.value().startsWith(side)) {
            return false;
        }
        double t = Double.parseDouble(c.value().substring(side.length()));
        return Math.abs(t - bound) <= 5;
    }

    private static boolean allowed(Code c, InjectedPattern ip) {
        return switch (c.kind()) {
            case FAULT -> c.value().equals(ip.faultCode());
            case SYMPTOM -> ip.symptoms().contains(c.value());
            case REGION -> ip.regions().contains(c.value());
            case TEMP ->
                (ip.belowC() != null && threshold(c, "<", ip.belowC()))
                        || (ip.aboveC() != null && threshold(c, ">=", ip.aboveC()));
            case FIRMWARE, SEEN_FIRMWARE -> c.value().equals(ip.firmware());
            case BATCH -> ip.batchPrefix() != null && c.value().startsWith(ip.batchPrefix());
            case MODEL -> ip.products().contains(c.value());
            case PHOTO -> accessoryLabel(c.value(), ip);
            default -> false;
        };
    }

    /** The decoy a false alarm answers to: it names the decoy's group, or was detected in its window. */
    static String decoyOf(PatternState p, List<Decoy> decoys) {
        List<String> codes = p.last().definingCodes();
        for (Decoy d : decoys) {
            String site = d.group().path("site_id").asText(null);
            String firmware = d.group().path("firmware").asText(null);
            boolean names = (site != null && codes.contains("site:" + site))
                    || (firmware != null && codes.contains("firmware:" + firmware));
            boolean during = d.onset() != null
                    && !p.detectedOn().isBefore(d.onset())
                    && (d.until() == null || !p.detectedOn().isAfter(d.until().plusDays(14)));
            if (names || during) {
                return d.id();
            }
        }
        return null;
    }

    /** The scorecard as a table a person reads. */
    public static String table(Scorecard s) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "tenant %s: %d days evaluated%n%-28s %-18s %-10s %-10s %-10s %6s %6s  %s%n",
                s.tenant(),
                s.evaluatedDays(),
                "injected pattern",
                "kind",
                "onset",
                "detectable",
                "detected",
                "delay",
                "from d.",
                "defining codes"));
        for (Injected i : s.injected()) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-28s %-18s %-10s %-10s %-10s %6s %6s  %s%s%n",
                    i.id(),
                    i.kind(),
                    i.onset(),
                    i.detectableFrom() == null ? "-" : i.detectableFrom(),
                    i.found() ? i.detectedOn() : "MISSED",
                    i.delayDays() == null ? "-" : i.delayDays(),
                    i.delayFromDetectable() == null ? "-" : i.delayFromDetectable(),
                    i.definingCodes(),
                    i.found() ? (i.codesExact() ? "  (exact)" : "  (not exact)") : ""));
            if (i.found() && !i.settledCodes().equals(i.definingCodes())) {
                out.append(String.format(
                        Locale.ROOT,
                        "%89s a week later: %s%s%n",
                        "",
                        i.settledCodes(),
                        i.settledExact() ? "  (exact)" : "  (not exact)"));
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "reported %d: top-%d precision %.2f, false alarms %d (%.2f per 30 days), decoy alerts %d, defining codes"
                        + " exact %.0f%% at detection, %.0f%% a week later%n",
                s.reported().size(),
                TOP,
                s.topPrecision(),
                s.falseAlarms(),
                s.falseAlarmsPer30Days(),
                s.decoyAlerts(),
                100 * s.exactShare(),
                100 * s.settledExactShare()));
        for (Reported r : s.reported()) {
            if (r.injected() == null) {
                out.append(String.format(
                        Locale.ROOT,
                        "  false alarm %s on %s: %s%s%n",
                        r.patternId(),
                        r.detectedOn(),
                        r.definingCodes(),
                        r.decoy() == null ? "" : " (decoy " + r.decoy() + ")"));
            }
        }
        return out.toString();
    }
}
