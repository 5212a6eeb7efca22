package io.ticketradar.models.offline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadAheadTest {

    @Test
    void handsOverEveryMappedElementInOrderWithoutTheNulls() {
        Iterator<Integer> source = IntStream.range(0, 10_000).boxed().iterator();
        List<Integer> taken = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(source, i -> i % 3 == 0 ? null : i * 2, "test-reader")) {
            ahead.forEachRemaining(taken::add);
        }
        List<Integer> expected = IntStream.range(0, 10_000)
                .filter(i -> i % 3 != 0)
                .map(i -> i * 2)
                .boxed()
                .toList();
        assertEquals(expected, taken);
    }

    @Test
    void throwsWhatTheReaderThrewOnceTheElementsBeforeItAreTaken() {
        Iterator<Integer> source = IntStream.range(0, 5_000).boxed().iterator();
        List<Integer> taken = new ArrayList<>();
        try (ReadAhead<Integer> ahead = new ReadAhead<>(
                source,
                i -> {
                    if (i == 3_000) {
                        throw new IllegalArgumentException("bad record " + i);
                    }
                    return i;
                },
                "test-reader")) {
            IllegalArgumentException thrown =
                    assertThrows(IllegalArgumentException.class, () -> ahead.forEachRemaining(taken::add));
            assertEquals("bad record 3000", thrown.getMessage());
        }
        assertEquals(IntStream.range(0, 3_000).boxed().toList(), taken);
    }

    @Test
    void closingEarlyStopsTheReader() {
        Iterator<Integer> endless = IntStream.iterate(0, i -> i + 1).boxed().iterator();
        ReadAhead<Integer> ahead = new ReadAhead<>(endless, i -> i, "test-reader");
        assertTrue(ahead.hasNext());
        assertEquals(0, ahead.next());
        ahead.close();
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("test-reader") && t.isAlive()));
    }
}
