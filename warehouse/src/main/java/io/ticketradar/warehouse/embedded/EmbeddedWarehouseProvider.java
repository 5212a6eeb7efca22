package io.ticketradar.warehouse.embedded;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.WarehouseProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens {@link WarehouseConfig.Kind#EMBEDDED} warehouses; found by {@link java.util.ServiceLoader}. */
public final class EmbeddedWarehouseProvider implements WarehouseProvider {

    @Override
    public WarehouseConfig.Kind kind() {
        return WarehouseConfig.Kind.EMBEDDED;
    }

    @Override
    public Warehouse open(WarehouseConfig config) {
        Path path = storage(config.embeddedPath());
        Chdb chdb = Chdb.load(ChdbLibraryLocator.locate(config.chdbLibrary()));
        EmbeddedEngine engine = EmbeddedEngine.acquire(chdb, path);
        try {
            return new EmbeddedWarehouse(engine, config.database());
        } catch (RuntimeException e) {
            engine.release();
            throw e;
        }
    }

    // One canonical form per directory, so ./data and its absolute spelling share one engine.
    private static Path storage(String configured) {
        try {
            Path path =
                    Files.createDirectories(Path.of(configured).toAbsolutePath().normalize());
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the embedded warehouse directory " + configured, e);
        }
    }
}
