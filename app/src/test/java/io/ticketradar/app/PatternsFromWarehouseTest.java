package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.datasets.generate.ActivePattern;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.pipelines.records.SourcedEvent;
import io.ticketradar.pipelines.sinks.TicketEventRows;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.Warehouses;
import io.ticketradar.warehouse.tables.TicketEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./ticketradar patterns --tenant T --from D --to D} on a real embedded warehouse holding two tenants'
 * generated histories on the same days, stored through ingest's row mapper into {@code ticket_events}: the charger
 * maker's with the evaluation set's sharp-onset on-board-charger burst, and a quiet one. The charger maker's report
 * has its pattern, detected within days of its onset; each run reads every event of its tenant and none of the
 * other's.
 *
 * <p>The charger world has 80 tickets a day over 45 days (the detector's 28 days of history, the onset, and days after
 * it), the size at which {@code EmergingPatternEndToEndTest} finds the burst on every seed tried; the quiet one is
 * small, as it only has to be there.
 */
class PatternsFromWarehouseTest {

    private static final String CHARGERS = GeneratorSettings.DEMO_TENANTS.get(0);
    private static final String QUIET = GeneratorSettings.DEMO_TENANTS.get(1);
    private static final int DAYS = 45;
    private static final int MOST_DAYS_TO_DETECT = 7;
    private static final Pattern READ = Pattern.compile("read (\\d+) events of tenant (\\S+) from (\\S+) to (\\S+)");

    @TempDir
    static Path dataDir;

    private static final Map<String, Long> stored = new HashMap<>();
    private static ActivePattern injected;
    private static LocalDate start;
    private final Console console = new Console();

    @BeforeAll
    static void storeTwoTenantsHistories() {
        Scenario chargers = Scenarios.load("eval/charger-obc-input");
        start = chargers.startDate();
        try (Warehouse warehouse = Warehouses.open(
                WarehouseConfig.embedded(dataDir.resolve("warehouse").toString()))) {
            warehouse.migrate();
            injected = store(warehouse, CHARGERS, chargers, 80).onlyPattern();
            store(warehouse, QUIET, Scenarios.load("quiet"), 20);
        }
    }

    /** Ingest's path for valid records: decoded, then mapped to {@code ticket_events} rows by its own mapper. */
    private static GeneratedStream store(Warehouse warehouse, String tenant, Scenario scenario, int ticketsPerDay) {
        GeneratedStream data = GeneratedStream.asOfEnd(new GeneratorSettings(
                List.of(tenant), start, DAYS, ticketsPerDay, 42, scenario, GeneratorSettings.CHINA));
        EventCodec codec = new EventCodec();
        TicketEventRows mapper = new TicketEventRows();
        List<String> rows = new ArrayList<>();
        for (int seq = 0; seq < data.records().size(); seq++) {
            GeneratedRecord record = data.records().get(seq);
            if (codec.decode(record.value()) instanceof Decoded.Valid valid) {
                rows.add(mapper.toJsonRow(new SourcedEvent(valid.event(), record.topic(), 0, seq)));
            }
        }
        warehouse.insertJsonRows(TicketEvents.TABLE, rows);
        stored.put(tenant, (Long) warehouse
                .query("SELECT count() AS n FROM ticket_events FINAL WHERE tenant_id = ?", tenant)
                .getFirst()
                .get("n"));
        return data;
    }

    @Test
    void theInjectedPatternIsReportedFromTheWarehouse() throws Exception {
        Path json = dataDir.resolve("report.json");
        assertEquals(0, report(CHARGERS, injected.onsetDay().minusDays(3), "--json", json.toString()), console.err());
        assertReadEveryEventOfItsTenantOnly(CHARGERS);

        JsonNode report = new ObjectMapper().readTree(Files.readString(json));
        assertEquals(List.of(CHARGERS), fieldNames(report), "one tenant's report");
        String fault = "fault:" + injected.fault().code();
        JsonNode found = null;
        for (JsonNode p : report.get(CHARGERS)) {
            if (texts(p.get("defining_codes")).contains(fault)) {
                found = p;
            }
        }
        assertTrue(found != null, fault + " among the patterns: " + console.out());
        LocalDate detectedOn = LocalDate.parse(found.get("detected_on").asText());
        assertTrue(
                !detectedOn.isBefore(injected.onsetDay())
                        && !detectedOn.isAfter(injected.onsetDay().plusDays(MOST_DAYS_TO_DETECT)),
                "detected on " + detectedOn + ", onset " + injected.onsetDay());
        String table = console.out();
        assertTrue(table.startsWith("tenant " + CHARGERS + ": "), table);
        assertTrue(table.contains(found.get("pattern_id").asText()), table);
        assertTrue(table.contains(found.get("description_en").asText()), "the description in words: " + table);
    }

    @Test
    void anotherTenantsRunReadsItsOwnEventsOnly() {
        assertEquals(0, report(QUIET, start.plusDays(DAYS - 10)), console.err());
        assertReadEveryEventOfItsTenantOnly(QUIET);
    }

    /** The run's own account of what it read: every stored event of the tenant and nothing else, in one report. */
    private void assertReadEveryEventOfItsTenantOnly(String tenant) {
        Matcher read = READ.matcher(console.err());
        assertTrue(read.find(), console.err());
        assertEquals(tenant, read.group(2));
        assertEquals(
                stored.get(tenant),
                Long.parseLong(read.group(1)),
                "every event of " + tenant + " (the lead-in reaches back to the start), none of another's");
        assertTrue(!LocalDate.parse(read.group(3)).isAfter(start), console.err());
        assertTrue(console.out().startsWith("tenant " + tenant + ": "), console.out());
        assertEquals(
                1, console.out().lines().filter(l -> l.startsWith("tenant ")).count(), console.out());
    }

    /** {@code patterns --tenant} from {@code from} to the last day, in English. */
    private int report(String tenant, LocalDate from, String... more) {
        console.clear();
        List<String> args = new ArrayList<>(List.of(
                "patterns",
                "--tenant",
                tenant,
                "--from",
                from.toString(),
                "--to",
                start.plusDays(DAYS - 1).toString(),
                "--data-dir",
                dataDir.toString(),
                "--lang",
                "en"));
        args.addAll(List.of(more));
        return console.run(args.toArray(String[]::new));
    }

    @Test
    void badRequestsAreOneLineAndNonZero() {
        String from = start.plusDays(30).toString();
        String to = start.plusDays(40).toString();
        String dir = dataDir.toString();
        Path elsewhere = dataDir.resolve("nothing-here");
        List<Case> cases = List.of(
                new Case(1, "tenant 'nobody' has no events in the warehouse", "nobody", from, to, dir),
                new Case(2, "--from " + to + " is after --to " + from, CHARGERS, to, from, dir),
                new Case(2, "--from must be a date YYYY-MM-DD, got 2025-13-01", CHARGERS, "2025-13-01", to, dir),
                new Case(1, "no warehouse in " + elsewhere, CHARGERS, from, to, elsewhere.toString()),
                new Case(1, "tenant '" + CHARGERS + "' has no events from", CHARGERS, "2020-01-01", "2020-01-31", dir));
        for (Case c : cases) {
            console.clear();
            assertEquals(
                    c.exit(),
                    console.run(
                            "patterns",
                            "--tenant",
                            c.tenant(),
                            "--from",
                            c.from(),
                            "--to",
                            c.to(),
                            "--data-dir",
                            c.dir()),
                    console.err());
            String first = console.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("patterns: " + c.message()), console.err());
            assertFalse(console.err().contains("Exception") || console.err().contains("\tat "), console.err());
            assertEquals("", console.out());
        }
        console.clear();
        assertEquals(2, console.run("patterns", "--tenant", CHARGERS, "--data-dir", dataDir.toString()));
        assertTrue(console.err().startsWith("patterns: --tenant needs --from and --to"), console.err());
    }

    private record Case(int exit, String message, String tenant, String from, String to, String dir) {}

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }
}
