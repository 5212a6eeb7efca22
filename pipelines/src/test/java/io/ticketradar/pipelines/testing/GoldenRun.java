package io.ticketradar.pipelines.testing;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.warehouse.Warehouse;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The {@link GoldenTickets} run once per test class through the whole application, to the end of the input, on a
 * MiniCluster of its own (one task manager, two slots, parallelism 2) into a fresh test warehouse
 * ({@link BoundedRun}), {@link GoldenTickets#UTC_TENANT} in UTC. The class's tests read what it wrote:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final GoldenRun GOLDEN = new GoldenRun();
 * ...
 * GOLDEN.warehouse().query("SELECT ...");
 * }</pre>
 *
 * Register it on a static field; the run is closed after the class.
 */
public final class GoldenRun implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final MiniClusterExtension flink = MiniClusters.withSlots(2);
    private BoundedRun run;

    /** The warehouse the golden tickets were run into. */
    public Warehouse warehouse() {
        if (run == null) {
            throw new IllegalStateException("no golden run: register GoldenRun on a static field");
        }
        return run.warehouse();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        flink.beforeAll(context);
        run = BoundedRun.open()
                .configure(s -> s.withIndicators(IndicatorSettings.defaults().withZones(GoldenTickets.zones())));
        run.runToEnd(GoldenTickets.events(), 2);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        flink.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        flink.afterEach(context);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (run != null) {
                run.close();
            }
        } finally {
            flink.afterAll(context);
        }
    }
}
