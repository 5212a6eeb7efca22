package io.ticketradar.warehouse.server;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.WarehouseProvider;

/** Opens {@link WarehouseConfig.Kind#SERVER} warehouses; found by {@link java.util.ServiceLoader}. */
public final class ServerWarehouseProvider implements WarehouseProvider {

    @Override
    public WarehouseConfig.Kind kind() {
        return WarehouseConfig.Kind.SERVER;
    }

    @Override
    public Warehouse open(WarehouseConfig config) {
        return ServerWarehouse.open(config);
    }
}
