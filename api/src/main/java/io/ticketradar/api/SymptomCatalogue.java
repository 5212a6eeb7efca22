package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketEvents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's symptom catalogue: the {@code CODE_DEFINED} master-data events of kind {@code symptom} it sent
 * (DOMAIN.md §3; the generator sends its catalogue.yaml this way), each code with the words people use for it in
 * zh-CN and English. The newest definition of a code wins.
 */
record SymptomCatalogue(List<Symptom> symptoms) {

    private static final String DEFINED = """
            SELECT JSONExtractString(payload, 'code') AS code, JSONExtractString(payload, 'zh') AS zh,
                   JSONExtractString(payload, 'en') AS en
            FROM %s FINAL
            WHERE tenant_id = ? AND event_type = 'CODE_DEFINED' AND JSONExtractString(payload, 'kind') = 'symptom'
            ORDER BY ts, event_id""".formatted(TicketEvents.TABLE);

    /** @param zh the zh-CN words, null when none; {@code en} likewise */
    record Symptom(String code, String zh, String en) {}

    SymptomCatalogue {
        symptoms = List.copyOf(symptoms);
    }

    static SymptomCatalogue of(Warehouse warehouse, String tenant) {
        Map<String, Symptom> byCode = new LinkedHashMap<>();
        for (Map<String, Object> row : warehouse.query(DEFINED, tenant)) {
            String code = (String) row.get("code");
            byCode.put(
                    code,
                    new Symptom(
                            code,
                            WarehouseValues.emptyToNull((String) row.get("zh")),
                            WarehouseValues.emptyToNull((String) row.get("en"))));
        }
        return new SymptomCatalogue(List.copyOf(byCode.values()));
    }
}
