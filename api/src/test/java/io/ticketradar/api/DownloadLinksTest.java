package io.ticketradar.api;

import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signed CSV links of the morning digest against the real server and warehouse, fetched without a token as a
 * person clicking them in WeCom does: a link downloads the CSV of its tenant and days until it expires, and nothing
 * else; an expired, changed or foreign link is refused in the error format.
 */
class DownloadLinksTest {

    private static final LocalDate DAY = LocalDate.parse("2026-01-07");
    private static final String CSV_BY_TOKEN = "/api/v1/indicators?from=2026-01-07&to=2026-01-07&format=csv";

    private static byte[] key;
    private static TestApi api;

    @BeforeAll
    static void start() {
        key = new byte[32];
        new SecureRandom().nextBytes(key);
        api = TestApi.builder().links(new DownloadLinks(key, Clock.systemUTC())).start();
        api.insert(
                HealthIndicators.TABLE,
                List.of(
                        TestRows.indicator(
                                TENANT, DAY.toString(), Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 3, 40),
                        TestRows.indicator(
                                OTHER_TENANT,
                                DAY.toString(),
                                Regions.ALL,
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                7,
                                9)));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    /** The path and query of a link made without a base URL, as a client sends them. */
    private static String link(DownloadLinks links, String tenant) {
        return links.indicatorsCsv("", tenant, DAY, DAY).url();
    }

    @Test
    void aLinkDownloadsTheCsvOfItsTenantAndDaysWithoutAToken() {
        ApiClient.Download mine = api.client.download(link(api.links, TENANT), null);
        assertEquals(200, mine.status());
        assertTrue(
                mine.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                mine.headers().toString());
        assertArrayEquals(api.client.download(CSV_BY_TOKEN, api.token).body(), mine.body());
        String text = new String(mine.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("2026-01-07,ALL,breakpoint_rate,,0.075,3,40,"), text);
        assertFalse(text.contains(",7,9,"), "nothing of tenant-b");

        ApiClient.Download theirs = api.client.download(link(api.links, OTHER_TENANT), null);
        assertArrayEquals(api.client.download(CSV_BY_TOKEN, api.otherToken).body(), theirs.body());
    }

    @Test
    void anExpiredLinkIsRefusedWith401() {
        Clock eightDaysAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(8)), ZoneOffset.UTC);
        ApiClient.Response expired = api.client.get(link(new DownloadLinks(key, eightDaysAgo), TENANT), null);
        TestApi.assertError(expired, 401, "unauthorized", null);
        assertTrue(expired.json().path("error").path("message").asText().contains("expired"), expired.body());
    }

    @Test
    void aChangedLinkOrOneOfAnotherServerIsRefusedWith403() {
        String link = link(api.links, TENANT);
        String expires = link.replaceAll(".*&expires=(\\d+).*", "$1");
        String signature = link.substring(link.indexOf("&signature=") + "&signature=".length());
        String otherSignature =
                signature.charAt(0) == 'A' ? "B" + signature.substring(1) : "A" + signature.substring(1);
        byte[] otherKey = key.clone();
        otherKey[0] ^= 1;
        for (String changed : List.of(
                link.replace("tenant=" + TENANT, "tenant=" + OTHER_TENANT),
                link.replace("to=2026-01-07", "to=2026-01-31"),
                link.replace("from=2026-01-07", "from=2026-01-01"),
                link.replace("expires=" + expires, "expires=" + (Long.parseLong(expires) + 86_400 * 365)),
                link.replace(signature, otherSignature),
                link(new DownloadLinks(otherKey, Clock.systemUTC()), TENANT))) {
            ApiClient.Response refused = api.client.get(changed, null);
            TestApi.assertError(refused, 403, "forbidden", null);
            assertTrue(refused.json().path("error").path("message").asText().contains("not valid"), refused.body());
        }
    }

    @Test
    void aSignatureOpensNoOtherRouteAndEveryPartIsRequired() {
        String link = link(api.links, TENANT);
        String query = link.substring(link.indexOf('?'));
        TestApi.assertError(
                api.client.get("/api/v1/indicators" + query + "&format=csv", null), 401, "unauthorized", null);
        TestApi.assertError(api.client.get("/api/v1/alerts" + query, null), 401, "unauthorized", null);
        for (String part : List.of("tenant", "from", "to", "expires", "signature")) {
            String without = link.replaceAll("([?&])" + part + "=[^&]*&?", "$1");
            TestApi.assertError(api.client.get(without, null), 400, "bad_parameter", part);
        }
    }

    @Test
    void theKeyIsMadeOnceInTheDataFolderReadableByItsOwnerOnly(@TempDir Path folder) throws Exception {
        DownloadLinks first = DownloadLinks.inFolder(folder, Clock.systemUTC());
        Path file = folder.resolve(DownloadLinks.KEY_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        DownloadLinks again = DownloadLinks.inFolder(folder, Clock.systemUTC()); // a restart, or the digest command
        String link = first.indicatorsCsv("", TENANT, DAY, DAY).url();
        Map<String, String> parts = new java.util.HashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            parts.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        again.verify(
                parts.get("tenant"), parts.get("from"), parts.get("to"), parts.get("expires"), parts.get("signature"));
        assertEquals(List.of(DownloadLinks.KEY_FILE), list(folder), "no temporary file left");

        Files.writeString(file, "not a key\n");
        assertThrows(IllegalStateException.class, () -> DownloadLinks.inFolder(folder, Clock.systemUTC()));
    }

    private static List<String> list(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
