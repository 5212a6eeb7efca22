package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.TicketEnrichments;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code GET /api/v1/tickets/{id}/enrichment} over real HTTP and the embedded warehouse, on rows as the enrichment job
 * writes them: the newest lookup per source, per tenant. The job itself against real sources is proven in pipelines
 * (EnrichmentJobIntegrationTest) and end to end in the app (EnrichmentEndToEndTest).
 */
class EnrichmentApiTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        api.insert(
                TicketEnrichments.TABLE,
                List.of(
                        lookup(TENANT, "T-1", "mes", "TIMEOUT", Map.of(), 0, 3, 1),
                        lookup(TENANT, "T-1", "crm", "FAILED", Map.of(), 503, 3, 1),
                        lookup(TENANT, "T-1", "crm", "ENRICHED", Map.of("customer_tier", "gold"), 200, 1, 2),
                        lookup(OTHER_TENANT, "T-9", "crm", "ENRICHED", Map.of("customer_tier", "vip"), 200, 1, 1)));
        api.insert(TicketFacts.TABLE, List.of(TestRows.knownTicket(TENANT, "T-PLAIN", "2026-01-08")));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Map<String, Object> lookup(
            String tenant,
            String ticket,
            String source,
            String outcome,
            Map<String, String> fields,
            int status,
            int attempts,
            long version) {
        return TestApi.row(
                TicketEnrichments.TENANT_ID, tenant,
                TicketEnrichments.TICKET_ID, ticket,
                TicketEnrichments.SOURCE, source,
                TicketEnrichments.EVENT_ID, "ev-" + ticket,
                TicketEnrichments.OUTCOME, outcome,
                TicketEnrichments.FIELDS, fields,
                TicketEnrichments.HTTP_STATUS, status,
                TicketEnrichments.ATTEMPTS, attempts,
                TicketEnrichments.FETCHED_AT, "2026-01-08 01:00:0" + version + ".000",
                TicketEnrichments.VERSION, version);
    }

    @Test
    void aTicketsNewestLookupPerSourceComesBySourceName() {
        JsonNode body = api.ok("/api/v1/tickets/T-1/enrichment");
        assertEquals("T-1", body.path("ticket_id").asText());
        JsonNode sources = body.path("sources");
        assertEquals(2, sources.size(), body.toString());
        JsonNode crm = sources.get(0);
        assertEquals("crm", crm.path("source").asText());
        assertEquals("ENRICHED", crm.path("outcome").asText(), "the newer lookup replaced the failed one");
        assertEquals("{\"customer_tier\":\"gold\"}", crm.path("fields").toString());
        assertEquals(200, crm.path("http_status").asInt());
        assertEquals(1, crm.path("attempts").asInt());
        assertEquals("2026-01-08T01:00:02Z", crm.path("fetched_at").asText());
        JsonNode mes = sources.get(1);
        assertEquals("TIMEOUT", mes.path("outcome").asText());
        assertEquals("{}", mes.path("fields").toString());
        assertEquals(0, mes.path("http_status").asInt());
        assertEquals(3, mes.path("attempts").asInt());
    }

    @Test
    void aKnownTicketNeverLookedUpHasNoneAnotherTenantsIsNotFound() {
        assertEquals(
                0, api.ok("/api/v1/tickets/T-PLAIN/enrichment").path("sources").size());
        ApiClient.Response foreign = api.get("/api/v1/tickets/T-9/enrichment");
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals("not_found", foreign.json().path("error").path("code").asText());
        assertEquals(
                404, api.get("/api/v1/tickets/T-1/enrichment", api.otherToken).status());
        assertEquals(404, api.get("/api/v1/tickets/NO-SUCH/enrichment").status());
    }
}
