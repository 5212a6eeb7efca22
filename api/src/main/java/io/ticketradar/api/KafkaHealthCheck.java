package io.ticketradar.api;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The broker is up when the cluster answers a metadata request. One admin client is kept for the
 * probes (creating one per probe costs threads and connections every few seconds).
 */
public final class KafkaHealthCheck implements HealthCheck, AutoCloseable {

    private final Admin admin;
    private final int timeoutMs;

    /** @param timeout how long one probe waits for the cluster; keep it under the API's health timeout */
    public KafkaHealthCheck(String bootstrapServers, Duration timeout) {
        this.timeoutMs = Math.toIntExact(timeout.toMillis());
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "ticketradar-api-health",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs));
    }

    @Override
    public String name() {
        return "broker";
    }

    @Override
    public HealthStatus check() throws Exception {
        Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs))
                .nodes()
                .get(timeoutMs, TimeUnit.MILLISECONDS);
        return nodes.isEmpty()
                ? HealthStatus.down("no broker in the cluster")
                : HealthStatus.up(nodes.size() + " broker(s)");
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(1));
    }
}
