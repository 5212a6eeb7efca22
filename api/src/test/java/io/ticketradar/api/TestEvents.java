package io.ticketradar.api;

/** Wire events for tests, in the shape of DOMAIN.md §3. */
final class TestEvents {

    private TestEvents() {}

    static String closed(String eventId, String tenant, String ticket, String ts) {
        return """
                {"event_id":"%s","event_type":"TICKET_CLOSED","tenant_id":"%s","ticket_id":"%s","ts":"%s","schema_version":1}""".formatted(eventId, tenant, ticket, ts);
    }

    static String firstResponse(String eventId, String tenant, String ticket, String ts) {
        return """
                {"event_id":"%s","event_type":"FIRST_RESPONSE","tenant_id":"%s","ticket_id":"%s","ts":"%s","schema_version":1,\
                "responder_id":"CS-017","diagnostic":true}""".formatted(eventId, tenant, ticket, ts);
    }

    static String repair(String eventId, String tenant, String deviceSn) {
        return """
                {"event_id":"%s","event_type":"REPAIR_RECORDED","tenant_id":"%s","ts":"2026-01-06T14:30:00+08:00",\
                "schema_version":1,"repair_id":"REP-1","device_sn":"%s","engineer_id":"ENG-0412","fault_code":"OBC-E017",\
                "root_cause":"cold solder joint","parts":["PN-OBC-PFC-02"],"firmware":"OBC-3.2.1","ambient_temp_c":-16,\
                "labor_min":95,"outcome":"fixed","photo_labels":[]}""".formatted(eventId, tenant, deviceSn);
    }
}
