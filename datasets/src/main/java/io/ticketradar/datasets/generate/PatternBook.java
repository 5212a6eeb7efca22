package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.datasets.world.Site;
import io.ticketradar.datasets.world.World;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One tenant's view of the scenario's patterns: which ticket becomes a pattern ticket, on which device. */
final class PatternBook {
    private final List<ActivePattern> patterns;
    private final World world;
    private final FirmwareHistory firmware;
    /** The devices of each site that opens while the data runs: its tickets stay its own. */
    private final Map<Site, List<Device>> openingSites = new HashMap<>();
    /** Devices of a city (or an opening site) that fit a pattern, computed once: a pattern asks on every hit. */
    private final Map<ActivePattern, Map<Object, List<Device>>> candidates = new HashMap<>();

    PatternBook(List<ActivePattern> patterns, TenantTimeline timeline) {
        this.patterns = patterns;
        this.world = timeline.world();
        this.firmware = timeline.firmware();
        timeline.newSites()
                .forEach(s -> openingSites.put(s.opening().site(), s.opening().devices()));
    }

    /** A pattern hit: this ticket is the pattern's fault on this device. */
    record Hit(ActivePattern pattern, Device device) {}

    /**
     * Decides whether a new ticket of {@code device} at {@code t}, with the air at {@code ambientC} when the fault
     * showed, belongs to a pattern. A hit moves the ticket to a fitting device of the same city (of the same site,
     * for a site that opened later), so region and weather stay those of the slice; a device that no longer runs
     * the pattern's firmware, or took its patch, escapes.
     */
    Hit match(Instant t, Device device, double ambientC, Rng rng) {
        Site site = device.customer().site();
        for (ActivePattern pattern : patterns) {
            if (!pattern.spec().slice().contains(site.region(), ambientC) || !rng.chance(pattern.share(t))) {
                continue;
            }
            List<Device> opening = openingSites.get(site);
            List<Device> fitting = candidates
                    .computeIfAbsent(pattern, p -> new HashMap<>())
                    .computeIfAbsent(
                            opening == null ? site.city() : site,
                            key -> opening == null
                                    ? world.devicesIn(site.city(), d -> pattern.fits(d, firmware))
                                    : opening.stream()
                                            .filter(d -> pattern.fits(d, firmware))
                                            .toList());
            if (fitting.isEmpty()) {
                continue;
            }
            Device struck = rng.pick(fitting);
            if (pattern.strikes(struck, t, firmware)) {
                return new Hit(pattern, struck);
            }
        }
        return null;
    }

    /** The firmware a device runs at {@code t}, as far as the maker knows. */
    String firmwareAt(Device device, Instant t) {
        return firmware.at(device, t);
    }

    /** Ids of the patterns whose slice holds a ticket of this region and temperature, started or not. */
    List<String> slicesOf(Region region, double ambientC) {
        return patterns.stream()
                .filter(p -> p.spec().slice().contains(region, ambientC))
                .map(p -> p.spec().id())
                .toList();
    }
}
