package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.datasets.world.World;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One tenant's view of the scenario's patterns: which ticket becomes a pattern ticket, on which device. */
final class PatternBook {
    private final List<ActivePattern> patterns;
    private final World world;
    /** Devices of a city that fit a pattern, computed once: a pattern asks for them on every hit. */
    private final Map<ActivePattern, Map<Catalogue.City, List<Device>>> candidates = new HashMap<>();

    PatternBook(List<ActivePattern> patterns, World world) {
        this.patterns = patterns;
        this.world = world;
    }

    /** A pattern hit: this ticket is the pattern's fault on this device. */
    record Hit(ActivePattern pattern, Device device) {}

    /**
     * Decides whether a new ticket in {@code city} at {@code t}, with the air at {@code ambientC} when the
     * fault showed, belongs to a pattern. A hit moves the ticket to a fitting device of the same city,
     * so region and weather stay those of the slice; a device already patched escapes.
     */
    Hit match(Instant t, Catalogue.City city, double ambientC, Rng rng) {
        for (ActivePattern pattern : patterns) {
            if (!pattern.spec().slice().contains(city.region(), ambientC) || !rng.chance(pattern.share(t))) {
                continue;
            }
            List<Device> fitting = candidates
                    .computeIfAbsent(pattern, p -> new HashMap<>())
                    .computeIfAbsent(city, c -> world.devicesIn(c, pattern::fits));
            if (fitting.isEmpty()) {
                continue;
            }
            Device device = rng.pick(fitting);
            if (!pattern.patched(device, t)) {
                return new Hit(pattern, device);
            }
        }
        return null;
    }

    /** The firmware a device runs at {@code t}: as shipped, or a pattern's patch once the device has taken it. */
    String firmwareAt(Device device, Instant t) {
        for (ActivePattern pattern : patterns) {
            if (pattern.patched(device, t)) {
                return pattern.spec().patch().version();
            }
        }
        return device.firmware();
    }

    /** Ids of the patterns whose slice holds a ticket of this region and temperature, started or not. */
    List<String> slicesOf(Region region, double ambientC) {
        return patterns.stream()
                .filter(p -> p.spec().slice().contains(region, ambientC))
                .map(p -> p.spec().id())
                .toList();
    }
}
