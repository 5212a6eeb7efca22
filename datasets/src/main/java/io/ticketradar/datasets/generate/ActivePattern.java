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
import java.util.List;

/** A pattern of the scenario placed in time: its onset, ramp, end and patch as instants. */
public final class ActivePattern {
    private static final double PATCH_ROLLOUT_SIGMA = 0.8;

    private final PatternSpec spec;
    private final Catalogue.Fault fault;
    private final Instant onset;
    private final LocalDate onsetDay;
    private final Instant until;
    private final Instant patchReleased;
    private final long seed;

    ActivePattern(PatternSpec spec, Catalogue catalogue, LocalDate start, ZoneId zone, long seed) {
        this.spec = spec;
        this.fault = catalogue.fault(spec.fault());
        spec.symptoms().forEach(catalogue::symptom);
        this.onsetDay = DayRef.resolve(spec.onset(), start);
        this.onset = onsetDay.atStartOfDay(zone).toInstant();
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

    /** The first day of the onset, in the tenants' zone. */
    public LocalDate onsetDay() {
        return onsetDay;
    }

    /** The end, or null when it lasts. */
    public Instant until() {
        return until;
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

    /**
     * Whether the device is of the kind the pattern strikes at some time: its model, batch and modifications, and
     * the pattern's firmware as shipped or taken later.
     */
    boolean fits(Device device, FirmwareHistory firmware) {
        PatternSpec.DeviceFilter f = spec.devices();
        return ofProducts(device)
                && (f.firmware() == null || firmware.everRuns(device, f.firmware()))
                && (f.batchPrefix() == null || device.batch().startsWith(f.batchPrefix()))
                && (f.modification() == null || device.modifications().contains(f.modification()));
    }

    /** Whether a fitting device is struck at {@code t}: it runs the pattern's firmware and has not taken the patch. */
    boolean strikes(Device device, Instant t, FirmwareHistory firmware) {
        PatternSpec.DeviceFilter f = spec.devices();
        return (f.firmware() == null || f.firmware().equals(firmware.at(device, t)))
                && (spec.patch() == null
                        || !firmware.tookBy(device, spec.patch().version(), t));
    }

    /** Whether the patch goes to the device: one of the pattern's products, on the pattern's firmware when it ships. */
    boolean takesPatch(Device device, FirmwareHistory firmware) {
        String version = spec.devices().firmware();
        return patchReleased != null
                && ofProducts(device)
                && (version == null || version.equals(firmware.at(device, patchReleased)));
    }

    /** When the device takes the patch: each after its own log-normal delay. */
    Instant patchTakenAt(Device device) {
        double lagDays =
                new Rng(Rng.derive(seed, device.sn())).logNormal(spec.patch().rolloutMedianDays(), PATCH_ROLLOUT_SIGMA);
        return patchReleased.plusSeconds((long) (lagDays * 86_400));
    }

    private boolean ofProducts(Device device) {
        List<String> products = spec.devices().products();
        return products == null || products.contains(device.product().code());
    }
}
