package io.ticketradar.pipelines.heatmap;

import io.ticketradar.events.Priority;
import io.ticketradar.events.TechnicalDomain;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.testing.TicketStory;
import io.ticketradar.warehouse.tables.HeatmapWindow;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static io.ticketradar.pipelines.testing.TicketStory.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeatmapFunctionTest {

    private static final IndicatorSettings SETTINGS = IndicatorSettings.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    /** Where 2026-01-05 ends in Shanghai. */
    private static final long DAY_END = Instant.parse("2026-01-05T16:00:00Z").toEpochMilli();

    private static final long MINUTE = 60_000;
    private static final long HORIZON = SETTINGS.correctionHorizon().toMillis();

    private KeyedOneInputStreamOperatorTestHarness<String, CellDelta, HeatmapCell> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new HeatmapFunction(SETTINGS), HeatmapFunction::key, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    /** A P1 ticket (SLA 24 h) of 华东, created at 09:00 on the 5th, fault unknown. */
    private static TicketStory p1(String ticket, String at) {
        return TicketStory.created("t", ticket, at, "华东", "DEV-" + ticket, null, Priority.P1);
    }

    /** Sends the changes as the lifecycle emits them: each at its asOf, the watermark following. */
    private void send(List<FactChange> changes) throws Exception {
        for (FactChange change : changes) {
            deliver(change, change.asOf());
            harness.processWatermark(change.asOf());
        }
    }

    /** Processes the change's cell deltas with timestamp {@code at}: later than the watermark, or a correction. */
    private void deliver(FactChange change, long at) throws Exception {
        List<CellDelta> deltas = new ArrayList<>();
        new CellDeltas().flatMap(change, collector(deltas));
        for (CellDelta delta : deltas) {
            harness.processElement(delta, at);
        }
    }

    /** Sends the changes, letting the refresh after each write it before the next one comes. */
    private void sendEachRefreshed(List<FactChange> changes) throws Exception {
        for (FactChange change : changes) {
            send(List.of(change));
            harness.processWatermark(change.asOf() + MINUTE);
        }
    }

    private List<HeatmapCell> written(HeatmapWindow window, LocalDate day, Axis x, Axis y) {
        return harness.extractOutputValues().stream()
                .filter(c -> c.window() == window
                        && c.day().equals(day)
                        && c.cell().xKind() == x
                        && c.cell().yKind() == y)
                .toList();
    }

    private static Cell regionFault(String fault) {
        return new Cell(Axis.REGION, "华东", Axis.FAULT, fault);
    }

    @Test
    void aNewTicketCountsInItsDayAndTheSevenWindowsFromItOnEveryPairOfAxes() throws Exception {
        TicketStory s = p1("T1", "2026-01-05T09:00:00+08:00");
        send(FactHistory.of(s, "t", "T1", minutes(0)));
        assertTrue(harness.extractOutputValues().isEmpty(), "written at the refresh, not per change");

        harness.processWatermark(s.at(minutes(1)));

        long asOf = s.at(minutes(1));
        Counts one = new Counts(1, 0, 0);
        assertEquals(
                Set.of(
                        new HeatmapCell("t", HeatmapWindow.DAY, DAY, regionFault(Axis.UNKNOWN), one, asOf, 1),
                        new HeatmapCell(
                                "t",
                                HeatmapWindow.DAY,
                                DAY,
                                new Cell(Axis.REGION, "华东", Axis.DOMAIN, ""),
                                one,
                                asOf,
                                1),
                        new HeatmapCell(
                                "t", HeatmapWindow.DAY, DAY, new Cell(Axis.SITE, "S-华东", Axis.FAULT, ""), one, asOf, 1),
                        new HeatmapCell(
                                "t",
                                HeatmapWindow.DAY,
                                DAY,
                                new Cell(Axis.SITE, "S-华东", Axis.DOMAIN, ""),
                                one,
                                asOf,
                                1)),
                Set.copyOf(harness.extractOutputValues().stream()
                        .filter(c -> c.window() == HeatmapWindow.DAY)
                        .toList()));
        assertEquals(
                List.of(
                        DAY,
                        DAY.plusDays(1),
                        DAY.plusDays(2),
                        DAY.plusDays(3),
                        DAY.plusDays(4),
                        DAY.plusDays(5),
                        DAY.plusDays(6)),
                harness.extractOutputValues().stream()
                        .filter(c -> c.window() == HeatmapWindow.SEVEN_DAYS)
                        .map(HeatmapCell::day)
                        .distinct()
                        .sorted()
                        .toList(),
                "the 7 days ending on its day and the 6 after");
        assertEquals(4 + 7 * 4, harness.extractOutputValues().size());
    }

    @Test
    void aDiagnosisMovesTheTicketAndItsBreakpointAndOverdueAddToItsCellLater() throws Exception {
        TicketStory t1 = p1("T1", "2026-01-05T09:00:00+08:00").diagnosed(hours(2), "F-OBC-01", TechnicalDomain.HV);
        TicketStory t2 =
                TicketStory.created("t", "T2", "2026-01-05T10:00:00+08:00", "华东", "DEV-T2", "F-OBC-01", Priority.P4);
        List<FactChange> t1History = FactHistory.of(t1, "t", "T1", minutes(0), hours(2), hours(5), hours(25));
        sendEachRefreshed(t1History.subList(0, 1));
        sendEachRefreshed(FactHistory.of(t2, "t", "T2", minutes(0)));
        sendEachRefreshed(t1History.subList(1, 4));

        List<HeatmapCell> undiagnosed = written(HeatmapWindow.DAY, DAY, Axis.REGION, Axis.FAULT).stream()
                .filter(c -> c.cell().equals(regionFault(Axis.UNKNOWN)))
                .toList();
        assertEquals(
                List.of(new Counts(1, 0, 0), Counts.ZERO),
                undiagnosed.stream().map(HeatmapCell::counts).toList(),
                "written with zeros once its only ticket was diagnosed");
        List<HeatmapCell> obc = written(HeatmapWindow.DAY, DAY, Axis.REGION, Axis.FAULT).stream()
                .filter(c -> c.cell().equals(regionFault("F-OBC-01")))
                .toList();
        assertEquals(
                List.of(new Counts(1, 0, 0), new Counts(2, 0, 0), new Counts(2, 0, 1), new Counts(2, 1, 1)),
                obc.stream().map(HeatmapCell::counts).toList(),
                "T2, T1 diagnosed, T1 past 4 h in CS, T1 past its SLA");
        assertEquals(
                List.of(2L, 3L, 4L, 5L), obc.stream().map(HeatmapCell::version).toList());
        assertEquals(t1.at(hours(25)) + MINUTE, obc.getLast().asOf(), "at the next refresh");

        HeatmapCell lastWeek = written(HeatmapWindow.SEVEN_DAYS, DAY.plusDays(6), Axis.REGION, Axis.DOMAIN)
                .getLast();
        assertEquals(new Cell(Axis.REGION, "华东", Axis.DOMAIN, "HV"), lastWeek.cell());
        assertEquals(new Counts(1, 1, 1), lastWeek.counts());
        assertEquals(
                new Counts(1, 0, 0),
                written(HeatmapWindow.SEVEN_DAYS, DAY.plusDays(6), Axis.REGION, Axis.DOMAIN).stream()
                        .filter(c -> c.cell().y().equals(Axis.UNKNOWN))
                        .toList()
                        .getLast()
                        .counts(),
                "T2 came with a fault code but no domain");
    }

    @Test
    void aWindowIsDroppedAfterItsDayAndTheHorizonAndLaterChangesAreNotApplied() throws Exception {
        TicketStory s = p1("T1", "2026-01-05T09:00:00+08:00");
        List<FactChange> history = FactHistory.of(s, "t", "T1", minutes(0), hours(25));
        send(history.subList(0, 1));

        harness.processWatermark(DAY_END + HORIZON);
        assertEquals(6, harness.numEventTimeTimers(), "the day's heatmap and the 7-day window ending on it are gone");

        harness.processWatermark(DAY_END + 6 * 86_400_000L + HORIZON);
        assertEquals(0, harness.numKeyedStateEntries());
        assertEquals(0, harness.numEventTimeTimers());
        int written = harness.extractOutputValues().size();

        deliver(history.get(1), DAY_END + 6 * 86_400_000L + HORIZON + 1);
        harness.processWatermark(Long.MAX_VALUE - 1);
        assertEquals(written, harness.extractOutputValues().size());
        assertEquals(0, harness.numKeyedStateEntries());
    }

    @Test
    void aChangeWithinTheHorizonOfItsDayStillReachesEveryWindow() throws Exception {
        TicketStory s = p1("T1", "2026-01-05T09:00:00+08:00");
        List<FactChange> history = FactHistory.of(s, "t", "T1", minutes(0), hours(25));
        send(history.subList(0, 1));
        harness.processWatermark(DAY_END + HORIZON - MINUTE);
        harness.getOutput().clear();

        deliver(history.get(1), DAY_END + HORIZON - MINUTE);
        harness.processWatermark(DAY_END + HORIZON);

        assertEquals(
                4 * 8,
                harness.extractOutputValues().size(),
                "overdue and a breakpoint in all 4 cells of the day and of 7 windows");
        assertTrue(
                harness.extractOutputValues().stream().allMatch(c -> c.counts().equals(new Counts(1, 1, 1))));
    }

    @Test
    void stateAndRowsUseFlinksPojoSerializerNotKryo() {
        // Kryo would make the state unreadable after a field is added to a record.
        assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(CellDelta.class));
        assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(HeatmapCell.class));
        assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(Cell.class));
        assertInstanceOf(PojoTypeInfo.class, TypeInformation.of(Counts.class));
    }

    private static <T> Collector<T> collector(List<T> into) {
        return new Collector<>() {
            @Override
            public void collect(T record) {
                into.add(record);
            }

            @Override
            public void close() {}
        };
    }
}
