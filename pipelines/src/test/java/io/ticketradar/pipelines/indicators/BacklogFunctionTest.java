package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.TenantZones;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BacklogFunctionTest {

    /** 2026-01-05 in Shanghai: 09:00, and the day's last millisecond. */
    private static final long MORNING = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();

    private static final long END_OF_DAY = Instant.parse("2026-01-05T16:00:00Z").toEpochMilli() - 1;
    private static final long DAY = 86_400_000L;

    private KeyedOneInputStreamOperatorTestHarness<String, StageMove, IndicatorRow> harness;

    @BeforeEach
    void open() throws Exception {
        harness = harness(Duration.ofDays(90));
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, StageMove, IndicatorRow> harness(Duration horizon)
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new BacklogFunction(TenantZones.defaults(), horizon), StageMove::tenantId, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void move(String region, Stage from, Stage to, long at) throws Exception {
        harness.processElement(new StageMove("t", from == null ? null : region, from, region, to, at), at);
    }

    /** The day's rows as the warehouse keeps them: the newest version of each. */
    private Map<String, Double> day(LocalDate day) {
        return newest(harness).entrySet().stream()
                .filter(e -> e.getKey().startsWith(day + "/"))
                .collect(Collectors.toMap(e -> e.getKey().substring(11), Map.Entry::getValue));
    }

    private static Map<String, Double> newest(
            KeyedOneInputStreamOperatorTestHarness<String, StageMove, IndicatorRow> h) {
        Map<String, IndicatorRow> newest = new TreeMap<>();
        for (IndicatorRow r : h.extractOutputValues()) {
            newest.merge(
                    r.day() + "/" + r.region() + "/" + r.indicator().code(),
                    r,
                    (a, b) -> b.version() > a.version() ? b : a);
        }
        return newest.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue().figures().value(), (a, b) -> a, TreeMap::new));
    }

    private long rowsOf(LocalDate day, String regionAndIndicator) {
        return harness.extractOutputValues().stream()
                .filter(r ->
                        r.day().equals(day) && (r.region() + "/" + r.indicator().code()).equals(regionAndIndicator))
                .count();
    }

    @Test
    void countsOpenTicketsByStageAtTheEndOfEachDay() throws Exception {
        move("华东", null, Stage.CS, MORNING);
        move("华东", Stage.CS, Stage.TECH, MORNING + 1);
        move("华南", null, Stage.CS, MORNING + 2);
        move("华南", Stage.CS, null, END_OF_DAY + 1); // closed at midnight: open at the end of the 5th
        harness.processWatermark(END_OF_DAY + DAY);

        Map<String, Double> fifth = day(LocalDate.of(2026, 1, 5));
        assertEquals(1.0, fifth.get("华东/backlog_tech"));
        assertEquals(0.0, fifth.get("华东/backlog_cs"));
        assertEquals(2.0, fifth.get("ALL/backlog"));
        assertEquals(1.0, fifth.get("ALL/backlog_cs"));
        Map<String, Double> sixth = day(LocalDate.of(2026, 1, 6));
        assertEquals(1.0, sixth.get("ALL/backlog"));
        assertEquals(0.0, sixth.get("华南/backlog"), "a region whose backlog cleared keeps its rows, at 0");
    }

    @Test
    void aLateMoveCorrectsEverySnapshotTakenSinceItOnceEventTimeAdvances() throws Exception {
        LocalDate fifth = LocalDate.of(2026, 1, 5);
        move("华东", null, Stage.CS, MORNING);
        harness.processWatermark(END_OF_DAY + 2 * DAY); // snapshots of the 5th, 6th and 7th
        assertEquals(1.0, day(fifth.plusDays(2)).get("ALL/backlog"));

        // a partition that fell behind: a ticket opened on the 5th arrives after the 7th's snapshot
        move("华南", null, Stage.CS, MORNING + 1);
        assertEquals(1.0, day(fifth).get("ALL/backlog"), "written at the next tick, not per move");
        move("华南", Stage.CS, Stage.TECH, MORNING + DAY); // on the 6th, as late
        harness.processWatermark(END_OF_DAY + 2 * DAY + 1);

        assertEquals(2.0, day(fifth).get("ALL/backlog"));
        assertEquals(1.0, day(fifth).get("华南/backlog_cs"));
        assertEquals(1.0, day(fifth.plusDays(1)).get("华南/backlog_tech"));
        assertEquals(0.0, day(fifth.plusDays(1)).get("华南/backlog_cs"));
        assertEquals(2.0, day(fifth.plusDays(2)).get("ALL/backlog"));
        assertEquals(2, rowsOf(fifth, "ALL/backlog"), "the snapshot, then one correction for both late moves");
        harness.processWatermark(END_OF_DAY + 3 * DAY);
        assertEquals(2.0, day(fifth.plusDays(3)).get("ALL/backlog"), "and the days after");
    }

    @Test
    void theBacklogOfEachDayDoesNotDependOnTheOrderPartitionsWereReadIn() throws Exception {
        List<StageMove> moves = List.of(
                new StageMove("t", null, null, "华东", Stage.CS, MORNING),
                new StageMove("t", null, null, "华南", Stage.CS, MORNING + 10),
                new StageMove("t", "华东", Stage.CS, "华东", Stage.PARTS, MORNING + DAY),
                new StageMove("t", "华南", Stage.CS, null, null, MORNING + DAY + 10),
                new StageMove("t", null, null, "华北", Stage.CS, MORNING + 2 * DAY),
                new StageMove("t", "华东", Stage.PARTS, null, null, MORNING + 3 * DAY));
        for (StageMove m : moves) {
            harness.processElement(m, m.at());
            harness.processWatermark(m.at());
        }
        harness.processWatermark(END_OF_DAY + 4 * DAY);

        // the 华南 partition read last, after event time ran ahead on the others
        try (var behind = harness(Duration.ofDays(90))) {
            behind.open();
            for (StageMove m : moves) {
                if (!"华南".equals(m.toRegion()) && !"华南".equals(m.fromRegion())) {
                    behind.processElement(m, m.at());
                    behind.processWatermark(m.at());
                }
            }
            behind.processWatermark(END_OF_DAY + 3 * DAY);
            for (StageMove m : moves) {
                if ("华南".equals(m.toRegion()) || "华南".equals(m.fromRegion())) {
                    behind.processElement(m, m.at());
                }
            }
            behind.processWatermark(END_OF_DAY + 4 * DAY);
            assertEquals(newest(harness), newest(behind));
        }
    }

    @Test
    void snapshotsOlderThanTheHorizonStayAsTheyWere() throws Exception {
        try (var shortMemory = harness(Duration.ofDays(1))) {
            shortMemory.open();
            shortMemory.processElement(new StageMove("t", null, null, "华东", Stage.CS, MORNING), MORNING);
            shortMemory.processWatermark(END_OF_DAY + 3 * DAY);
            shortMemory.processElement(new StageMove("t", null, null, "华南", Stage.CS, MORNING), MORNING);
            shortMemory.processWatermark(END_OF_DAY + 3 * DAY + 1);
            Map<String, Double> rows = newest(shortMemory);
            assertEquals(1.0, rows.get("2026-01-05/ALL/backlog"), "beyond the horizon: final");
            assertEquals(1.0, rows.get("2026-01-06/ALL/backlog"));
            assertEquals(2.0, rows.get("2026-01-07/ALL/backlog"));
            assertEquals(2.0, rows.get("2026-01-08/ALL/backlog"));
        }
    }

    @Test
    void stopsAfterTheLastDayOnceTheInputHasEnded() throws Exception {
        move("华东", null, Stage.CS, MORNING);
        harness.processWatermark(Long.MAX_VALUE);
        assertEquals(
                List.of(LocalDate.of(2026, 1, 5)),
                harness.extractOutputValues().stream()
                        .map(IndicatorRow::day)
                        .distinct()
                        .toList());
        assertEquals(0, harness.numEventTimeTimers());
    }
}
