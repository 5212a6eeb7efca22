package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlTemplateTest {

    private static JsonNode event(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void placeholdersTakeTheEventsWireFieldsPercentEncoded() throws Exception {
        UrlTemplate t = UrlTemplate.parse("https://crm.example/customers?phone={customer_phone}&site={site_id}");
        Optional<URI> url = t.expand(event("{\"customer_phone\":\"+86 138&x=1\",\"site_id\":\"苏州-1\"}"));
        assertEquals(
                "https://crm.example/customers?phone=%2B86%20138%26x%3D1&site=%E8%8B%8F%E5%B7%9E-1",
                url.orElseThrow().toString());
    }

    @Test
    void aValueCannotChangeTheUrlsShape() throws Exception {
        UrlTemplate t = UrlTemplate.parse("http://mes.local/devices/{device_sn}");
        URI url = t.expand(event("{\"device_sn\":\"../admin?all=1#x\"}")).orElseThrow();
        assertEquals("/devices/..%2Fadmin%3Fall%3D1%23x", url.getRawPath());
        assertEquals(null, url.getRawQuery());
    }

    @Test
    void aMissingNullOrEmptyFieldGivesNoUrl() throws Exception {
        UrlTemplate t = UrlTemplate.parse("http://crm.local/c?phone={customer_phone}");
        assertTrue(t.expand(event("{}")).isEmpty());
        assertTrue(t.expand(event("{\"customer_phone\":null}")).isEmpty());
        assertTrue(t.expand(event("{\"customer_phone\":\"\"}")).isEmpty());
        assertTrue(t.expand(event("{\"customer_phone\":{\"a\":1}}")).isEmpty());
    }

    @Test
    void numbersAreTakenAsWritten() throws Exception {
        UrlTemplate t = UrlTemplate.parse("http://crm.local/t/{ambient_temp_c}");
        assertEquals(
                "http://crm.local/t/-5",
                t.expand(event("{\"ambient_temp_c\":-5}")).orElseThrow().toString());
    }

    @Test
    void badTemplatesAreRefusedSayingWhy() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UrlTemplate.parse("ftp://x/{a}"))
                .getMessage()
                .contains("http or https"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UrlTemplate.parse("http://x/{Phone}"))
                .getMessage()
                .contains("placeholder"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UrlTemplate.parse("http://x/{phone"))
                .getMessage()
                .contains("placeholder"));
        assertThrows(IllegalArgumentException.class, () -> UrlTemplate.parse("/relative/{phone}"));
        assertThrows(IllegalArgumentException.class, () -> UrlTemplate.parse("http://x y/{phone}"));
    }
}
