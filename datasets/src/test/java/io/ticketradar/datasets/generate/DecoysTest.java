package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each decoy kind has its effect in the generated data, measured from the tickets as an analyst would: the
 * seasons scale their regions' new tickets by their factor and leave the others alone, a new site's tickets
 * arrive with the fault mix of everyone else's, a rollout reaches about half its product's fleet and that
 * product's tickets follow its installed base. A small world, one scenario with each decoy in its own stretch.
 */
class DecoysTest {
    private static final Scenario SCENARIO = Scenarios.load("test/decoy-check");
    private static final LocalDate START = SCENARIO.startDate();
    private static Generated data;
    private static String tenant;

    @BeforeAll
    static void generate() {
        data = Generated.of(GeneratorSettings.of(1, START, SCENARIO.days(), 80, 17, SCENARIO));
        tenant = data.generator().worlds().getFirst().tenant().id();
    }

    /** New issues a day (follow-ups lag their seasons), evened out for the day of the week, over [from, to). */
    private static double perDay(int from, int to, Predicate<TicketTruth> which) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        for (TicketTruth t : data.tickets()) {
            if ("new".equals(t.kind()) && which.test(t)) {
                byDay.merge(t.cohortDay(), 1, Integer::sum);
            }
        }
        double sum = 0;
        for (int d = from; d < to; d++) {
            LocalDate day = START.plusDays(d);
            sum += byDay.getOrDefault(day, 0) / ArrivalProcess.weekday(day);
        }
        return sum / (to - from);
    }

    @Test
    void aSeasonalRiseScalesItsRegionsOnly() {
        Predicate<TicketTruth> east = t -> t.region() == Region.EAST;
        Predicate<TicketTruth> rest = t -> t.region() != Region.EAST && t.region() != Region.SOUTHWEST;
        double eastRise = perDay(25, 45, east) / perDay(0, 21, east);
        double restRise = perDay(25, 45, rest) / perDay(0, 21, rest);
        System.out.printf("seasonal rise x1.5 in 华东: 华东 x%.2f, other regions x%.2f%n", eastRise, restRise);
        assertEquals(1.5, eastRise, 0.15);
        assertEquals(1.0, restRise, 0.1);
    }

    @Test
    void theHolidayDipFallsToItsFactor() {
        double depth = perDay(72, 86, t -> true) / perDay(52, 70, t -> true);
        System.out.printf("holiday dip to 0.4: realised %.2f%n", depth);
        assertEquals(0.4, depth, 0.06);
        JsonNode dip = decoy("dip");
        assertEquals(START.plusDays(70).toString(), dip.get("onset_day").asText(), "7 days before the new year");
        assertEquals(START.plusDays(88).toString(), dip.get("until_day").asText(), "ends after the 10th day after");
        assertEquals(0.4, dip.get("realised").get("ratio").asDouble(), 0.08);
    }

    @Test
    void aNewSitesTicketsRiseWithTheFaultMixOfTheRest() {
        NewSiteDecoy site = (NewSiteDecoy) placed("new-site");
        String siteId = site.opening().site().siteId();
        Instant opens = site.opensAt();
        List<TicketTruth> atSite = new ArrayList<>();
        Map<String, Integer> siteFaults = new TreeMap<>();
        Map<String, Integer> otherFaults = new TreeMap<>();
        for (TicketTruth t : data.tickets()) {
            if (siteId.equals(t.siteId())) {
                assertTrue(!t.createdAt().isBefore(opens), "no ticket before the site opens: " + t.ticketId());
                atSite.add(t);
                siteFaults.merge(t.faultCode(), 1, Integer::sum);
            } else if (!t.createdAt().isBefore(opens)) {
                otherFaults.merge(t.faultCode(), 1, Integer::sum);
            }
        }
        Predicate<TicketTruth> ofSite = t -> siteId.equals(t.siteId());
        double firstWeek = perDay(10, 17, ofSite);
        double settled = perDay(30, 100, ofSite);
        double chi2 = chiSquare(siteFaults, otherFaults);
        System.out.printf(
                "new site %s: %d tickets, %.1f a day in its first week, %.1f once settled; fault mix chi2 %.1f%n",
                siteId, atSite.size(), firstWeek, settled, chi2);
        assertTrue(firstWeek < 0.6 * settled, "tickets ease in over the first weeks");
        // 8% of the fleet: its settled rate is 8% of the ordinary new issues.
        assertEquals(0.08 * perDay(0, 10, t -> true), settled, 0.25 * 0.08 * perDay(0, 10, t -> true));
        assertTrue(chi2 < 45, "same fault mix as the rest (chi2 with ~20 degrees of freedom: " + chi2 + ")");
        assertEquals(siteId, decoy("new-site").get("group").get("site_id").asText());
    }

    @Test
    void aRolloutReachesHalfTheFleetAndItsTicketsFollowTheInstalledBase() {
        RolloutDecoy rollout = (RolloutDecoy) placed("hu-rollout");
        Instant end = START.plusDays(15).atStartOfDay(GeneratorSettings.CHINA).toInstant();
        double installed = rollout.installedShare(end);
        int product = 0;
        int onNewVersion = 0;
        Map<String, Integer> newFaults = new TreeMap<>();
        Map<String, Integer> oldFaults = new TreeMap<>();
        for (TicketTruth t : data.tickets()) {
            if ("HU-1280".equals(t.productModel()) && !t.createdAt().isBefore(end)) {
                product++;
                boolean updated = "HU-9.9.9".equals(t.firmware());
                onNewVersion += updated ? 1 : 0;
                (updated ? newFaults : oldFaults).merge(t.faultCode(), 1, Integer::sum);
            }
        }
        double share = (double) onNewVersion / product;
        System.out.printf(
                "rollout to half of %d HU-1280: %.3f installed; %.3f of %d tickets on the new version%n",
                rollout.fleet(), installed, share, product);
        assertEquals(0.5, installed, 0.05);
        assertEquals(installed, share, 0.06);
        assertTrue(chiSquare(newFaults, oldFaults) < 25, "an unchanged fault mix");

        // The master data tells of each device that took it, at the time it took it.
        EventCodec codec = new EventCodec();
        Set<String> changed = new HashSet<>();
        Instant onset = START.plusDays(5).atStartOfDay(GeneratorSettings.CHINA).toInstant();
        Instant opened =
                START.plusDays(10).atStartOfDay(GeneratorSettings.CHINA).toInstant();
        for (GeneratedRecord r : data.records()) {
            if (Topics.MASTER_DATA.equals(r.topic())
                    && codec.decode(r.value()) instanceof Decoded.Valid(Event e)
                    && codec.body(e) instanceof EventBody.DeviceRegistered d
                    && "HU-9.9.9".equals(d.firmware())) {
                assertTrue(!e.ts().isBefore(onset) && !e.ts().isAfter(end), "within the rollout: " + e.ts());
                // A device of the site opened during the rollout may be registered with the new version at once.
                assertTrue(
                        e.eventId().endsWith("-2") || e.ts().equals(opened),
                        "the device's second registration: " + e.eventId());
                changed.add(d.deviceSn());
            }
        }
        assertEquals(Math.round(installed * rollout.fleet()), changed.size());
        assertEquals(
                0.5,
                decoy("hu-rollout")
                        .get("realised")
                        .get("installed_share_at_end_of_rollout")
                        .asDouble(),
                0.05);
    }

    @Test
    void groundTruthRecordsEveryDecoyWithItsGroupAndDailyCounts() {
        JsonNode decoys = data.truth().toJson().get("tenants").get(tenant).get("decoys");
        assertEquals(4, decoys.size());
        Map<String, String> kinds = new HashMap<>();
        for (JsonNode d : decoys) {
            kinds.put(d.get("id").asText(), d.get("kind").asText());
            for (String key : new String[] {"onset", "onset_day", "windows", "group", "daily", "realised"}) {
                assertTrue(d.has(key), d.get("id") + " has " + key);
            }
            assertTrue(d.get("daily").size() >= 99, "a row per day");
        }
        assertEquals(
                Map.of(
                        "east-rise", "seasonal_rise",
                        "dip", "holiday_dip",
                        "new-site", "new_site",
                        "hu-rollout", "firmware_rollout"),
                kinds);
        JsonNode rise = decoy("east-rise");
        assertEquals(1.5, rise.get("group").get("factor").asDouble());
        assertEquals("华东", rise.get("group").get("regions").get(0).asText());
        assertEquals(1.5, rise.get("realised").get("ratio").asDouble(), 0.2);
    }

    private static ActiveDecoy placed(String id) {
        return data.generator().decoys(tenant).stream()
                .filter(d -> d.spec().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode decoy(String id) {
        for (JsonNode d : data.truth().toJson().get("tenants").get(tenant).get("decoys")) {
            if (d.get("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no decoy " + id);
    }

    /**
     * Pearson's chi-square of a 2 x k table (the group's fault counts against the rest's), faults expected fewer
     * than 5 times in the group pooled, so a mix drawn from the same fault weights stays near its degrees of freedom.
     */
    private static double chiSquare(Map<String, Integer> group, Map<String, Integer> rest) {
        double groupTotal = group.values().stream().mapToInt(Integer::intValue).sum();
        double restTotal = rest.values().stream().mapToInt(Integer::intValue).sum();
        double total = groupTotal + restTotal;
        Set<String> faults = new HashSet<>(group.keySet());
        faults.addAll(rest.keySet());
        List<double[]> cells = new ArrayList<>();
        double[] pooled = new double[2];
        for (String fault : faults) {
            double[] cell = {group.getOrDefault(fault, 0), rest.getOrDefault(fault, 0)};
            if ((cell[0] + cell[1]) * groupTotal / total < 5) {
                pooled[0] += cell[0];
                pooled[1] += cell[1];
            } else {
                cells.add(cell);
            }
        }
        cells.add(pooled);
        double chi2 = 0;
        for (double[] cell : cells) {
            double column = cell[0] + cell[1];
            if (column == 0) {
                continue;
            }
            double expectedGroup = column * groupTotal / total;
            double expectedRest = column * restTotal / total;
            chi2 += Math.pow(cell[0] - expectedGroup, 2) / expectedGroup
                    + Math.pow(cell[1] - expectedRest, 2) / expectedRest;
        }
        return chi2;
    }
}
