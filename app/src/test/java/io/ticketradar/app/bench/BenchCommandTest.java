package io.ticketradar.app.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's quick mode: it mines a small year of repairs and reports, beside its baseline; no timing asserted. */
class BenchCommandTest {

    @Test
    void minesASmallYearAndReportsItBesideTheBaseline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BenchCommand.run(
                new String[] {"patterns", "--repairs", "20000"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(report.contains("baseline: make and decode"), report);
        assertTrue(report.matches("(?s).*ratio mining / baseline: \\d+\\.\\d\\d \\(cpu \\d+\\.\\d\\d\\).*"), report);
        // the stream's injected burst (fault 99 of one model in one region from day 200) is found
        assertTrue(report.contains("[fault:F-99"), report);
    }

    @Test
    void asksWhatToMeasure() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BenchCommand.run(
                new String[] {"nothing"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("give what to measure: patterns"));
    }
}
