package io.ticketradar.datasets.scenario;

import io.ticketradar.datasets.world.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A failure pattern injected into the data, with its defining features. Within its slice of tickets
 * (a region, a temperature band, or all), a share of tickets become the pattern's fault on a device
 * that fits the filter: {@code baselineShare} before onset, rising linearly to {@code targetShare}
 * over {@code rampDays}. A patch, when given, ends the pattern as devices take it.
 *
 * @param onset        a date (2025-01-20) or days after the start (+21d)
 * @param until        optional end, same form
 * @param rampDays     days from onset to the target share (default 0: at once)
 * @param mentionShare share of the pattern's tickets whose description names the cause (default 0)
 * @param kind         what kind of pattern it is; inferred from the features when not given
 */
public record PatternSpec(
        String id,
        PatternKind kind,
        String nameZh,
        String nameEn,
        String onset,
        Double rampDays,
        String until,
        Double baselineShare,
        double targetShare,
        Slice slice,
        DeviceFilter devices,
        Patch patch,
        String fault,
        List<String> symptoms,
        List<String> phrasesZh,
        List<String> phrasesEn,
        Double mentionShare,
        String rootCause,
        List<String> photoLabels) {

    public PatternSpec {
        Objects.requireNonNull(id, "pattern id");
        Objects.requireNonNull(onset, "pattern " + id + ": onset");
        Objects.requireNonNull(fault, "pattern " + id + ": fault");
        Objects.requireNonNull(devices, "pattern " + id + ": devices");
        rampDays = rampDays == null ? 0 : rampDays;
        baselineShare = baselineShare == null ? 0 : baselineShare;
        mentionShare = mentionShare == null ? 0 : mentionShare;
        slice = slice == null ? new Slice(null, null, null, null) : slice;
        kind = kind == null ? PatternKind.inferred(slice, devices) : kind;
        symptoms = symptoms == null ? List.of() : List.copyOf(symptoms);
        phrasesZh = phrasesZh == null ? List.of() : List.copyOf(phrasesZh);
        phrasesEn = phrasesEn == null ? List.of() : List.copyOf(phrasesEn);
        photoLabels = photoLabels == null ? List.of() : List.copyOf(photoLabels);
    }

    /**
     * Which tickets the pattern's share is of; null fields do not restrict.
     *
     * @param region  one region, or
     * @param regions several (the two are merged into {@code regions})
     */
    public record Slice(Region region, List<Region> regions, Double ambientBelowC, Double ambientAboveC) {
        public Slice {
            List<Region> all = new ArrayList<>();
            if (region != null) {
                all.add(region);
            }
            if (regions != null) {
                regions.stream().filter(r -> !all.contains(r)).forEach(all::add);
            }
            regions = List.copyOf(all);
            region = all.size() == 1 ? all.getFirst() : null;
        }

        public boolean contains(Region ticketRegion, double ambientC) {
            return (regions.isEmpty() || regions.contains(ticketRegion))
                    && (ambientBelowC == null || ambientC < ambientBelowC)
                    && (ambientAboveC == null || ambientC > ambientAboveC);
        }
    }

    /**
     * Devices the pattern strikes; null fields do not restrict.
     *
     * @param firmware     the version shipped (a patch may replace it later)
     * @param modification a change the customer made, e.g. non_original_screen
     */
    public record DeviceFilter(List<String> products, String firmware, String batchPrefix, String modification) {}

    /** A fix shipped as a firmware version; each device takes it after a log-normal delay. */
    public record Patch(String version, String released, double rolloutMedianDays) {}
}
