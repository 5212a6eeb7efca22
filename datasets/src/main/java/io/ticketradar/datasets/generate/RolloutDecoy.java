package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.DecoySpec;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.datasets.world.Device;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A firmware version rolled out over the air to part of a product's fleet. Each device of the product is chosen
 * by its own coin and, if chosen, takes the version at its own time within the rollout.
 */
public final class RolloutDecoy implements ActiveDecoy {
    private final DecoySpec.FirmwareRollout spec;
    private final EffectWindow window;
    private final int fleet;
    private final long[] takenAt;

    RolloutDecoy(
            DecoySpec.FirmwareRollout spec, Instant onset, List<Device> devices, FirmwareHistory history, long seed) {
        this.spec = spec;
        Instant end = onset.plusSeconds(Math.round(spec.rolloutDays() * 86_400));
        this.window = new EffectWindow(onset, end, null, null);
        List<Device> eligible = devices.stream()
                .filter(d -> d.product().code().equals(spec.product()))
                .filter(d ->
                        spec.fromFirmware().isEmpty() || spec.fromFirmware().contains(history.at(d, onset)))
                .toList();
        if (eligible.isEmpty()) {
            throw new IllegalArgumentException(
                    "decoy " + spec.id() + ": no device of " + spec.product() + " to roll out to");
        }
        List<Long> times = new ArrayList<>();
        for (Device device : eligible) {
            Rng rng = new Rng(Rng.derive(seed, "rollout", spec.id(), device.sn()));
            if (rng.chance(spec.share())) {
                Instant at = onset.plusSeconds((long) (rng.uniform() * spec.rolloutDays() * 86_400));
                history.add(device, at, spec.version());
                times.add(at.getEpochSecond());
            }
        }
        this.fleet = eligible.size();
        this.takenAt = times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    @Override
    public DecoySpec spec() {
        return spec;
    }

    @Override
    public List<EffectWindow> windows() {
        return List.of(window);
    }

    /** Devices of the product it could go to. */
    public int fleet() {
        return fleet;
    }

    /** Share of the fleet running the new version at {@code t}. */
    public double installedShare(Instant t) {
        long second = t.getEpochSecond();
        int taken = 0; // devices that took it by then: the first index past the second, by bisection
        int past = takenAt.length;
        while (taken < past) {
            int mid = (taken + past) >>> 1;
            if (takenAt[mid] <= second) {
                taken = mid + 1;
            } else {
                past = mid;
            }
        }
        return (double) taken / fleet;
    }

    @Override
    public boolean measuredAgainst(TicketTruth ticket) {
        return spec.product().equals(ticket.productModel());
    }

    @Override
    public boolean moves(TicketTruth ticket) {
        return spec.product().equals(ticket.productModel()) && spec.version().equals(ticket.firmware());
    }
}
