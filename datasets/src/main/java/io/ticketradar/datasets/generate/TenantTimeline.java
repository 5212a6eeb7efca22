package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.DayRef;
import io.ticketradar.datasets.scenario.DecoySpec;
import io.ticketradar.datasets.world.Device;
import io.ticketradar.datasets.world.OpeningSite;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.datasets.world.Site;
import io.ticketradar.datasets.world.World;
import io.ticketradar.datasets.world.WorldBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant's world and what happens to it while the data runs: the scenario's decoys placed in it (sites that
 * open, seasons, firmware rollouts) and the firmware every device runs over time. Built once per tenant,
 * deterministically from the seed; read-only afterwards.
 */
final class TenantTimeline {
    private final World world;
    private final List<ActiveDecoy> decoys;
    private final List<RateDecoy> rates;
    private final List<NewSiteDecoy> newSites;
    private final FirmwareHistory firmware = new FirmwareHistory();
    private final Map<Region, List<Device>> devicesByRegion = new EnumMap<>(Region.class);
    private final Map<Region, Double> regionShares = new EnumMap<>(Region.class);

    TenantTimeline(World world, GeneratorSettings settings, List<ActivePattern> patterns, WorldBuilder builder) {
        this.world = world;
        RateDecoy.Range range =
                new RateDecoy.Range(settings.start(), settings.startInstant(), settings.endInstant(), settings.zone());
        long seed = Rng.derive(settings.seed(), "decoys", world.tenant().id());
        List<DecoySpec> specs = settings.scenario().decoys();
        ActiveDecoy[] placed = new ActiveDecoy[specs.size()];
        List<OpeningSite> opened = new ArrayList<>();
        // Sites first: their devices are part of the fleet a rollout or a patch goes to.
        for (int i = 0; i < specs.size(); i++) {
            placed[i] = switch (specs.get(i)) {
                case DecoySpec.SeasonalRise s -> RateDecoy.seasonalRise(s, range);
                case DecoySpec.HolidayDip s -> RateDecoy.holidayDip(s, range);
                case DecoySpec.NewSite s -> {
                    OpeningSite site = builder.openSite(
                            world,
                            opened,
                            s.region(),
                            s.city(),
                            siteKind(s),
                            Math.max(1, (int)
                                    Math.round(s.deviceShare() * world.devices().size())),
                            settings.seed(),
                            s.id(),
                            settings.start());
                    opened.add(site);
                    yield new NewSiteDecoy(s, site, range.at(DayRef.resolve(s.onset(), settings.start())));
                }
                case DecoySpec.FirmwareRollout s -> null;
            };
        }
        List<Device> fleet = new ArrayList<>(world.devices());
        opened.forEach(o -> fleet.addAll(o.devices()));
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i) instanceof DecoySpec.FirmwareRollout s) {
                if (world.catalogue().products().stream()
                        .noneMatch(p -> p.code().equals(s.product()))) {
                    throw new IllegalArgumentException(
                            "decoy " + s.id() + ": no product " + s.product() + " in the catalogue");
                }
                placed[i] = new RolloutDecoy(
                        s, range.at(DayRef.resolve(s.onset(), settings.start())), fleet, firmware, seed);
            }
        }
        patterns.stream()
                .filter(p -> p.patchReleased() != null)
                .sorted(Comparator.comparing(ActivePattern::patchReleased))
                .forEach(p -> fleet.stream()
                        .filter(d -> p.takesPatch(d, firmware))
                        .toList()
                        .forEach(d -> firmware.add(
                                d, p.patchTakenAt(d), p.spec().patch().version())));
        firmware.seal();
        this.decoys = List.of(placed);
        this.rates = decoys.stream()
                .filter(RateDecoy.class::isInstance)
                .map(RateDecoy.class::cast)
                .toList();
        this.newSites = decoys.stream()
                .filter(NewSiteDecoy.class::isInstance)
                .map(NewSiteDecoy.class::cast)
                .toList();
        for (Device device : world.devices()) {
            devicesByRegion
                    .computeIfAbsent(device.customer().site().region(), r -> new ArrayList<>())
                    .add(device);
        }
        devicesByRegion.forEach((region, devices) -> regionShares.put(
                region, (double) devices.size() / world.devices().size()));
    }

    private static Site.Kind siteKind(DecoySpec.NewSite spec) {
        return Arrays.stream(Site.Kind.values())
                .filter(k -> k.code().equals(spec.siteKind()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("decoy " + spec.id() + ": site_kind is dealer_shop or "
                        + "repair_station, not " + spec.siteKind()));
    }

    World world() {
        return world;
    }

    /** The decoys in the scenario's order. */
    List<ActiveDecoy> decoys() {
        return decoys;
    }

    List<NewSiteDecoy> newSites() {
        return newSites;
    }

    FirmwareHistory firmware() {
        return firmware;
    }

    /**
     * Where the day's new tickets of the established sites come from: each region's weight is its share of the
     * devices times what the seasons make of it; the weights sum to the day's rate relative to an ordinary day.
     *
     * @param even every region is scaled alike, so a device can be drawn from all at once
     */
    record Arrivals(Map<Region, Double> weights, double rate, boolean even) {}

    Arrivals arrivals(Instant t) {
        Map<Region, Double> weights = new EnumMap<>(Region.class);
        double rate = 0;
        double first = Double.NaN;
        boolean even = true;
        for (Map.Entry<Region, Double> share : regionShares.entrySet()) {
            double factor = rateFactor(share.getKey(), t);
            first = Double.isNaN(first) ? factor : first;
            even &= factor == first;
            weights.put(share.getKey(), share.getValue() * factor);
            rate += share.getValue() * factor;
        }
        return new Arrivals(weights, rate, even);
    }

    /** What the seasons make of the region's ticket rate at {@code t}. */
    double rateFactor(Region region, Instant t) {
        double factor = 1;
        for (RateDecoy rate : rates) {
            factor *= rate.multiplier(region, t);
        }
        return factor;
    }

    /** A device of an established site, from a region drawn by the weights. */
    Device pick(Arrivals arrivals, Rng rng) {
        return arrivals.even()
                ? rng.pick(world.devices())
                : rng.pick(devicesByRegion.get(rng.weighted(arrivals.weights())));
    }
}
