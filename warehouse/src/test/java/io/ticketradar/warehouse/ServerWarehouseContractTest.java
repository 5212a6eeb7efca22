package io.ticketradar.warehouse;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The contract on a ClickHouse server (24.8+), when {@code CLICKHOUSE_URL} names one
 * ({@code http://localhost:8123} or a JDBC URL); {@code CLICKHOUSE_USER} and {@code CLICKHOUSE_PASSWORD} are
 * optional.
 */
@EnabledIfEnvironmentVariable(named = "CLICKHOUSE_URL", matches = ".+")
class ServerWarehouseContractTest extends WarehouseContract {

    @Override
    protected WarehouseConfig config(String database) {
        return WarehouseConfig.server(
                        System.getenv("CLICKHOUSE_URL"),
                        System.getenv("CLICKHOUSE_USER"),
                        System.getenv("CLICKHOUSE_PASSWORD"))
                .withDatabase(database);
    }
}
