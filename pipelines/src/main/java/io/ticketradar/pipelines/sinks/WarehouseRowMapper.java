package io.ticketradar.pipelines.sinks;

import java.io.Serializable;

/** Turns a stream element into one JSONEachRow line for a warehouse table. */
@FunctionalInterface
public interface WarehouseRowMapper<T> extends Serializable {
    String toJsonRow(T element);
}
