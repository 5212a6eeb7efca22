package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

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
    void tokensIssuesAGroupTokenOnlyForAGroupTheTenantsFileDefines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens");
        Path tenants = Files.writeString(dir.resolve("tenants.properties"), """
                wuxi-dealer.group = east-china-dealers
                suzhou-dealer.group = east-china-dealers
                """);
        String[] where = {"--tokens-file", file.toString(), "--tenants-file", tenants.toString()};

        assertEquals(2, run(concat(new String[] {"tokens", "issue", "--group", "west-dealers"}, where)));
        assertTrue(console.err().contains("no tenant is in group 'west-dealers'"), console.err());
        assertEquals(
                0, run(concat(new String[] {"tokens", "issue", "--group", "east-china-dealers", "--display"}, where)));

        String line = console.out().strip();
        assertTrue(line.matches("group=east-china-dealers display_token=\\S{43}"), line);
        assertEquals(
                Optional.of(TenantTokens.Principal.group("east-china-dealers", TenantTokens.Role.DISPLAY)),
                TenantTokens.load(file).principalOf(line.substring(line.lastIndexOf('=') + 1)));
        assertTrue(Files.readString(file).contains(" group:east-china-dealers display\n"), Files.readString(file));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
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
