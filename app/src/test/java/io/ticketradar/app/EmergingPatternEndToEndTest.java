package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.api.TenantTokens;
import io.ticketradar.datasets.generate.ActivePattern;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.Warehouse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 7's proof, end to end on the real stack (in-process Kafka, Flink MiniCluster, the embedded ClickHouse engine):
 * a generated data set with a sharp-onset pattern, posted to {@code /api/v1/events} as NDJSON in the order a source
 * would send it, master data included, shows up as an emerging pattern through the API, with its words, its hints
 * and people's decisions on it.
 *
 * <p>The scenario is the evaluation set's on-board-charger burst ({@code eval/charger-obc-input}: from day 40 the
 * injected fault ramps up to 5% of new issues within two days) for one tenant at 80 tickets a day over 45 days: the
 * 28 days the detector needs before it may report, the onset, and five days after it, posted as a source holds them
 * at the end of the 45th day (about 74,000 records, 34,000 of them master data). At 80 a day the offline detector
 * ({@code ./ticketradar evaluate-patterns}) finds it within two days of onset on each of eleven seeds tried; at 60 a
 * day it misses it on three of eight, so a smaller world would test the seed rather than the product.
 */
@Tag("stack")
class EmergingPatternEndToEndTest {

    private static final Logger LOG = LoggerFactory.getLogger(EmergingPatternEndToEndTest.class);
    private static final String TENANT = GeneratorSettings.DEMO_TENANTS.getFirst();
    private static final int TICKETS_PER_DAY = 80;
    private static final int DAYS = 45;
    private static final long SEED = 42;
    /** How long after the onset the detector may take: the issue's target is two days, this is a loose bound. */
    private static final int MOST_DAYS_TO_DETECT = 7;

    private static final Duration PATTERN_APPEARS = Duration.ofMinutes(5);
    /**
     * The detector's own row changes at the first checkpoint after it learnt the decision. Replaying weeks of history
     * makes the rolling 24 h indicators catch up minute by minute, which holds checkpoints back for a minute or more.
     */
    private static final Duration DETECTOR_LEARNS = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void generatedEventsPostedToTheApiShowUpAsAnEmergingPattern() throws Exception {
        Stopwatch watch = new Stopwatch();
        Scenario scenario = Scenarios.load("eval/charger-obc-input");
        GeneratedStream data = GeneratedStream.asOfEnd(new GeneratorSettings(
                List.of(TENANT), scenario.startDate(), DAYS, TICKETS_PER_DAY, SEED, scenario, GeneratorSettings.CHINA));
        ActivePattern injected = data.onlyPattern();
        Catalogue.Fault fault = injected.fault();
        watch.lap("generated " + data.records().size() + " records");

        TenantTokens tokens = new TenantTokens();
        TicketRadarConfig config = TestStackConfig.of(dataDir);
        try (TicketRadarStack stack = TicketRadarStack.start(config, tokens)) {
            ApiCalls api = new ApiCalls(stack.apiUrl(), tokens.issue(TENANT));
            api.awaitHealthy(TestStackConfig.STACK_UP);
            watch.lap("stack up");

            NdjsonPoster.Outcome posted = new NdjsonPoster(api).post(data.records());
            watch.lap("posted in " + posted.batches() + " batches");
            checkIngest(data, posted);

            JsonNode pattern = awaitPattern(api, stack.warehouse(), "fault:" + fault.code());
            watch.lap("pattern " + text(pattern, "id") + " appeared, " + text(pattern, "status") + ", detected on "
                    + text(pattern, "detected_on") + ", " + codes(pattern));
            String id = text(pattern, "id");
            LocalDate detectedOn = LocalDate.parse(text(pattern, "detected_on"));
            LocalDate onset = injected.onsetDay();
            assertTrue(
                    !detectedOn.isBefore(onset) && !detectedOn.isAfter(onset.plusDays(MOST_DAYS_TO_DETECT)),
                    "detected on " + detectedOn + ", onset " + onset + ": never before it, within "
                            + MOST_DAYS_TO_DETECT + " days of it");
            assertTrue(Set.of("emerging", "active").contains(text(pattern, "status")), pattern.toString());
            for (String lang : List.of("zh", "en")) {
                assertFalse(pattern.path("title").path(lang).asText().isBlank(), "title in " + lang);
                assertFalse(pattern.path("description").path(lang).asText().isBlank(), "description in " + lang);
            }
            // The fault's names come from the CODE_DEFINED master data posted with the events.
            assertTrue(text(pattern, "description", "zh").contains(fault.zh()), pattern.toString());
            assertTrue(text(pattern, "description", "en").contains(fault.en()), pattern.toString());

            JsonNode one = api.get("/api/v1/patterns/" + id).ok();
            assertEquals(id, text(one, "id"));
            assertEquals(pattern.get("defining"), one.get("defining"));
            assertEquals(pattern.get("detected_on"), one.get("detected_on"));

            List<String> examples = texts(pattern.get("example_tickets"));
            assertFalse(examples.isEmpty(), "example tickets of " + pattern);
            Set<String> injectedTickets = data.ticketsOf(injected);
            long injectedExamples =
                    examples.stream().filter(injectedTickets::contains).count();
            assertTrue(
                    injectedExamples * 2 > examples.size(),
                    "most example tickets are the injected pattern's: " + examples);
            String example = exampleWithHints(api, id, examples);
            assertHintIsThePatterns(api, example, id);
            String unrelated = unrelatedTicket(data, fault.code(), onset);
            assertNull(hintOf(api, unrelated, id), "no hint of " + id + " for " + unrelated + ", of another fault");
            checkMasterDataArrived(api, example);
            watch.lap("pattern, hints and master data checked");

            String reason = "a known accessory problem, handled by the sales channel";
            JsonNode dismissed = api.patch(
                            "/api/v1/patterns/" + id,
                            "{\"action\":\"dismiss\",\"reason\":\"" + reason + "\",\"by\":\"e2e\"}")
                    .ok();
            for (JsonNode readBack :
                    List.of(dismissed, api.get("/api/v1/patterns/" + id).ok())) {
                assertEquals("dismissed", text(readBack, "status"), readBack.toString());
                assertTrue(readBack.path("feedback").path("dismissed").asBoolean(), readBack.toString());
                assertEquals(reason, text(readBack, "feedback", "dismiss_reason"));
            }
            assertTrue(
                    ids(api.get("/api/v1/patterns?status=dismissed").ok()).contains(id), "listed among the dismissed");
            assertNull(hintOf(api, example, id), "a dismissed pattern gives no hints");
            awaitDetectorStatus(api, stack.warehouse(), id, "dismissed");
            watch.lap("dismissal round-tripped to the detector");
        }
        LOG.info("end-to-end pattern test: {}", watch);
    }

    /**
     * Every record the generator spoilt on purpose is refused with the reason it was spoilt for, and every other one
     * is accepted, master data (DEVICE_REGISTERED, CODE_DEFINED on the master-data topic) included.
     */
    private static void checkIngest(GeneratedStream data, NdjsonPoster.Outcome posted) {
        Map<Long, List<String>> expected = new TreeMap<>();
        long lines = 0;
        for (int seq = 0; seq < data.records().size(); seq++) {
            int recordLines = NdjsonPoster.lines(data.records().get(seq)).size();
            lines += recordLines;
            RejectionReason reason = data.expectedRefusal().get((long) seq);
            if (reason != null && recordLines > 0) {
                expected.put((long) seq, Collections.nCopies(recordLines, reason.name()));
            }
        }
        assertEquals(expected, posted.refused(), "records refused, by position, and why");
        long refusedLines =
                posted.refused().values().stream().mapToLong(List::size).sum();
        assertEquals(lines - refusedLines, posted.accepted(), "every other record is accepted");
        long masterData = data.recordsOn(Topics.MASTER_DATA);
        assertTrue(masterData > 0, "the data set has master data, and so the API took it");
        LOG.info(
                "posted {} records ({} master data): {} events accepted, {} records refused",
                data.records().size(),
                masterData,
                posted.accepted(),
                posted.refused().size());
    }

    /** DEVICE_REGISTERED posted to the API reached the warehouse: only it tells a device's production date. */
    private static void checkMasterDataArrived(ApiCalls api, String ticketId) {
        JsonNode events =
                api.get("/api/v1/tickets/" + ticketId + "/events").ok().get("events");
        String sn = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> text(e, "event_type").equals("TICKET_CREATED"))
                .map(e -> text(e, "device_sn"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TICKET_CREATED among " + events));
        JsonNode device = api.get("/api/v1/devices/" + sn + "/history").ok().get("device");
        assertNotNull(device, "master data of " + sn);
        assertFalse(device.path("production_date").isNull(), "production date of " + sn + ": " + device);
    }

    /** A ticket of no injected pattern and another fault, created after the onset and stored long before the end. */
    private static String unrelatedTicket(GeneratedStream data, String fault, LocalDate onset) {
        Instant after = onset.atStartOfDay(GeneratorSettings.CHINA).toInstant();
        Instant before = data.generator().settings().endInstant().minus(Duration.ofDays(3));
        return data.tickets().stream()
                .filter(t -> t.patternId() == null
                        && t.faultCode() != null
                        && !t.faultCode().equals(fault))
                .filter(t -> t.createdAt().isAfter(after) && t.createdAt().isBefore(before))
                .map(TicketTruth::ticketId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ticket of another fault after " + onset));
    }

    /** The first example ticket whose hints include the pattern (a ticket must carry every defining code). */
    private static String exampleWithHints(ApiCalls api, String patternId, List<String> examples) {
        List<String> without = new ArrayList<>();
        for (String ticket : examples) {
            if (hintOf(api, ticket, patternId) != null) {
                if (!without.isEmpty()) {
                    LOG.info("example tickets without the pattern's hints: {}", without);
                }
                return ticket;
            }
            without.add(ticket);
        }
        throw new AssertionError("none of the example tickets " + examples + " has the hints of " + patternId);
    }

    /** The ticket's hint from the pattern, or null. */
    /**
     * A ticket's hint is its pattern's hints. The pattern is re-described while cases keep arriving (teams of equal
     * count may change places), so the two are compared when read one after the other without a change between.
     */
    private static void assertHintIsThePatterns(ApiCalls api, String ticketId, String patternId) {
        JsonNode hint = null;
        JsonNode hints = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode before = api.get("/api/v1/patterns/" + patternId).ok().path("hints");
            hint = hintOf(api, ticketId, patternId);
            hints = api.get("/api/v1/patterns/" + patternId).ok().path("hints");
            if (before.equals(hints)) {
                break;
            }
        }
        for (String field : List.of("teams", "parts", "root_causes", "resolution")) {
            assertEquals(hints.get(field), hint.get(field), field + " of the hint for " + ticketId);
        }
    }

    private static JsonNode hintOf(ApiCalls api, String ticketId, String patternId) {
        for (JsonNode hint :
                api.get("/api/v1/tickets/" + ticketId + "/hints").ok().get("hints")) {
            if (text(hint, "pattern_id").equals(patternId)) {
                return hint;
            }
        }
        return null;
    }

    /** Polls the tenant's patterns until one is defined by the code; fails with what the API and the warehouse hold. */
    private static JsonNode awaitPattern(ApiCalls api, Warehouse warehouse, String code) throws InterruptedException {
        long deadline = System.nanoTime() + PATTERN_APPEARS.toNanos();
        while (true) {
            JsonNode list = api.get("/api/v1/patterns?limit=200").ok();
            for (JsonNode p : list.get("patterns")) {
                if (codes(p).contains(code)) {
                    return p;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no pattern defined by " + code + " within " + PATTERN_APPEARS
                        + ".\nThe warehouse: " + progress(warehouse) + "\n/api/v1/patterns: " + summary(list)
                        + "\nwhole answer: " + list);
            }
            Thread.sleep(1_000);
        }
    }

    /** How far the data got, for a failure message. */
    private static String progress(Warehouse warehouse) {
        return warehouse.query("""
                        SELECT (SELECT count() FROM ticket_events WHERE tenant_id = ?) AS events,
                               (SELECT count() FROM failure_cases FINAL WHERE tenant_id = ?) AS cases,
                               (SELECT toString(max(day)) FROM failure_cases WHERE tenant_id = ?) AS newest_case_day,
                               (SELECT count() FROM failure_patterns FINAL WHERE tenant_id = ?) AS patterns""", TENANT, TENANT, TENANT, TENANT).toString();
    }

    private static String summary(JsonNode list) {
        List<String> lines = new ArrayList<>();
        for (JsonNode p : list.get("patterns")) {
            lines.add(text(p, "id") + " " + text(p, "status") + " detected " + text(p, "detected_on") + " " + codes(p)
                    + " " + text(p, "title", "en"));
        }
        return list.get("total").asLong() + " patterns " + lines;
    }

    /** Waits until the detector itself has the pattern in the given status (its own row, not the API's view). */
    private static void awaitDetectorStatus(ApiCalls api, Warehouse warehouse, String patternId, String status)
            throws InterruptedException {
        long deadline = System.nanoTime() + DETECTOR_LEARNS.toNanos();
        String checkpointsBefore = checkpoints(api);
        String now = null;
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> rows = warehouse.query(
                    "SELECT status FROM failure_patterns FINAL WHERE tenant_id = ? AND pattern_id = ?",
                    TENANT,
                    patternId);
            now = rows.isEmpty() ? null : String.valueOf(rows.getFirst().get("status"));
            if (status.equals(now)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the detector's row of " + patternId + " is " + now + ", not " + status + ", "
                + DETECTOR_LEARNS + " after the decision; Flink checkpoints completed: " + checkpointsBefore
                + " at the decision, " + checkpoints(api) + " now (rows reach the warehouse at checkpoints)");
    }

    private static String checkpoints(ApiCalls api) {
        return api.get("/metrics")
                .body()
                .lines()
                .filter(l -> l.startsWith("ticketradar_flink_checkpoints_completed_total"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1))
                .findFirst()
                .orElse("unknown");
    }

    private static List<String> codes(JsonNode pattern) {
        List<String> out = new ArrayList<>();
        pattern.get("defining").forEach(c -> out.add(text(c, "code")));
        return out;
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("patterns").forEach(p -> out.add(text(p, "id")));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }

    private static String text(JsonNode node, String... path) {
        JsonNode at = node;
        for (String name : path) {
            at = at.path(name);
        }
        return at.asText();
    }

    /** Wall time of the test's steps, for the log. */
    private static final class Stopwatch {
        private final long started = System.nanoTime();
        private long last = started;
        private final List<String> laps = new ArrayList<>();

        void lap(String what) {
            long now = System.nanoTime();
            String line = String.format("%s %.1f s", what, (now - last) / 1e9);
            laps.add(line);
            LOG.info("{} (total {} s)", line, String.format("%.1f", (now - started) / 1e9));
            last = now;
        }

        @Override
        public String toString() {
            return String.join(", ", laps) + String.format("; total %.1f s", (System.nanoTime() - started) / 1e9);
        }
    }
}
