package io.ticketradar.pipelines.sinks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.SqlLiterals;

import java.time.Instant;

/** Shared helpers for building JSONEachRow rows in the form ClickHouse parses without settings. */
public final class WarehouseJson {

    private WarehouseJson() {}

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** DateTime64(3, 'UTC') text form. */
    public static String dateTime64(Instant instant) {
        return SqlLiterals.dateTime64Text(instant);
    }
}
