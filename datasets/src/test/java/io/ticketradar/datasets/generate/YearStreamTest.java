package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A year of one tenant streams through a counting sink without the data set ever being held in memory. */
class YearStreamTest {
    private static final long HEAP_BOUND = 256L * 1024 * 1024;

    @Test
    void aYearOfOneTenantStreamsInBoundedMemory() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed(); // other tests' data may still be held in this JVM
        long started = System.nanoTime();
        Iterator<GeneratedRecord> records = new DataGenerator(
                        GeneratorSettings.of(1, LocalDate.of(2025, 1, 1), 365, 120, 1, Scenarios.load("before")))
                .records();
        long count = 0;
        long bytes = 0;
        long maxHeap = 0;
        while (records.hasNext()) {
            bytes += records.next().value().length;
            if (++count % 100_000 == 0) {
                System.gc();
                maxHeap = Math.max(maxHeap, memory.getHeapMemoryUsage().getUsed() - before);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "a year of one tenant: %,d records, %,d MB of JSON in %.1f s; heap growth after GC at most %,d MB%n",
                count, bytes >> 20, seconds, maxHeap >> 20);
        assertTrue(count > 450_000, "records: " + count);
        assertTrue(maxHeap < HEAP_BOUND, "heap stays bounded: " + (maxHeap >> 20) + " MB");
    }
}
