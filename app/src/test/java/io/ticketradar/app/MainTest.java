package io.ticketradar.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommandAndSetting() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String command : new String[] {"demo", "run", "tokens", "generate", "replay", "import", "setup", "test"}) {
            assertTrue(help.contains("\n  " + command + " "), "help names " + command);
        }
        for (Setting setting : Setting.values()) {
            assertTrue(help.contains(setting.flag()) && help.contains(setting.envVar()), "help names " + setting);
        }
    }

    @Test
    void unknownCommandsAndBadFlagsExitWithTwoAndAMessage() {
        assertEquals(2, run("launch"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'launch'"));
        err.reset();
        assertEquals(2, run("run", "--port", "x"));
        assertEquals(
                "ticketradar: port must be a whole number, got 'x'",
                err.toString(StandardCharsets.UTF_8).strip());
    }
}
