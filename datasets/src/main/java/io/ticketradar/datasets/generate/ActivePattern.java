package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.DayRef;
import io.ticketradar.datasets.scenario.PatternSpec;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Device;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A pattern of the scenario placed in time: its onset, ramp, end and patch as instants. */
public final class ActivePattern {
    private static final double PATCH_ROLLOUT_SIGMA = 0.8;

    private final PatternSpec spec;
    private final Catalogue.Fault fault;
    private final Instant onset;
    private final Instant until;
    private final Instant patchReleased;
    private final long seed;

    ActivePattern(PatternSpec spec, Catalogue catalogue, LocalDate start, ZoneId zone, long seed) {
        this.spec = spec;
        this.fault = catalogue.fault(spec.fault());
        spec.symptoms().forEach(catalogue::symptom);
        this.onset = DayRef.resolve(spec.onset(), start).atStartOfDay(zone).toInstant();
        this.until = spec.until() == null
                ? null
                : DayRef.resolve(spec.until(), start).atStartOfDay(zone).toInstant();
        this.patchReleased = spec.patch() == null
                ? null
                : DayRef.resolve(spec.patch().released(), start)
                        .atStartOfDay(zone)
                        .toInstant();
        this.seed = Rng.derive(seed, "pattern", spec.id());
    }

    public PatternSpec spec() {
        return spec;
    }

    public Catalogue.Fault fault() {
        return fault;
    }

    public Instant onset() {
        return onset;
    }

    public Instant patchReleased() {
        return patchReleased;
    }

    /** Share of the slice's tickets the pattern claims at {@code t}: the baseline, ramping up to the target after onset. */
    double share(Instant t) {
        if (t.isBefore(onset) || (until != null && !t.isBefore(until))) {
            return spec.baselineShare();
        }
        double rampDays = spec.rampDays();
        double progress =
                rampDays <= 0 ? 1 : Math.min(1, Duration.between(onset, t).toMinutes() / (rampDays * 1440));
        return spec.baselineShare() + (spec.targetShare() - spec.baselineShare()) * progress;
    }

    /** True once the ramp is complete and before the end: the share is at its target (a patch may still erode it). */
    public boolean atTarget(Instant t) {
        return !t.isBefore(onset.plus(Duration.ofMinutes((long) (spec.rampDays() * 1440))))
                && (until == null || t.isBefore(until));
    }

    public boolean started(Instant t) {
        return !t.isBefore(onset);
    }

    /** At its target share and not yet eroded by a patch: the window in which the target share is measured. */
    public boolean inFullSwing(Instant t) {
        return atTarget(t) && (patchReleased == null || t.isBefore(patchReleased));
    }

    /** Whether the device is of the kind the pattern strikes (its shipped firmware, model, batch, modifications). */
    boolean fits(Device device) {
        PatternSpec.DeviceFilter f = spec.devices();
        return (f.products() == null || f.products().contains(device.product().code()))
                && (f.firmware() == null || f.firmware().equals(device.firmware()))
                && (f.batchPrefix() == null || device.batch().startsWith(f.batchPrefix()))
                && (f.modification() == null || device.modifications().contains(f.modification()));
    }

    /** Whether the device runs the patch at {@code t}: each device takes it after its own log-normal delay. */
    boolean patched(Device device, Instant t) {
        if (patchReleased == null || t.isBefore(patchReleased) || !fits(device)) {
            return false;
        }
        double lagDays =
                new Rng(Rng.derive(seed, device.sn())).logNormal(spec.patch().rolloutMedianDays(), PATCH_ROLLOUT_SIGMA);
        return !t.isBefore(patchReleased.plusSeconds((long) (lagDays * 86_400)));
    }
}
