package io.ticketradar.warehouse;

/**
 * Service-provider interface for warehouse adapters, listed in
 * {@code META-INF/services/io.ticketradar.warehouse.WarehouseProvider}. It exists because the embedded
 * adapter is compiled for Java 25 and the rest of this module for Java 21: release-21 code cannot name the
 * embedded classes, so {@link Warehouses} finds adapters by {@link java.util.ServiceLoader}.
 */
public interface WarehouseProvider {

    /** The kind of warehouse this provider opens. */
    WarehouseConfig.Kind kind();

    /** Opens a warehouse for the config (of this provider's kind); its database exists on return. */
    Warehouse open(WarehouseConfig config);
}
