package io.ticketradar.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline bench's quick mode: a day of history through a real broker, a passthrough and every job into a real
 * embedded warehouse, reported as a table and as JSON; no timing asserted.
 */
@Tag("stack")
class PipelineBenchTest {

    @TempDir
    Path tmp;

    @Test
    void readsADayOfHistoryWithThePassthroughAndWithEveryJobAndReportsBoth() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path json = tmp.resolve("bench.json");
        int exit = BenchCommand.run(
                new String[] {"pipeline", "--days", "1", "--tickets-per-day", "30", "--json", json.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(report.contains("baseline: Kafka -> Flink passthrough"), report);
        assertTrue(report.contains("end to end: Kafka -> every job -> warehouse"), report);
        JsonNode figures = new ObjectMapper().readTree(json.toFile());
        long records = figures.path("records").asLong();
        long tickets = figures.path("tickets").asLong();
        assertTrue(tickets > 0 && tickets < records, "every ticket's facts reached the warehouse: " + figures);
        assertTrue(figures.path("passthrough").path("records_per_second").asDouble() > 0, figures.toString());
        assertTrue(figures.path("end_to_end").path("records_per_second").asDouble() > 0, figures.toString());
        assertTrue(figures.path("ratio_to_passthrough").asDouble() > 0, figures.toString());
        assertTrue(report.contains(records + " records (" + tickets + " tickets)"), report);
    }
}
