package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

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
    void tokensIssuesFullAndDisplayTokensIntoOneHashFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens");
        assertEquals(0, run("tokens", "issue", "tenant-a", "--tokens-file", file.toString()));
        assertEquals(0, run("tokens", "issue", "tenant-a", "--display", "--tokens-file", file.toString()));

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertTrue(lines[0].matches("tenant=tenant-a token=\\S{43}"), lines[0]);
        assertTrue(lines[1].matches("tenant=tenant-a display_token=\\S{43}"), lines[1]);
        TenantTokens tokens = TenantTokens.load(file);
        String display = lines[1].substring(lines[1].indexOf('=', 10) + 1);
        assertEquals(
                TenantTokens.Role.DISPLAY,
                tokens.principalOf(display).orElseThrow().role());
        assertEquals(
                TenantTokens.Role.FULL,
                tokens.principalOf(lines[0].substring(lines[0].lastIndexOf('=') + 1))
                        .orElseThrow()
                        .role());
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
