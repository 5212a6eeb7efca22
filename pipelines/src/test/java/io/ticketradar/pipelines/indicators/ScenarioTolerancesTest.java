package io.ticketradar.pipelines.indicators;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.testing.BoundedRecords;
import io.ticketradar.pipelines.testing.BoundedRun;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.warehouse.Warehouse;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in scenarios reproduce the model customer (issue 4), as the product measures it: each scenario's
 * stream (one tenant, 28 days at 120 tickets a day, a fixed seed; bad records and late events included) is
 * fed through the whole application graph ({@link io.ticketradar.pipelines.TicketRadarJobs}: ingest with its
 * dead-letter path, lifecycle, indicators) on the MiniCluster, and the {@code health_indicators} rows of
 * region {@code ALL} are summed over the days (sum of numerators / sum of denominators; for the means that is
 * the summed durations over the summed tickets, as the rows define them). Each figure is held against
 * <ol>
 *   <li>the scenario's target, with a tolerance for sampling noise on ~3,000 tickets: ±4 pp for shares
 *       (one standard error of a 40% share is ~0.9 pp here, of a 5% share ~0.4 pp), ±10% for means (the
 *       closure times are log-normal with a long tail, standard deviation ~10.7 d before and ~2.7 d after, so the
 *       standard error of the mean is ~3.3% before and ~2.5% after; over seeds 1-8 the generator's realised
 *       closure mean before lies between 5.75 and 6.17 d, centred a little above 5.8, and seed 4 gives 6.17);
 *       the figures are the targets, and where the issue gives none, the scenario file's;</li>
 *   <li>the generator's own realised ground truth on the very same tickets ({@link TicketTruth}, the sums behind
 *       {@code ground_truth.json}), much tighter: ±0.5 pp for shares, ±1% for means. Both sides count the same
 *       tickets, so this is no sampling question: the measured agreement is exact for every figure below
 *       except as explained next.</li>
 * </ol>
 *
 * <p><b>Cohorts and completeness.</b> The generator runs every ticket's lifecycle to its last close
 * (events run past the last creation day), so at the end of the bounded replay no ticket is open and no
 * deadline has run out on an open ticket; every cohort day counts. The test checks this: each ratio's
 * denominator is the number of generated tickets (no ticket lost to a bad record, none pending). The closure
 * rows are keyed by close day, not cohort; summed over all close days they cover every ticket once (its last
 * close), which is the generator's mean over the cohort.
 *
 * <p><b>A definitional difference: coordination time after a reopen.</b> DOMAIN.md §4 defines coordination
 * time as "mean hours per ticket spent waiting between stages" and says "a reopen starts a new stay". The
 * product ({@code TicketFold}, and the batch SQL of {@link BatchCrossCheckTest} alike) counts a wait from each
 * {@code STAGE_CHANGED} until the first assignment in the new stage; a reopened ticket is back in a stay at
 * once (in the stage it was last in), so the time from {@code TICKET_REOPENED} to the assignment that takes it
 * up again is stage time, not waiting between stages. The generator's truth ({@code truth/Definitions}:
 * "STAGE_CHANGED (or TICKET_REOPENED) -> the next TICKET_ASSIGNED") also counts that reopen -> assignment
 * interval as coordination, and calibrates its waits so that this wider sum meets 2.7 h. Neither reading
 * contradicts the text of §4 outright (a reopen is a hand-back from the customer, not a move between two of
 * CS/TECH/PARTS/FIELD, which favours the product's literal reading), so the test does not "fix" either side:
 * it recomputes the reopen -> next assignment waits from the generated events and asserts that the product's
 * figure equals the generator's truth minus exactly those waits (±1%). The effect is about 0.1 h per ticket
 * before (7% of tickets reopen) and 0.01 h after; the product therefore shows ~2.55 h where the generator's
 * own definition gives ~2.65 h — both within 10% of the case's 2.7 h, which is what the target assertion checks
 * on the product's figure.
 *
 * <p>Other known differences that do not move these figures: bounce (the generator counts planned
 * reassignments within a stay, the product distinct teams within a stage — the generator always picks distinct
 * teams, so they coincide), closure (cohort vs close day, see above).
 */
@Tag("stack")
class ScenarioTolerancesTest {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioTolerancesTest.class);
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final int DAYS = 28;
    private static final int TICKETS_PER_DAY = 120;
    private static final long SEED = 4;

    private static final double SHARE_VS_TARGET = 0.04;
    private static final double MEAN_VS_TARGET = 0.10;
    private static final double SHARE_VS_TRUTH = 0.005;
    private static final double MEAN_VS_TRUTH = 0.01;

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(1);

    @Test
    void beforeReproducesTheModelCustomer() throws Exception {
        Outcome o = run("before");
        o.check(List.of(
                share("first_response_timeout_rate", 0.413, TicketTruth::firstResponseLate),
                // Not in the issue: the scenario's (1 - 41.3% late) x 65% diagnostic.
                share("first_response_compliance", (1 - 0.413) * 0.65, TicketTruth::firstResponseCompliant),
                mean("closure_cycle_mean_days", 5.8, t -> t.closureHours() / 24),
                share("overdue_rate", 0.37, TicketTruth::overdue),
                share("bounce_rate", 0.22, TicketTruth::bounced),
                share("secondary_complaint_rate", 0.29, TicketTruth::complaint),
                mean("coordination_hours", 2.7, TicketTruth::coordinationHours),
                share("breakpoint_rate", 0.45, TicketTruth::breakpoint)));
    }

    @Test
    void afterReproducesTheStateAfterTheChange() throws Exception {
        Outcome o = run("after");
        o.check(List.of(
                share("first_response_compliance", 0.92, TicketTruth::firstResponseCompliant),
                mean("closure_cycle_mean_days", 1.9, t -> t.closureHours() / 24),
                // Not in the issue: the after scenario file's targets.
                share("first_response_timeout_rate", 0.05, TicketTruth::firstResponseLate),
                share("overdue_rate", 0.17, TicketTruth::overdue),
                share("bounce_rate", 0.04, TicketTruth::bounced),
                share("secondary_complaint_rate", 0.07, TicketTruth::complaint),
                mean("coordination_hours", 0.6, TicketTruth::coordinationHours),
                share("breakpoint_rate", 0.06, TicketTruth::breakpoint)));
    }

    /** One figure: its indicator code, the scenario's target and how the generator's truth gives it per ticket. */
    private record Figure(String indicator, double target, boolean isShare, ToDoubleFunction<TicketTruth> perTicket) {}

    private static Figure share(String indicator, double target, Predicate<TicketTruth> counted) {
        return new Figure(indicator, target, true, t -> counted.test(t) ? 1 : 0);
    }

    private static Figure mean(String indicator, double target, ToDoubleFunction<TicketTruth> value) {
        return new Figure(indicator, target, false, value);
    }

    /**
     * What one scenario's run gave.
     *
     * @param rows          indicator -> {sum of numerators, sum of denominators} over all days, region ALL
     * @param reopenWaitHours the generated reopen -> next assignment waits, summed (see the class comment)
     */
    private record Outcome(
            String scenario, List<TicketTruth> truths, Map<String, double[]> rows, double reopenWaitHours) {

        void check(List<Figure> figures) {
            int tickets = truths.size();
            List<Executable> checks = new ArrayList<>();
            StringBuilder table = new StringBuilder(scenario + ": indicator / target / generator truth / pipeline");
            for (Figure f : figures) {
                double[] row = rows.getOrDefault(f.indicator(), new double[] {0, 0});
                double pipeline = row[0] / row[1];
                double truthSum = truths.stream().mapToDouble(f.perTicket()).sum();
                double truth = truthSum / tickets;
                // The product's definition of coordination leaves out reopen -> assignment (class comment).
                double comparable =
                        f.indicator().equals("coordination_hours") ? (truthSum - reopenWaitHours) / tickets : truth;
                table.append(String.format(
                        "%n  %-28s %8.4f  %8.4f%s  %8.4f",
                        f.indicator(),
                        f.target(),
                        truth,
                        comparable == truth ? "         " : String.format(" (%.4f)", comparable),
                        pipeline));
                String what = scenario + " " + f.indicator();
                checks.add(() -> assertEquals(tickets, row[1], 0, what + ": every generated ticket counts once"));
                if (f.isShare()) {
                    checks.add(() ->
                            assertEquals(f.target(), pipeline, SHARE_VS_TARGET, what + " vs the scenario's target"));
                    checks.add(() ->
                            assertEquals(comparable, pipeline, SHARE_VS_TRUTH, what + " vs the generator's truth"));
                } else {
                    checks.add(() -> assertEquals(
                            f.target(), pipeline, MEAN_VS_TARGET * f.target(), what + " vs the scenario's target"));
                    checks.add(() -> assertEquals(
                            comparable, pipeline, MEAN_VS_TRUTH * comparable, what + " vs the generator's truth"));
                }
            }
            LOG.info("{}", table);
            assertAll(checks);
        }
    }

    private Outcome run(String scenario) throws Exception {
        long started = System.nanoTime();
        GeneratorSettings generatorSettings =
                GeneratorSettings.of(1, START, DAYS, TICKETS_PER_DAY, SEED, Scenarios.load(scenario));
        String tenant = generatorSettings.tenantIds().getFirst();
        List<TicketTruth> truths = new ArrayList<>();
        List<RecordNote> notes = new ArrayList<>();
        Iterator<GeneratedRecord> it = new DataGenerator(generatorSettings).records(new GenerationListener() {
            @Override
            public void ticket(TicketTruth truth) {
                truths.add(truth);
            }

            @Override
            public void record(long seq, GeneratedRecord record, RecordNote note) {
                notes.add(note);
            }
        });
        // As the ingest reads them off Kafka, bad ones too; the listener has noted each record by the time it is read.
        List<SourceRecord> records = BoundedRecords.fromGenerated(it);
        List<Event> clean = new ArrayList<>();
        EventCodec codec = new EventCodec();
        for (int i = 0; i < records.size(); i++) {
            if (notes.get(i).bad() == null && codec.decode(records.get(i).value()) instanceof Decoded.Valid v) {
                clean.add(v.event());
            }
        }
        long rejected = notes.stream()
                .filter(n -> n.bad() != null && n.bad().rejection() != null)
                .count();
        long generated = System.nanoTime();

        // A replay of four weeks: the rolling 24 h values are not what this test looks at.
        try (BoundedRun run = BoundedRun.open().forHistoryReplay(TenantZones.defaults())) {
            run.runToEnd(BoundedRecords.of(records), 1);
            long streamed = System.nanoTime();
            Warehouse warehouse = run.warehouse();

            Map<String, double[]> rows = new LinkedHashMap<>();
            for (Map<String, Object> row : warehouse.query(
                    "SELECT indicator, sum(numerator) AS n, sum(denominator) AS d"
                            + " FROM health_indicators FINAL WHERE tenant_id = ? AND region = 'ALL' AND engineer_id = ''"
                            + " GROUP BY indicator",
                    tenant)) {
                rows.put(
                        (String) row.get("indicator"),
                        new double[] {((Number) row.get("n")).doubleValue(), ((Number) row.get("d")).doubleValue()});
            }
            long deadLetters = ((Number) warehouse
                            .query("SELECT count() AS n FROM dead_letters FINAL WHERE source_topic != ''")
                            .getFirst()
                            .get("n"))
                    .longValue();
            List<Map<String, Object>> late =
                    warehouse.query("SELECT outcome, count() AS n FROM late_events FINAL GROUP BY outcome");
            LOG.info(
                    "{}: {} tickets, {} records ({} rejected -> {} dead letters; late events: {}); generated in {} ms,"
                            + " streamed in {} ms",
                    scenario,
                    truths.size(),
                    records.size(),
                    rejected,
                    deadLetters,
                    late,
                    (generated - started) / 1_000_000,
                    (streamed - generated) / 1_000_000);
            assertEquals(rejected, deadLetters, "every bad record is a dead letter");
            assertTrue(rejected > 0, "the stream has bad records");
            return new Outcome(scenario, truths, rows, reopenWaitHours(clean));
        }
    }

    /** Summed over tickets: each TICKET_REOPENED -> the next TICKET_ASSIGNED of the ticket, in hours. */
    private static double reopenWaitHours(List<Event> events) {
        Set<String> seen = new HashSet<>();
        Map<String, List<Event>> byTicket = new HashMap<>();
        for (Event e : events) {
            if (e.ticketId() != null && seen.add(e.eventId())) {
                byTicket.computeIfAbsent(e.ticketId(), t -> new ArrayList<>()).add(e);
            }
        }
        double hours = 0;
        for (List<Event> ticket : byTicket.values()) {
            ticket.sort(Comparator.comparing(Event::ts));
            Long reopenedAt = null;
            for (Event e : ticket) {
                if (e.type() == EventType.TICKET_REOPENED) {
                    reopenedAt = e.ts().toEpochMilli();
                } else if (e.type() == EventType.TICKET_ASSIGNED && reopenedAt != null) {
                    hours += (e.ts().toEpochMilli() - reopenedAt) / 3_600_000.0;
                    reopenedAt = null;
                }
            }
        }
        return hours;
    }
}
