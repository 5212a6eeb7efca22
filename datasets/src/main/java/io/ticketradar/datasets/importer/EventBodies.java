package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.Region;
import io.ticketradar.events.Channel;
import io.ticketradar.events.EventBody.TicketCreated;
import io.ticketradar.events.EventBody.TicketResolved;
import io.ticketradar.events.Priority;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static io.ticketradar.datasets.importer.mapping.Field.*;

/**
 * The event bodies both shapes read from a row's fields. Symptoms and regions written as people
 * write them (无法充电, South China) become the catalogue's codes and the region names the product
 * uses, so imported tickets fall into the same heatmap cells and patterns as the rest; anything the
 * catalogue does not know is kept as written.
 */
final class EventBodies {
    private static final Map<String, String> SYMPTOM_CODES = symptomCodes();

    private EventBodies() {}

    static TicketCreated created(RowReader row) throws RowProblem {
        return new TicketCreated(
                row.requiredChoice(CHANNEL, Channel.values()),
                row.required(CUSTOMER_ID),
                Objects.requireNonNullElse(row.text(CUSTOMER_PHONE), ""),
                row.required(DEVICE_SN),
                row.required(PRODUCT_MODEL),
                row.required(SITE_ID),
                region(row.required(REGION)),
                row.list(SYMPTOMS).stream().map(EventBodies::symptom).distinct().toList(),
                row.text(FAULT_CODE),
                row.text(DESCRIPTION),
                row.number(AMBIENT_TEMP_C),
                row.requiredChoice(PRIORITY, Priority.values()));
    }

    /** Without a column or default, the resolution code is "unspecified" and the ticket had no field visit. */
    static TicketResolved resolved(RowReader row) throws RowProblem {
        return new TicketResolved(
                Objects.requireNonNullElse(row.text(RESOLUTION_CODE), "unspecified"), row.count(FIELD_VISITS, 0));
    }

    private static String region(String name) {
        try {
            return Region.of(name).zh();
        } catch (IllegalArgumentException notARegionWeKnow) {
            return name;
        }
    }

    private static String symptom(String name) {
        return SYMPTOM_CODES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static Map<String, String> symptomCodes() {
        Map<String, String> codes = new HashMap<>();
        for (Catalogue.Symptom symptom : Catalogue.standard().symptoms()) {
            for (String name : List.of(symptom.zh(), symptom.en(), symptom.code())) {
                codes.put(name.toLowerCase(Locale.ROOT), symptom.code());
            }
        }
        return Map.copyOf(codes);
    }
}
