package io.ticketradar.pipelines.testing;

import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * The Flink MiniCluster the job tests run on: one task manager with the given number of slots. Register it on
 * a static field so the cluster serves the whole class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);
 * }</pre>
 */
public final class MiniClusters {

    private MiniClusters() {}

    public static MiniClusterExtension withSlots(int slots) {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(slots)
                .build());
    }
}
