package io.ticketradar.datasets.cli;

import io.ticketradar.datasets.dataset.DatasetReader;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    static final Path SAMPLES = Path.of("src/main/resources/samples");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int run(String... args) {
        out.reset();
        err.reset();
        return ImportCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpPointsAtSamplesThatExist() {
        assertEquals(0, run("--help"));
        Matcher paths =
                Pattern.compile("datasets/src/main/resources/samples/[\\w.-]+").matcher(stdout());
        int found = 0;
        while (paths.find()) {
            assertTrue(Files.isRegularFile(Path.of("..").resolve(paths.group())), paths.group());
            found++;
        }
        assertEquals(4, found, "a sample and a mapping of each shape");
    }

    @Test
    void badCommandLinesExitWithTwoAndOneLine() {
        Path mapping = SAMPLES.resolve("tickets.mapping.yaml");
        Path file = SAMPLES.resolve("tickets.xlsx");
        List<String[]> usage = List.of(
                new String[] {file.toString(), "--mapping", mapping.toString(), "--tenant", "t", "--sheet", "x"},
                new String[] {"--mapping", mapping.toString(), "--tenant", "t"},
                new String[] {file.toString(), "--tenant", "t"},
                new String[] {file.toString(), "--mapping", mapping.toString()},
                new String[] {
                    file.toString(),
                    "--mapping",
                    mapping.toString(),
                    "--tenant",
                    "t",
                    "--out",
                    "x",
                    "--bootstrap",
                    "h:1"
                },
                new String[] {file.toString(), "--mapping", file.toString(), "--tenant", "t"});
        for (String[] args : usage) {
            assertEquals(2, run(args), String.join(" ", args));
            assertEquals(2, stderr().lines().count(), stderr());
            assertFalse(stderr().contains("Exception"), stderr());
        }
        assertEquals(
                1,
                run(
                        tmp.resolve("none.xlsx").toString(),
                        "--mapping",
                        mapping.toString(),
                        "--tenant",
                        "t",
                        "--out",
                        tmp.toString()));
        assertEquals("import: no file " + tmp.resolve("none.xlsx"), stderr().strip());
        assertEquals(
                1,
                run(file.toString(), "--mapping", mapping.toString(), "--tenant", "t", "--data-dir", tmp.toString()));
        assertTrue(stderr().contains("no running demo"), stderr());
    }

    @ParameterizedTest
    @CsvSource({
        "tickets.xlsx, tickets.mapping.yaml, 10, 10",
        "servicenow-events.csv, servicenow-events.mapping.yaml, 25, 5"
    })
    void theShippedSamplesImportWithoutErrorsIntoADataSetThatReplayReads(
            String sample, String mapping, int rows, int tickets) throws Exception {
        Path dir = tmp.resolve("imported");
        String[] args = {
            SAMPLES.resolve(sample).toString(),
            "--mapping",
            SAMPLES.resolve(mapping).toString(),
            "--tenant",
            "demo",
            "--out",
            dir.toString(),
            "--quiet"
        };
        assertEquals(0, run(args), stderr());
        assertTrue(stdout().contains(rows + " rows read, " + tickets + " tickets, "), stdout());
        assertTrue(stdout().contains("no row rejected"), stdout());
        assertEquals("", stderr());
        List<GeneratedRecord> first = readBack(dir);
        assertTrue(first.size() > tickets, "lifecycle events beside the creations");

        assertEquals(2, run(args), "an existing data set needs --force");
        String[] again = List.of(args).toArray(new String[args.length + 1]);
        again[args.length] = "--force";
        assertEquals(0, run(again), stderr());
        List<GeneratedRecord> second = readBack(dir);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i).value(), second.get(i).value(), "the same events again, ids included");
        }
    }

    private static List<GeneratedRecord> readBack(Path dir) {
        EventCodec codec = new EventCodec();
        List<GeneratedRecord> records = new ArrayList<>();
        try (DatasetReader reader = new DatasetReader(dir)) {
            assertEquals("import", reader.manifest().source());
            while (reader.hasNext()) {
                GeneratedRecord record = reader.next();
                assertInstanceOf(Decoded.Valid.class, codec.decode(record.value()));
                records.add(record);
            }
            assertEquals(reader.manifest().records(), records.size());
        }
        return records;
    }
}
