package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The injected patterns have their stated shares after onset, measured from the events as an analyst
 * would (the slice's tickets, the diagnosed fault), and agree with ground_truth.json.
 */
class PatternsTest {
    private static final String TENANT = GeneratorSettings.DEMO_TENANTS.getFirst();
    /** A winter: onsets are relative, cold start begins 2024-12-22 and is at full share from 2025-01-12. */
    private static final LocalDate START = LocalDate.of(2024, 12, 1);

    private static final Map<String, EventBody.TicketCreated> created = new HashMap<>();
    private static final Map<String, Instant> createdAt = new HashMap<>();
    private static final Map<String, String> diagnosed = new HashMap<>();
    private static final Map<String, Boolean> aftermarketPhoto = new HashMap<>();
    private static Generated data;

    @BeforeAll
    static void generate() {
        data = Generated.of(GeneratorSettings.of(1, START, 120, 120, 99, Scenarios.load("before")));
        EventCodec codec = new EventCodec();
        for (GeneratedRecord record : data.records()) {
            if (codec.decode(record.value()) instanceof Decoded.Valid(Event event)) {
                switch (codec.body(event)) {
                    case EventBody.TicketCreated c -> {
                        created.put(event.ticketId(), c);
                        createdAt.put(event.ticketId(), event.ts());
                    }
                    case EventBody.FaultDiagnosed d -> diagnosed.put(event.ticketId(), d.faultCode());
                    case EventBody.RepairRecorded r ->
                        aftermarketPhoto.merge(
                                event.ticketId(), r.photoLabels().contains("non_original_screen"), Boolean::logicalOr);
                    default -> {}
                }
            }
        }
    }

    /** Share of tickets in the slice, created in [from, to), whose diagnosed fault is the pattern's. */
    private static double share(Predicate<EventBody.TicketCreated> slice, LocalDate from, LocalDate to, String fault) {
        return share(slice, from, to, fault, 100);
    }

    private static double share(
            Predicate<EventBody.TicketCreated> slice, LocalDate from, LocalDate to, String fault, int minTickets) {
        Instant start = from.atStartOfDay(GeneratorSettings.CHINA).toInstant();
        Instant end = to.atStartOfDay(GeneratorSettings.CHINA).toInstant();
        int inSlice = 0;
        int hits = 0;
        for (var e : created.entrySet()) {
            Instant at = createdAt.get(e.getKey());
            if (!at.isBefore(start) && at.isBefore(end) && slice.test(e.getValue())) {
                inSlice++;
                hits += fault.equals(diagnosed.get(e.getKey())) ? 1 : 0;
            }
        }
        assertTrue(inSlice >= minTickets, "enough tickets in the slice: " + inSlice);
        return (double) hits / inSlice;
    }

    private static JsonNode realised(String pattern) {
        for (JsonNode p : data.truth().toJson().get("tenants").get(TENANT).get("patterns")) {
            if (p.get("id").asText().equals(pattern)) {
                return p.get("realised");
            }
        }
        throw new AssertionError(pattern);
    }

    @Test
    void coldStartGrowsToAThirdOfTicketsBelowMinus15() {
        Predicate<EventBody.TicketCreated> cold = c -> c.ambientTempC() != null && c.ambientTempC() < -15;
        double baseline = share(cold, START, START.plusDays(21), "HV-OBC-LT01", 5); // early winter: few such tickets
        double winter = share(cold, START.plusDays(42), START.plusDays(120), "HV-OBC-LT01");
        System.out.printf("cold start: %.3f before onset, %.3f at target%n", baseline, winter);
        assertTrue(baseline < 0.2, "baseline " + baseline);
        assertTrue(realised("obc-cold-start").get("share_before_onset").asDouble() < 0.2);
        assertEquals(0.34, winter, 0.05);
        assertEquals(0.34, realised("obc-cold-start").get("share_at_target").asDouble(), 0.05);
    }

    @Test
    void acControllerBurstInSouthChinaEndsWithThePatch() {
        Predicate<EventBody.TicketCreated> south = c -> c.region().equals("华南");
        double before = share(south, START, START.plusDays(28), "SW-ACC-01");
        double burst = share(south, START.plusDays(33), START.plusDays(56), "SW-ACC-01");
        double patched = share(south, START.plusDays(80), START.plusDays(120), "SW-ACC-01");
        System.out.printf(
                "A/C restarts in 华南: %.3f before, %.3f burst, %.3f after the patch%n", before, burst, patched);
        assertTrue(before < 0.04, "rare before onset");
        assertEquals(0.22, burst, 0.05);
        assertTrue(patched < 0.05, "ends once the patch is rolled out");
        Predicate<EventBody.TicketCreated> north = c -> c.region().equals("华北");
        assertTrue(share(north, START.plusDays(33), START.plusDays(56), "SW-ACC-01") < 0.04, "only in 华南");
    }

    /** The realistic check of the decoys: the model customer's winter, at its ticket rate. */
    @Test
    void theDecoysOfTheModelCustomersWinterShowAtItsScale() {
        JsonNode tenant = data.truth().toJson().get("tenants").get(TENANT);
        Map<String, JsonNode> decoys = new HashMap<>();
        tenant.get("decoys").forEach(d -> decoys.put(d.get("id").asText(), d));
        JsonNode dip = decoys.get("spring-festival");
        assertEquals("2025-01-22", dip.get("onset_day").asText(), "a week before Chinese New Year 2025-01-29");
        assertEquals(0.35, dip.get("realised").get("ratio_new_issues").asDouble(), 0.05, "the dip's depth");
        double all = dip.get("realised").get("ratio").asDouble();
        assertTrue(all > 0.35 && all < 0.55, "follow-ups of earlier tickets soften it: " + all);
        JsonNode site = decoys.get("wuhan-new-dealer").get("realised");
        assertEquals(0.03, site.get("group_share_in_full").asDouble(), 0.01, "3% of the fleet, 3% of the tickets");
        JsonNode rollout = decoys.get("hu-2-6-0-rollout").get("realised");
        assertEquals(0.5, rollout.get("installed_share_at_end_of_rollout").asDouble(), 0.03);
        assertEquals(
                rollout.get("installed_share_at_end_of_rollout").asDouble(),
                rollout.get("group_share_in_full").asDouble(),
                0.05,
                "the new version's share of the product's tickets follows its installed base");
        int fleet = data.generator().worlds().getFirst().devices().size()
                + decoys.get("wuhan-new-dealer").get("group").get("devices").asInt();
        assertEquals(fleet, tenant.get("master_data").get("devices_registered").asInt());
        System.out.printf(
                "model customer's winter: %d devices registered, %d firmware changes; dip x%.2f; new site %.3f of"
                        + " tickets; HU-2.6.0 on %.3f of the fleet%n",
                fleet,
                tenant.get("master_data").get("firmware_changes").asInt(),
                dip.get("realised").get("ratio").asDouble(),
                site.get("group_share_in_full").asDouble(),
                rollout.get("installed_share_at_end_of_rollout").asDouble());
    }

    @Test
    void canErrorsComeFromNonOriginalScreens() {
        double ordinary = share(c -> true, START, START.plusDays(14), "LV-CAN-01");
        double atTarget = share(c -> true, START.plusDays(56), START.plusDays(120), "LV-CAN-01");
        long pattern = data.tickets().stream()
                .filter(t -> "can-non-original-screen".equals(t.patternId()))
                .count();
        long withPhoto = data.tickets().stream()
                .filter(t -> "can-non-original-screen".equals(t.patternId()))
                .filter(t -> aftermarketPhoto.getOrDefault(t.ticketId(), false))
                .count();
        System.out.printf(
                "CAN errors: %.3f of all tickets before onset, %.3f at target; %d pattern tickets, %d with a non-original screen photo%n",
                ordinary, atTarget, pattern, withPhoto);
        assertEquals(0.06 - 0.004, atTarget - ordinary, 0.015);
        assertEquals(
                0.06, realised("can-non-original-screen").get("share_at_target").asDouble(), 0.015);
        assertTrue(withPhoto > 0.3 * pattern, "field visits photograph the non-original screen");
        long ordinaryWithPhoto = data.tickets().stream()
                .filter(t -> t.patternId() == null)
                .filter(t -> aftermarketPhoto.getOrDefault(t.ticketId(), false))
                .count();
        assertEquals(0, ordinaryWithPhoto, "only the pattern's repairs show the screen");
    }
}
