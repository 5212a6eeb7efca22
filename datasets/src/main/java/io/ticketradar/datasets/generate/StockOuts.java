package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.World;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Spells when a repair part is in no depot of a tenant, so that dispatch has stock-outs to block on (DOMAIN.md §7):
 * on about one day in {@code 1 / DAILY_CHANCE} a part that repairs need runs out in every depot at once, and is
 * restocked to its usual levels one to three days later. Drawn from a random sequence of its own per tenant and day,
 * so the tickets' sequences do not shift; planned day by day as the stream advances, since the stream may be endless.
 */
final class StockOuts {
    static final double DAILY_CHANCE = 0.2;
    private static final int LONGEST_DAYS = 3;

    /** A depot's stock level from an instant on. */
    record Change(Instant at, World.StockLevel level) {}

    private final World world;
    private final long seed;
    private final ZoneId zone;
    /** Parts some fault's repair uses: only these matter to dispatch. */
    private final List<String> repairParts;

    private final PriorityQueue<Change> planned = new PriorityQueue<>(Comparator.comparing(Change::at)
            .thenComparing(c -> c.level().depot().id()));
    private final Set<String> out = new HashSet<>();
    private LocalDate nextDay;

    StockOuts(World world, long seed, ZoneId zone, LocalDate start) {
        this.world = world;
        this.seed = Rng.derive(seed, "stock-outs", world.tenant().id());
        this.zone = zone;
        this.nextDay = start;
        this.repairParts = world.catalogue().faults().stream()
                .flatMap(f -> f.parts().stream())
                .distinct()
                .sorted()
                .toList();
    }

    /** The changes in [from, to), in time order; {@code from} does not go back. */
    List<Change> between(Instant from, Instant to) {
        while (nextDay.atStartOfDay(zone).toInstant().isBefore(to)) {
            plan(nextDay);
            nextDay = nextDay.plusDays(1);
        }
        List<Change> due = new ArrayList<>();
        while (!planned.isEmpty() && planned.peek().at().isBefore(to)) {
            Change change = planned.poll();
            if (!change.at().isBefore(from)) {
                due.add(change);
            }
            if (change.level().quantity() > 0) {
                out.remove(change.level().partNo());
            }
        }
        return due;
    }

    private void plan(LocalDate day) {
        Rng rng = new Rng(Rng.derive(seed, day.toEpochDay()));
        if (!rng.chance(DAILY_CHANCE)) {
            return;
        }
        List<String> inStock =
                repairParts.stream().filter(p -> !out.contains(p)).toList();
        if (inStock.isEmpty()) {
            return;
        }
        String part = rng.pick(inStock);
        Instant runsOut = day.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(rng.nextInt(24 * 60)));
        Instant restocked = runsOut.plus(Duration.ofHours(rng.between(24, 24 * LONGEST_DAYS)));
        out.add(part);
        for (World.StockLevel usual : world.partsStock()) {
            if (usual.partNo().equals(part)) {
                Catalogue.TeamSpec depot = usual.depot();
                planned.add(new Change(runsOut, new World.StockLevel(part, depot, 0)));
                // A depot that held none at the start gets a few with the restock.
                planned.add(new Change(
                        restocked, new World.StockLevel(part, depot, Math.max(usual.quantity(), rng.between(2, 6)))));
            }
        }
    }
}
