package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./ticketradar digest} against the embedded warehouse of a data folder whose stack is not running. */
class DigestCommandTest {

    @TempDir
    Path dataDir;

    private final Console console = new Console();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void printsTheDigestOfADataFolderAsMarkdownOrJson() throws Exception {
        try (Warehouse warehouse = Warehouses.open(
                WarehouseConfig.embedded(dataDir.resolve("warehouse").toString()))) {
            warehouse.migrate();
            warehouse.insertJsonRows("health_indicators", List.of("""
                            {"tenant_id":"acme","day":"2026-01-07","region":"ALL","engineer_id":"","indicator":"breakpoint_rate",\
                            "numerator":3,"denominator":50,"value":0.06,"unit":"ratio","healthy_when":"<=","healthy_threshold":0.05,\
                            "met":false,"as_of":"2026-01-07 15:00:00.000","version":1}"""));
        }

        assertEquals(0, run("digest", "--tenant", "acme", "--date", "2026-01-08", "--data-dir", dataDir.toString()));
        String markdown = console.out();
        assertTrue(markdown.startsWith("## TicketRadar 晨会简报 · acme · 2026-01-08"), markdown);
        assertTrue(markdown.contains("跨域协同断点率 **6.0%**（阈值 ≤5.0%，未达标）"), markdown);
        assertTrue(markdown.contains("(http://127.0.0.1:7070/wall)"), "links to the configured address: " + markdown);

        console.clear();
        assertEquals(
                0,
                run(
                        "digest",
                        "--tenant",
                        "acme",
                        "--date=2026-01-08",
                        "--json",
                        "--data-dir",
                        dataDir.toString(),
                        "--public-url",
                        "https://tr.example.com/"));
        JsonNode json = new ObjectMapper().readTree(console.out());
        assertEquals("2026-01-07", json.path("covers").asText());
        assertEquals(0.06, json.path("health").get(1).path("value").asDouble());
        assertEquals(
                "https://tr.example.com/wall", json.path("links").path("wall").asText());
    }

    @Test
    void aMissingTenantOrWarehouseIsSaidPlainly() {
        assertEquals(2, run("digest", "--date", "2026-01-08"));
        assertTrue(console.err().contains("usage: ./ticketradar digest --tenant"));
        console.clear();
        assertEquals(
                1,
                run(
                        "digest",
                        "--tenant",
                        "acme",
                        "--data-dir",
                        dataDir.resolve("empty").toString()));
        assertTrue(console.err().contains("no warehouse in"), console.err());
        console.clear();
        assertEquals(2, run("digest", "--tenant", "acme", "--date", "yesterday"));
        assertTrue(console.err().contains("--date must be a date"));
    }
}
