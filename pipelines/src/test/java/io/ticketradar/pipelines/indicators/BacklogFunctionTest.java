package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.TenantZones;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new BacklogFunction(TenantZones.defaults()), StageMove::tenantId, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void move(String region, Stage from, Stage to, long at) throws Exception {
        harness.processElement(new StageMove("t", from == null ? null : region, from, region, to, at), at);
    }

    private Map<String, Double> day(LocalDate day) {
        return harness.extractOutputValues().stream()
                .filter(r -> r.day().equals(day))
                .collect(Collectors.toMap(
                        r -> r.region() + "/" + r.indicator().code(),
                        r -> r.figures().value()));
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
