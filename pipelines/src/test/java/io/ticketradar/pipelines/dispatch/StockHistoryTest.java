package io.ticketradar.pipelines.dispatch;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StockHistoryTest {

    private static final long DAY = Duration.ofDays(1).toMillis();

    @Test
    void unitsAtAnInstantSumEachDepotsLevelOfThatTime() {
        StockHistory history = new StockHistory();
        history.record(new StockHistory.Change("P-1", "D-EAST", 3, 10));
        history.record(new StockHistory.Change("P-1", "D-NORTH", 2, 20));
        history.record(new StockHistory.Change("P-1", "D-EAST", 0, 30));
        assertEquals(5, history.unitsAt("P-1", 9), "before any level is known, the first one known of each depot");
        assertEquals(5, history.unitsAt("P-1", 10));
        assertEquals(5, history.unitsAt("P-1", 29));
        assertEquals(2, history.unitsAt("P-1", 30));
        assertEquals(0, history.unitsAt("P-2", 30), "a part no depot ever held");
    }

    @Test
    void levelsOlderThanTheKeptSpanGoButTheOneInForceAtItsStartStays() {
        StockHistory history = new StockHistory();
        long kept = StockHistory.KEPT.toMillis();
        history.record(new StockHistory.Change("P-1", "D", 1, 0));
        history.record(new StockHistory.Change("P-1", "D", 2, DAY));
        NavigableMap<Long, Integer> levels = history.record(new StockHistory.Change("P-1", "D", 3, kept + 2 * DAY));
        assertEquals(new TreeMap<>(Map.of(DAY, 2, kept + 2 * DAY, 3)), levels);
        assertEquals(2, history.unitsAt("P-1", 2 * DAY), "the level in force when the kept span starts");
    }

    @Test
    void aDepotsLevelsSurviveTheirStateValue() {
        NavigableMap<Long, Integer> levels = new TreeMap<>(Map.of(5L, 0, 1_700_000_000_000L, 12));
        assertEquals("5:0,1700000000000:12", StockHistory.encode(levels));
        assertEquals(levels, StockHistory.decode(StockHistory.encode(levels)));
    }
}
