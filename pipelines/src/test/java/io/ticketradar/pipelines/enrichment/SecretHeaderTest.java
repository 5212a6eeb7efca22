package io.ticketradar.pipelines.enrichment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SecretHeaderTest {

    private static final String SECRET = "tr-secret-9f8e7d";

    @Test
    void theNameAndValueAreReadAndTheValueIsMaskedWhenPrinted() {
        SecretHeader h = SecretHeader.parse("Authorization: Bearer " + SECRET);
        assertEquals("Authorization", h.name());
        assertEquals("Bearer " + SECRET, h.value());
        assertEquals("Authorization: ****", h.toString());
    }

    @Test
    void settingsThatHoldTheHeaderDoNotPrintTheSecret() {
        EnrichmentSource source = new EnrichmentSource(
                UrlTemplate.parse("https://crm.example/c?phone={customer_phone}"),
                SecretHeader.parse("X-Api-Key:" + SECRET),
                FieldMapping.parse("tier=$.tier"));
        EnrichmentSettings settings = EnrichmentSettings.none()
                .withTenant("t", new TenantEnrichment(Duration.ofSeconds(1), Map.of("crm", source)));
        String printed = settings.toString();
        assertFalse(printed.contains(SECRET), printed);
        assertFalse(printed.contains("9f8e"), printed);
    }

    @Test
    void itSurvivesSerialisationAsFlinkShipsIt() throws Exception {
        SecretHeader h = SecretHeader.parse("Authorization: Bearer " + SECRET);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(h);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(h, in.readObject());
        }
    }

    @Test
    void badHeadersAreRefusedWithoutRepeatingTheValue() {
        for (String bad : new String[] {"Bearer " + SECRET, "Auth orization: " + SECRET, "X-Key:  ", "X-Key: a\nb"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SecretHeader.parse(bad));
            assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        }
    }
}
