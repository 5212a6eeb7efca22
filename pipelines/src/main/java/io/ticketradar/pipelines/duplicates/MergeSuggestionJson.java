package io.ticketradar.pipelines.duplicates;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.warehouse.tables.MergeSuggestions;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A merge suggestion as a {@code merge_suggestions} row and as a {@code merge-suggestions} topic value. */
final class MergeSuggestionJson {

    private MergeSuggestionJson() {}

    /** The warehouse row: instants in DateTime64 text, unknown fault code as ''. */
    static String row(MergeSuggestion s) {
        return json(s, WarehouseJson::dateTime64, "").toString();
    }

    /**
     * The topic value: {@code {"tenant_id","ticket_id","into_ticket_id","matched_ticket_id","status","matched_keys",
     * "shared_symptoms","shared_fault_code","hours_apart","ticket_created_at","into_created_at","decided_at",
     * "version"}}, instants ISO-8601 UTC, shared_fault_code null when none.
     */
    static String topicValue(MergeSuggestion s) {
        return json(s, Instant::toString, null).toString();
    }

    private static ObjectNode json(MergeSuggestion s, Function<Instant, String> instant, String noFaultCode) {
        Evidence e = s.evidence();
        ObjectNode node = WarehouseJson.object()
                .put(MergeSuggestions.TENANT_ID, s.tenantId())
                .put(MergeSuggestions.TICKET_ID, s.ticketId())
                .put(MergeSuggestions.INTO_TICKET_ID, s.intoTicketId())
                .put(MergeSuggestions.MATCHED_TICKET_ID, s.matchedTicketId())
                .put(MergeSuggestions.STATUS, s.status());
        strings(node, MergeSuggestions.MATCHED_KEYS, e.matchedKeys());
        strings(node, MergeSuggestions.SHARED_SYMPTOMS, e.sharedSymptoms());
        return node.put(
                        MergeSuggestions.SHARED_FAULT_CODE,
                        e.sharedFaultCode() == null ? noFaultCode : e.sharedFaultCode())
                .put(MergeSuggestions.HOURS_APART, Math.round(e.hoursApart() * 100) / 100.0)
                .put(MergeSuggestions.TICKET_CREATED_AT, instant.apply(Instant.ofEpochMilli(s.ticketCreatedAt())))
                .put(MergeSuggestions.INTO_CREATED_AT, instant.apply(Instant.ofEpochMilli(s.intoCreatedAt())))
                .put(MergeSuggestions.DECIDED_AT, instant.apply(Instant.ofEpochMilli(s.decidedAt())))
                .put(MergeSuggestions.VERSION, s.version());
    }

    private static void strings(ObjectNode node, String name, List<String> values) {
        values.forEach(node.putArray(name)::add);
    }
}
