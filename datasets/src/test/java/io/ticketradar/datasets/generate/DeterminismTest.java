package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.cli.GenerateCommand;
import io.ticketradar.datasets.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class DeterminismTest {
    private static GeneratorSettings settings(long seed) {
        return GeneratorSettings.of(2, LocalDate.of(2025, 3, 1), 10, 60, seed, Scenarios.load("before"));
    }

    @Test
    void sameSeedSameRecords_otherSeedOtherRecords() throws Exception {
        assertEquals(digest(settings(7)), digest(settings(7)));
        assertNotEquals(digest(settings(7)), digest(settings(8)));
    }

    @Test
    void decoysAndMasterDataAreAsRepeatable() throws Exception {
        GeneratorSettings decoys =
                GeneratorSettings.of(1, LocalDate.of(2025, 4, 7), 20, 40, 7, Scenarios.load("test/decoy-check"));
        assertEquals(digest(decoys), digest(decoys));
        assertNotEquals(digest(decoys), digest(decoys.withScenario(Scenarios.load("quiet"))));
    }

    @Test
    void sameSeedSameFiles(@TempDir Path tmp) throws IOException {
        String[] args = {"--tenants", "2", "--days", "5", "--tickets-per-day", "40", "--seed", "11", "--quiet"};
        for (String name : List.of("a", "b")) {
            String[] withOut = Stream.concat(
                            Stream.of(args),
                            Stream.of("--out", tmp.resolve(name).toString()))
                    .toArray(String[]::new);
            assertEquals(
                    0,
                    GenerateCommand.run(
                            withOut,
                            new PrintStream(new ByteArrayOutputStream()),
                            new PrintStream(new ByteArrayOutputStream())));
        }
        List<Path> files = listFiles(tmp.resolve("a"));
        assertEquals(files.size(), listFiles(tmp.resolve("b")).size());
        for (Path file : files) {
            Path twin = tmp.resolve("b").resolve(tmp.resolve("a").relativize(file));
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(twin), file.toString());
        }
    }

    private static List<Path> listFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String digest(GeneratorSettings settings) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        new DataGenerator(settings).records().forEachRemaining(r -> {
            sha.update((r.topic() + "|" + r.key() + "|" + r.publishAt() + "|").getBytes(StandardCharsets.UTF_8));
            sha.update(r.value());
        });
        return HexFormat.of().formatHex(sha.digest());
    }
}
