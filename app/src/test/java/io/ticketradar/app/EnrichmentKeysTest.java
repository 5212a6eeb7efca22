package io.ticketradar.app;

import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.enrichment.EnrichmentSettings;
import io.ticketradar.pipelines.enrichment.TenantEnrichment;
import io.ticketradar.warehouse.WarehouseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code <tenant>.enrich.*} keys of the tenants file, read through {@link TenantSettingsFile}. */
class EnrichmentKeysTest {

    private static final String SECRET = "tr-secret-0042";

    @TempDir
    Path dir;

    private final PipelineSettings defaults =
            PipelineSettings.defaults("127.0.0.1:9092", WarehouseConfig.embedded("/tmp/w"), Path.of("/tmp/c"));

    @Test
    void eachSourceIsItsUrlHeaderAndFieldsAndTheTimeoutIsTheTenants() throws Exception {
        PipelineSettings settings = TenantSettingsFile.apply(write("""
                        acme.zone = Europe/Berlin
                        acme.enrich.crm.url = https://crm.acme.example/customers?phone={customer_phone}
                        acme.enrich.crm.header = Authorization: Bearer %s
                        acme.enrich.crm.fields = customer_tier=$.tier, account_manager=$.owner.name
                        acme.enrich.mes.url = http://mes.local/devices/{device_sn}
                        acme.enrich.mes.header = X-Api-Key: %s
                        acme.enrich.mes.fields = line=$.line
                        acme.enrich.timeout-ms = 1500
                        beta.enrich.mes.url = http://mes.beta/devices/{device_sn}
                        beta.enrich.mes.header = X-Api-Key: k
                        beta.enrich.mes.fields = line=$.line
                        gamma.zone = Asia/Urumqi
                        """.formatted(SECRET, SECRET)), defaults);
        EnrichmentSettings enrichment = settings.enrichment();
        assertEquals(Set.of("acme", "beta"), enrichment.tenants().keySet(), "gamma configures no source");
        TenantEnrichment acme = enrichment.tenants().get("acme");
        assertEquals(Duration.ofMillis(1500), acme.timeout());
        assertEquals(List.of("crm", "mes"), List.copyOf(acme.sources().keySet()));
        assertEquals("Bearer " + SECRET, acme.sources().get("crm").header().value());
        assertEquals(
                "https://crm.acme.example/customers?phone={customer_phone}",
                acme.sources().get("crm").url().toString());
        assertEquals("{line=$.line}", acme.sources().get("mes").fields().toString());
        TenantEnrichment beta = enrichment.tenants().get("beta");
        assertEquals(TenantEnrichment.DEFAULT_TIMEOUT, beta.timeout());
        assertEquals(List.of("mes"), List.copyOf(beta.sources().keySet()));
        assertFalse(settings.toString().contains(SECRET), "settings print without the secret");
        assertTrue(EnrichmentSettings.none().tenants().isEmpty());
        assertFalse(TenantSettingsFile.apply(write("gamma.zone = UTC"), defaults)
                .enrichment()
                .any());
    }

    @Test
    void mistakesNameTheKeyAndNeverTheSecret() throws Exception {
        String crm = """
                acme.enrich.crm.url = https://crm.example/c?phone={customer_phone}
                acme.enrich.crm.header = Authorization: Bearer %s
                acme.enrich.crm.fields = tier=$.tier
                """.formatted(SECRET);
        assertMessage(crm.replace("acme.enrich.crm.fields = tier=$.tier\n", ""), "acme.enrich.crm.fields", "missing");
        assertMessage(crm.replace("{customer_phone}", "{Phone}"), "acme.enrich.crm.url", "placeholder");
        assertMessage(crm.replace("https://", "ftp://"), "acme.enrich.crm.url", "http or https");
        assertMessage(crm.replace("Authorization: ", "Authorization "), "acme.enrich.crm.header", "Name: value");
        assertMessage(crm.replace("tier=$.tier", "tier=tier"), "acme.enrich.crm.fields", "starts with $");
        assertMessage(crm + "acme.enrich.timeout-ms = soon\n", "acme.enrich.timeout-ms", "'soon'");
        assertMessage(crm + "acme.enrich.timeout-ms = 0\n", "acme.enrich.timeout-ms", "between 1 and");
        assertMessage("beta.enrich.timeout-ms = 100\n", "beta.enrich.timeout-ms", "no source");
        assertMessage(crm + "acme.enrich.erp.url = http://x/{a}\n", "acme.enrich.erp.url", "unknown key");
    }

    private void assertMessage(String content, String key, String says) throws Exception {
        Path file = write(content);
        String message = assertThrows(ConfigException.class, () -> TenantSettingsFile.apply(file, defaults))
                .getMessage();
        assertTrue(message.contains(key) && message.contains(says), message);
        assertFalse(message.contains(SECRET), message);
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "tenants", ".properties");
        Files.writeString(file, content);
        return file;
    }
}
