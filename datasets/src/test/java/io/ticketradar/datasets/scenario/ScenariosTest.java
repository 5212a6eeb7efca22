package io.ticketradar.datasets.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenariosTest {

    @Test
    void builtInsLoad_afterExtendsBefore() {
        Scenario before = Scenarios.load("before");
        Scenario after = Scenarios.load("after");
        assertEquals(0.413, before.firstResponse().timeoutShare());
        assertEquals(1.9, after.closure().meanDays());
        assertEquals(before.closure().maxDays(), after.closure().maxDays(), "unchanged keys are inherited");
        assertEquals(before.patterns(), after.patterns());
        assertEquals(3, before.patterns().size());
    }

    @Test
    void quietHasNothingAndDecoysOnlyDecoys() {
        Scenario quiet = Scenarios.load("quiet");
        assertEquals(List.of(), quiet.patterns(), "an empty list drops what before has");
        assertEquals(List.of(), quiet.decoys());
        assertEquals(0.413, quiet.firstResponse().timeoutShare(), "the service is before's");
        Scenario decoys = Scenarios.load("decoys");
        assertEquals(List.of(), decoys.patterns());
        assertEquals(
                List.of("seasonal_rise", "holiday_dip", "new_site", "firmware_rollout"),
                decoys.decoys().stream().map(DecoySpec::kind).toList());
        assertEquals(LocalDate.of(2024, 11, 1), decoys.startDate());
        assertEquals(4, Scenarios.load("before").decoys().size());
        assertEquals(Scenarios.load("before").decoys(), Scenarios.load("after").decoys(), "after extends before");
        assertEquals(
                PatternKind.TEMPERATURE,
                Scenarios.load("before").patterns().getFirst().kind(),
                "inferred");
    }

    @Test
    void badDecoysAreClearErrors(@TempDir Path dir) throws IOException {
        assertTrue(rejection(dir, "extends: quiet\ndecoys: [{id: x, kind: sunspots, factor: 2}]")
                .contains("sunspots"));
        assertTrue(
                rejection(dir, "extends: before\ndecoys: [{id: obc-cold-start, kind: holiday_dip, factor: 0.5}]")
                        .contains("obc-cold-start"),
                "a decoy's id is not a pattern's");
        assertTrue(rejection(dir, "extends: quiet\ndecoys: [{id: x, kind: seasonal_rise, onset: +3d}]")
                .contains("factor"));
    }

    /** The message a scenario file of this text is refused with. */
    private static String rejection(Path dir, String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), yaml);
        return assertThrows(IllegalArgumentException.class, () -> Scenarios.load(file.toString()))
                .getMessage();
    }

    @Test
    void aFileExtendsABuiltInAndAddsOrReplacesPatternsById(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.yaml");
        Files.writeString(file, """
                extends: after
                name: mine
                patterns:
                  - id: acc-firmware-restart
                    onset: 2025-03-01
                    fault: SW-ACC-01
                    target_share: 0.5
                    devices: {products: [ACC-200]}
                  - id: servo-encoder-jitter
                    name_zh: 伺服电机编码器抖动
                    onset: +10d
                    fault: LV-PWR-01
                    target_share: 0.1
                    devices: {batch_prefix: 24A}
                """);
        Scenario mine = Scenarios.load(file.toString());
        assertEquals("mine", mine.name());
        assertEquals(4, mine.patterns().size());
        assertEquals(0.5, mine.patterns().get(1).targetShare());
        assertEquals("servo-encoder-jitter", mine.patterns().get(3).id());
        assertEquals(0.05, mine.firstResponse().timeoutShare(), "from after");
    }

    @Test
    void typosAndUnknownNamesAreErrors(@TempDir Path dir) throws IOException {
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"extends\": \"before\", \"closure\": {\"mean_dayz\": 3}}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scenarios.load(typo.toString()))
                .getMessage()
                .contains("mean_dayz"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Scenarios.load("sometimes"))
                .getMessage()
                .contains("before"));
    }
}
