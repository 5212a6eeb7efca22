package io.ticketradar.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantTokensTest {

    @Test
    void anIssuedTokenResolvesToItsTenantAndNothingElseDoes() {
        TenantTokens tokens = new TenantTokens();
        String a = tokens.issue("tenant-a");
        String b = tokens.issue("tenant-b");

        assertNotEquals(a, b);
        assertTrue(a.matches("[A-Za-z0-9_-]{43}"), "32 random bytes, url-safe base64 without padding: " + a);
        assertEquals(Optional.of("tenant-a"), tokens.tenantOf(a));
        assertEquals(Optional.of("tenant-b"), tokens.tenantOf(b));
        assertEquals(Optional.empty(), tokens.tenantOf(a + "x"));
        assertEquals(Optional.empty(), tokens.tenantOf(""));
        assertEquals(Optional.empty(), tokens.tenantOf(null));
    }

    @Test
    void theHashFileHoldsHashesOnlyAndLoadsBack(@TempDir Path dir) throws Exception {
        TenantTokens tokens = new TenantTokens();
        String token = tokens.issue("suzhou-amp");
        Path file = dir.resolve("conf/tokens");

        tokens.save(file);
        String text = Files.readString(file);
        assertFalse(text.contains(token), "the token itself must never be written");
        assertTrue(text.contains(TenantTokens.sha256Hex(token) + " suzhou-amp"), text);

        assertEquals(Optional.of("suzhou-amp"), TenantTokens.load(file).tenantOf(token));
    }

    @Test
    void loadSkipsCommentsAndBlankLinesAndAcceptsUppercaseHex(@TempDir Path dir) throws Exception {
        String hash = TenantTokens.sha256Hex("secret-token");
        Path file = Files.writeString(dir.resolve("tokens"), """
                # deployment tokens

                %s   tenant-x
                """.formatted(hash.toUpperCase()));

        assertEquals(Optional.of("tenant-x"), TenantTokens.load(file).tenantOf("secret-token"));
    }

    @Test
    void aMalformedLineFailsNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "# ok\nnot-a-hash tenant\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TenantTokens.load(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void displayTokensKeepTheirRoleThroughTheFileWhileOldLinesAreFullTokens(@TempDir Path dir) throws Exception {
        TenantTokens tokens = new TenantTokens();
        String full = tokens.issue("suzhou-amp");
        String display = tokens.issue("suzhou-amp", TenantTokens.Role.DISPLAY);
        assertEquals(
                Optional.of(TenantTokens.Principal.tenant("suzhou-amp", TenantTokens.Role.DISPLAY)),
                tokens.principalOf(display));
        assertEquals(Optional.of("suzhou-amp"), tokens.tenantOf(display));

        Path file = dir.resolve("tokens");
        tokens.save(file);
        String text = Files.readString(file);
        assertTrue(text.contains(TenantTokens.sha256Hex(full) + " suzhou-amp\n"), text);
        assertTrue(text.contains(TenantTokens.sha256Hex(display) + " suzhou-amp display\n"), text);

        TenantTokens loaded = TenantTokens.load(file);
        assertEquals(
                TenantTokens.Role.FULL, loaded.principalOf(full).orElseThrow().role());
        assertEquals(
                TenantTokens.Role.DISPLAY,
                loaded.principalOf(display).orElseThrow().role());
    }

    @Test
    void anUnknownRoleWordFailsNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), TenantTokens.sha256Hex("t") + " tenant admin\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TenantTokens.load(file));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void oneHashCannotBelongToTwoTenants() {
        TenantTokens tokens = new TenantTokens();
        String hash = TenantTokens.sha256Hex("t");
        tokens.register(hash, "a");
        tokens.register(hash, "a"); // idempotent

        assertThrows(IllegalArgumentException.class, () -> tokens.register(hash, "b"));
        assertThrows(IllegalArgumentException.class, () -> tokens.register(hash, "a", TenantTokens.Role.DISPLAY));
    }

    @Test
    void groupTokensAreNoTenantsAndKeepTheirGroupThroughTheFile(@TempDir Path dir) throws Exception {
        TenantTokens tokens = new TenantTokens();
        String group = tokens.issueForGroup("east-china-dealers", TenantTokens.Role.FULL);
        String display = tokens.issueForGroup("east-china-dealers", TenantTokens.Role.DISPLAY);
        assertEquals(Optional.empty(), tokens.tenantOf(group), "a group's token speaks for no one tenant");

        Path file = dir.resolve("tokens");
        tokens.save(file);
        String text = Files.readString(file);
        assertTrue(text.contains(TenantTokens.sha256Hex(group) + " group:east-china-dealers\n"), text);
        assertTrue(text.contains(TenantTokens.sha256Hex(display) + " group:east-china-dealers display\n"), text);
        TenantTokens loaded = TenantTokens.load(file);
        assertEquals(
                Optional.of(TenantTokens.Principal.group("east-china-dealers", TenantTokens.Role.FULL)),
                loaded.principalOf(group));
        assertEquals(
                Optional.of(TenantTokens.Principal.group("east-china-dealers", TenantTokens.Role.DISPLAY)),
                loaded.principalOf(display));
    }

    @Test
    void aTenantIdCannotPassForAGroupAndAGroupIdIsOneWord() {
        TenantTokens tokens = new TenantTokens();

        assertThrows(IllegalArgumentException.class, () -> tokens.issue("group:east"));
        assertThrows(IllegalArgumentException.class, () -> tokens.issueForGroup("east china", TenantTokens.Role.FULL));
        assertThrows(IllegalArgumentException.class, () -> tokens.issueForGroup("", TenantTokens.Role.FULL));
        String hash = TenantTokens.sha256Hex("t");
        tokens.register(hash, "east");
        assertThrows(
                IllegalArgumentException.class,
                () -> tokens.registerGroup(hash, "east", TenantTokens.Role.FULL),
                "one hash is one tenant's or one group's");
    }
}
