package io.ticketradar.pipelines.sinks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Shared helpers for building JSONEachRow rows in the form ClickHouse parses without settings. */
public final class WarehouseJson {

    /** DateTime64(3, 'UTC') text form. */
    private static final DateTimeFormatter DATE_TIME_64 =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private WarehouseJson() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String dateTime64(Instant instant) {
        return DATE_TIME_64.format(instant);
    }
}
