package io.ticketradar.models.track;

import io.ticketradar.models.cases.Code;
import io.ticketradar.models.detect.BaselineShare;
import io.ticketradar.models.detect.Detection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the tracker remembers of one pattern between evaluations (kept as JSON in the Flink job's state): its
 * identity and life, the combination it is followed by, the cases it flagged lately (to recognise it again), the
 * people's decisions and the row last written.
 */
public final class PatternState {

    String patternId;
    PatternStatus status;
    LocalDate detectedOn;
    LocalDate lastFlaggedOn;
    LocalDate describedOn;
    int flaggedDays;
    List<String> combination = new ArrayList<>();
    /** How things were before the pattern: its combination's baseline share when it was detected (or redefined). */
    BaselineShare reference;

    List<String> recentlyFlagged = new ArrayList<>();
    boolean dismissed;
    String dismissReason;
    Boolean opportunityOverride;
    boolean ruleOpportunity;
    String accessory;
    FailurePattern last;
    /** The defining codes it was first reported with. */
    List<String> detectedCodes;
    /** The defining codes a week after its detection, when more of its cases have told their details. */
    List<String> settledCodes;

    /** For JSON state. */
    PatternState() {}

    static PatternState detected(String id, LocalDate day) {
        PatternState p = new PatternState();
        p.patternId = id;
        p.status = PatternStatus.EMERGING;
        p.detectedOn = day;
        return p;
    }

    public String patternId() {
        return patternId;
    }

    public LocalDate detectedOn() {
        return detectedOn;
    }

    /** The cases it flagged lately, newest first (at most the tracker's limit). */
    public List<String> flaggedCases() {
        return List.copyOf(recentlyFlagged);
    }

    /** The defining codes it was first reported with (they may be refined later), null before. */
    public List<String> detectedCodes() {
        return detectedCodes;
    }

    /** The defining codes a week after it was detected, null before (or if it resolved sooner). */
    public List<String> settledCodes() {
        return settledCodes;
    }

    /** The pattern as last written, null before the first evaluation described it. */
    public FailurePattern last() {
        return last;
    }

    public boolean dismissed() {
        return dismissed;
    }

    public String dismissReason() {
        return dismissReason;
    }

    /** Flagged again by an evaluation of {@code day}. */
    void flagged(LocalDate day, Detection d, int keep) {
        if (!day.equals(lastFlaggedOn)) {
            flaggedDays++;
        }
        lastFlaggedOn = day;
        if (status == PatternStatus.FADING || (status == PatternStatus.EMERGING && flaggedDays >= 2)) {
            status = PatternStatus.ACTIVE;
        }
        Set<String> ids = new LinkedHashSet<>(d.flaggedCaseIds());
        ids.addAll(recentlyFlagged);
        recentlyFlagged = new ArrayList<>(ids).subList(0, Math.min(keep, ids.size()));
    }

    /** The share of a detection's cases this pattern flagged lately, of the smaller of the two sets. */
    double overlap(List<String> caseIds) {
        if (caseIds.isEmpty() || recentlyFlagged.isEmpty()) {
            return 0;
        }
        Set<String> mine = Set.copyOf(recentlyFlagged);
        long shared = caseIds.stream().filter(mine::contains).count();
        return (double) shared / Math.min(caseIds.size(), mine.size());
    }

    List<Code> combinationCodes() {
        return combination.stream().map(Code::parse).toList();
    }

    String opportunityReason() {
        if (Boolean.TRUE.equals(opportunityOverride) && !ruleOpportunity) {
            return "tagged by hand";
        }
        return accessory == null ? "" : "aftermarket: " + accessory;
    }
}
