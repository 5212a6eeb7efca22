package io.ticketradar.app;

import io.ticketradar.warehouse.WarehouseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketRadarConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsRunTheEmbeddedStack() {
        TicketRadarConfig config = TicketRadarConfig.load(List.of(), Map.of());
        assertEquals(7070, config.port());
        assertEquals("127.0.0.1", config.host());
        assertTrue(config.embeddedKafka());
        assertEquals(WarehouseConfig.Kind.EMBEDDED, config.warehouse().kind());
        assertTrue(config.traffic());
        assertEquals(config.dataDir().resolve("tokens"), config.tokensFile());
    }

    @Test
    void flagsBeatEnvironmentWhichBeatsTheFile() throws Exception {
        Path file = dir.resolve("ticketradar.properties");
        Files.writeString(file, "port=7100\nhost=0.0.0.0\ncheckpoint-seconds=9\n");
        TicketRadarConfig config = TicketRadarConfig.load(
                List.of("--config", file.toString(), "--port=7300", "--no-traffic"),
                Map.of("TICKETRADAR_PORT", "7200", "TICKETRADAR_HOST", "10.0.0.1"));
        assertEquals(7300, config.port(), "flag wins");
        assertEquals("10.0.0.1", config.host(), "environment beats the file");
        assertEquals(9, config.checkpointInterval().toSeconds(), "file beats the default");
        assertFalse(config.traffic());
    }

    @Test
    void aClickHouseUrlSelectsTheServerAdapter() {
        TicketRadarConfig config = TicketRadarConfig.load(
                List.of(), Map.of("CLICKHOUSE_URL", "jdbc:clickhouse:http://ch:8123", "CLICKHOUSE_USER", "tr"));
        assertEquals(WarehouseConfig.Kind.SERVER, config.warehouse().kind());
        assertEquals("tr", config.warehouse().user());
    }

    @Test
    void badSettingsGetAClearMessage() throws Exception {
        assertEquals(
                "unknown flag '--prot' (see --help)",
                assertThrows(ConfigException.class, () -> TicketRadarConfig.load(List.of("--prot", "1"), Map.of()))
                        .getMessage());
        assertEquals(
                "port must be a whole number, got 'abc'",
                assertThrows(ConfigException.class, () -> TicketRadarConfig.load(List.of("--port", "abc"), Map.of()))
                        .getMessage());
        assertEquals(
                "port must be between 0 and 65535, got 70000",
                assertThrows(ConfigException.class, () -> TicketRadarConfig.load(List.of("--port", "70000"), Map.of()))
                        .getMessage());
        assertEquals(
                "flag --port needs a value",
                assertThrows(ConfigException.class, () -> TicketRadarConfig.load(List.of("--port"), Map.of()))
                        .getMessage());
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "colour=blue\n");
        assertEquals(
                "unknown setting 'colour' in " + file,
                assertThrows(
                                ConfigException.class,
                                () -> TicketRadarConfig.load(List.of("--config", file.toString()), Map.of()))
                        .getMessage());
    }
}
