package io.ticketradar.api;

import io.ticketradar.warehouse.tables.TicketEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A history that lacks something is read again each time; a complete one is kept. */
class SourceCoveragesTest {

    private TestApi api;
    private SourceCoverages coverages;

    @BeforeEach
    void start() {
        api = TestApi.start();
        coverages = new SourceCoverages(api.warehouse);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theFirstFirstResponseIsSeenAtOnceAndACompleteHistoryIsNotScannedAgain() {
        api.insert(
                TicketEvents.TABLE,
                List.of(
                        event("e1", "TICKET_ASSIGNED", "{\"stage\":\"CS\"}"),
                        event("e2", "STAGE_CHANGED", "{\"from_stage\":\"CS\",\"to_stage\":\"TECH\"}"),
                        event("e3", "CUSTOMER_COMPLAINT", "{}"),
                        event("e4", "TICKET_REOPENED", "{}")));
        SourceCoverage lacking = coverages.of(TENANT);
        assertEquals(List.of("FIRST_RESPONSE"), lacking.missing(List.of("FIRST_RESPONSE", "TICKET_ASSIGNED")));
        assertFalse(lacking.complete());

        api.insert(TicketEvents.TABLE, List.of(event("e5", "FIRST_RESPONSE", "{}")));
        SourceCoverage complete = coverages.of(TENANT);
        assertTrue(complete.complete(), complete.toString());

        api.warehouse.execute("TRUNCATE TABLE ticket_events");
        assertEquals(complete, coverages.of(TENANT), "kept: a history never loses what it recorded");
        assertFalse(SourceCoverage.of(api.warehouse, TENANT).complete(), "what a scan would say now");
    }

    private static Map<String, Object> event(String id, String type, String payload) {
        return TestRows.event(TENANT, id, type, "T1", "SN1", "2026-01-05 01:00:00.000", "ticket-events", payload);
    }
}
