package io.ticketradar.warehouse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Opens a {@link Warehouse} for a config, through the adapters registered as {@link WarehouseProvider}. */
public final class Warehouses {

    private static final Logger LOG = LoggerFactory.getLogger(Warehouses.class);

    private Warehouses() {}

    /** Opens the warehouse the config names. Its database exists on return; call {@link Warehouse#migrate()} to build the schema. */
    public static Warehouse open(WarehouseConfig config) {
        return provider(config.kind()).open(config);
    }

    private static WarehouseProvider provider(WarehouseConfig.Kind kind) {
        List<String> failures = new ArrayList<>();
        Iterator<WarehouseProvider> providers = ServiceLoader.load(
                        WarehouseProvider.class, Warehouses.class.getClassLoader())
                .iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                WarehouseProvider provider = providers.next();
                if (provider.kind() == kind) {
                    return provider;
                }
            } catch (ServiceConfigurationError e) {
                // Expected on a Java 21 runtime (a Flink cluster): the embedded adapter's class file is for 25.
                LOG.debug("skipping a warehouse provider that cannot load", e);
                failures.add(e.getMessage());
            }
        }
        throw new IllegalStateException("no " + kind + " warehouse adapter on the classpath"
                + (kind == WarehouseConfig.Kind.EMBEDDED
                        ? " (the embedded adapter needs Java 25 and --enable-native-access=ALL-UNNAMED; running on Java "
                                + Runtime.version().feature() + ")"
                        : "")
                + (failures.isEmpty() ? "" : "; providers that failed to load: " + failures));
    }
}
