package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void helpListsEveryCommandAndSetting() {
        assertEquals(0, run("--help"));
        String help = console.out();
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

        String[] lines = console.out().strip().split("\n");
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
        assertTrue(console.err().contains("unknown command 'launch'"));
        console.clear();
        assertEquals(2, run("run", "--port", "x"));
        assertEquals(
                "ticketradar: port must be a whole number, got 'x'",
                console.err().strip());
    }
}
