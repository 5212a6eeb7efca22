package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.world.Device;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The firmware each device of a tenant runs over time, as far as the maker knows: as shipped, then every version
 * it took (a decoy's rollout, a pattern's patch). Built before the data is generated, read-only afterwards.
 */
public final class FirmwareHistory {
    /** A device took a version at an instant. */
    public record Change(Device device, Instant at, String version, long order) {}

    private final Map<String, List<Change>> bySn = new HashMap<>();
    private final List<Change> changes = new ArrayList<>();

    void add(Device device, Instant at, String version) {
        Change change = new Change(device, at, version, changes.size());
        List<Change> own = bySn.computeIfAbsent(device.sn(), sn -> new ArrayList<>(2));
        own.add(change);
        own.sort(Comparator.comparing(Change::at).thenComparingLong(Change::order));
        changes.add(change);
    }

    /** Puts the changes in time order once all are laid (ties in the order they were laid). */
    void seal() {
        changes.sort(Comparator.comparing(Change::at).thenComparingLong(Change::order));
    }

    /** The version the device runs at {@code t}. */
    public String at(Device device, Instant t) {
        String version = device.firmware();
        for (Change change : bySn.getOrDefault(device.sn(), List.of())) {
            if (change.at().isAfter(t)) {
                break;
            }
            version = change.version();
        }
        return version;
    }

    /** Whether the device runs {@code version} at some time: as shipped or taken later. */
    boolean everRuns(Device device, String version) {
        return version.equals(device.firmware())
                || bySn.getOrDefault(device.sn(), List.of()).stream()
                        .anyMatch(c -> c.version().equals(version));
    }

    /** Whether the device has taken {@code version} by {@code t}. */
    boolean tookBy(Device device, String version, Instant t) {
        return bySn.getOrDefault(device.sn(), List.of()).stream()
                .anyMatch(c -> c.version().equals(version) && !c.at().isAfter(t));
    }

    /** Every change, in time order once sealed. */
    List<Change> changes() {
        return Collections.unmodifiableList(changes);
    }
}
