package io.ticketradar.datasets.cli;

import io.ticketradar.datasets.dataset.DatasetReader;
import io.ticketradar.datasets.dataset.Manifest;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return GenerateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndBadFlags() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--tickets-per-day"));
        assertEquals(2, run("--dayz", "3"));
        assertEquals(2, run("--days", "three"));
        assertEquals(2, run("--scenario", "nonsense"));
        assertEquals(2, run("--start", "2025-02-30"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(
                errors.contains("unknown option --dayz") && errors.contains("--days must be a whole number"), errors);
        assertFalse(errors.contains("Exception"), "no stack traces: " + errors);
    }

    @Test
    void aScenarioWithASeasonStartsThereUnlessToldOtherwise(@TempDir Path dir) {
        Path own = dir.resolve("own");
        Path told = dir.resolve("told");
        assertEquals(
                0,
                run(
                        "--scenario",
                        "eval/heat-dcdc",
                        "--days",
                        "1",
                        "--tickets-per-day",
                        "5",
                        "--out",
                        own.toString(),
                        "--quiet"));
        assertEquals("2025-06-02", Manifest.read(own).settings().get("start").asText());
        assertEquals(
                0,
                run(
                        "--scenario",
                        "eval/heat-dcdc",
                        "--start",
                        "2025-07-01",
                        "--days",
                        "1",
                        "--tickets-per-day",
                        "5",
                        "--out",
                        told.toString(),
                        "--quiet"));
        assertEquals("2025-07-01", Manifest.read(told).settings().get("start").asText());
    }

    @Test
    void writesADataSetThatReadsBackByteForByte(@TempDir Path dir) throws Exception {
        assertEquals(
                0,
                run(
                        "--days",
                        "3",
                        "--tickets-per-day",
                        "30",
                        "--tenants",
                        "2",
                        "--seed",
                        "5",
                        "--out",
                        dir.toString(),
                        "--quiet"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("suzhou-auto-electronics"));
        for (String file : new String[] {
            "manifest.json",
            "ground_truth.json",
            "master/ningbo-ev-powertrain/devices.ndjson.gz",
            "master/suzhou-auto-electronics/sites.ndjson.gz"
        }) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        Iterator<GeneratedRecord> expected = new DataGenerator(
                        GeneratorSettings.of(2, LocalDate.of(2025, 1, 1), 3, 30, 5, Scenarios.load("before")))
                .records();
        long n = 0;
        try (DatasetReader reader = new DatasetReader(dir)) {
            while (reader.hasNext()) {
                GeneratedRecord actual = reader.next();
                GeneratedRecord want = expected.next();
                assertArrayEquals(want.value(), actual.value());
                assertEquals(want.key(), actual.key());
                assertEquals(want.topic(), actual.topic());
                assertEquals(want.publishAt(), actual.publishAt());
                assertEquals(want.eventTime(), actual.eventTime());
                n++;
            }
            assertEquals(reader.manifest().records(), n);
        }
        assertFalse(expected.hasNext());
        assertEquals(2, run("--days", "3", "--out", dir.toString()), "refuses to overwrite without --force");
        assertEquals(0, run("--days", "2", "--out", dir.toString(), "--force", "--quiet"));
    }
}
