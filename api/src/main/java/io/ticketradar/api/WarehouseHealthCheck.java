package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;

/** The warehouse is up when it answers a trivial query. */
public final class WarehouseHealthCheck implements HealthCheck {

    private final Warehouse warehouse;

    public WarehouseHealthCheck(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    @Override
    public String name() {
        return "warehouse";
    }

    @Override
    public HealthStatus check() {
        warehouse.query("SELECT 1");
        return HealthStatus.up("database " + warehouse.database());
    }
}
