package io.ticketradar.datasets.world;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorldTest {
    private static final Catalogue CATALOGUE = Catalogue.standard();

    private static Catalogue.City city(String zh) {
        return CATALOGUE.cities().stream()
                .filter(c -> c.zh().equals(zh))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void harbinWintersReachMinus25_guangzhouRarelyDropsBelow10() {
        Climate climate = new Climate(3);
        double harbinMin = Double.MAX_VALUE;
        int guangzhouCold = 0;
        int hours = 0;
        for (LocalDate day = LocalDate.of(2024, 12, 1); day.isBefore(LocalDate.of(2025, 3, 1)); day = day.plusDays(1)) {
            for (int h = 0; h < 24; h++) {
                var at = day.atTime(h, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
                harbinMin = Math.min(harbinMin, climate.temperatureC(city("哈尔滨"), at));
                guangzhouCold += climate.temperatureC(city("广州"), at) < 10 ? 1 : 0;
                hours++;
            }
        }
        assertTrue(harbinMin <= -25, "哈尔滨 winter minimum " + harbinMin);
        assertTrue(guangzhouCold < 0.1 * hours, "广州 hours below 10 C: " + guangzhouCold + " of " + hours);
    }

    @Test
    void theModelCustomersWorld() {
        World world = new WorldBuilder(CATALOGUE, WorldSize.MODEL_CUSTOMER)
                .build(
                        Tenant.of(java.util.List.of("suzhou-auto-electronics")).getFirst(),
                        1,
                        LocalDate.of(2025, 1, 1),
                        120);
        assertEquals(
                86,
                world.sites().stream()
                        .filter(s -> s.kind() == Site.Kind.DEALER_SHOP)
                        .count());
        assertEquals(
                237,
                world.sites().stream()
                        .filter(s -> s.kind() == Site.Kind.REPAIR_STATION)
                        .count());
        assertEquals(47, CATALOGUE.symptoms().size());
        assertEquals(7, world.sites().stream().map(Site::region).distinct().count());
        Set<String> sns = new HashSet<>();
        for (Device device : world.devices()) {
            assertTrue(sns.add(device.sn()), "unique SN " + device.sn());
            assertEquals(device.batch(), device.sn().substring(0, 4), "the SN's first 4 characters are the batch");
        }
        assertTrue(world.customers().stream().anyMatch(c -> c.devices().size() > 5), "fleets own several devices");
        assertTrue(world.sites().stream().anyMatch(s -> s.name().startsWith("苏州工业园区")));
    }
}
