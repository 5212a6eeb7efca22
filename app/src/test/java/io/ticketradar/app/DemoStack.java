package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.warehouse.Warehouse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./ticketradar demo} runs, for tests outside this package (the pages' browser tests): the whole stack
 * with the demo tenants' generated traffic (eight weeks of history as fast as it goes, then live), and a full and a
 * display token per demo tenant and for a tenant without data.
 */
public final class DemoStack implements AutoCloseable {

    /** A tenant with a token and no data at all. */
    public static final String EMPTY_TENANT = "tenant-without-data";

    private final TicketRadarStack stack;
    private final DemoTraffic traffic;
    private final Map<String, String> tokens;
    private final Map<String, String> displayTokens;

    private DemoStack(
            TicketRadarStack stack,
            DemoTraffic traffic,
            Map<String, String> tokens,
            Map<String, String> displayTokens) {
        this.stack = stack;
        this.traffic = traffic;
        this.tokens = tokens;
        this.displayTokens = displayTokens;
    }

    public static DemoStack start(Path dataDir) {
        TicketRadarConfig config = TicketRadarConfig.load(
                List.of(
                        "--data-dir",
                        dataDir.toString(),
                        "--port",
                        "0",
                        "--checkpoint-seconds",
                        "2",
                        // as the other stack tests: partitions without demo traffic stop holding event time soon
                        "--source-idleness-seconds",
                        "10"),
                Map.of());
        TenantTokens tokens = new TenantTokens();
        Map<String, String> byTenant = new LinkedHashMap<>();
        Map<String, String> displayByTenant = new LinkedHashMap<>();
        for (String tenant : GeneratorSettings.DEMO_TENANTS) {
            byTenant.put(tenant, tokens.issue(tenant));
            displayByTenant.put(tenant, tokens.issue(tenant, TenantTokens.Role.DISPLAY));
        }
        byTenant.put(EMPTY_TENANT, tokens.issue(EMPTY_TENANT));
        displayByTenant.put(EMPTY_TENANT, tokens.issue(EMPTY_TENANT, TenantTokens.Role.DISPLAY));
        TicketRadarStack stack = TicketRadarStack.start(config, tokens);
        try {
            Map<String, String> demoTokens = new LinkedHashMap<>(byTenant);
            demoTokens.remove(EMPTY_TENANT);
            DemoDispatchRules.adopt(stack.apiUrl(), demoTokens);
            return new DemoStack(
                    stack, DemoTraffic.start(stack.bootstrapServers(), System.err), byTenant, displayByTenant);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public String apiUrl() {
        return stack.apiUrl();
    }

    /** The stack's warehouse, for rows of jobs the stack does not run yet. */
    public Warehouse warehouse() {
        return stack.warehouse();
    }

    /** The demo tenants, in the generator's order. */
    public List<String> demoTenants() {
        return GeneratorSettings.DEMO_TENANTS;
    }

    /** The tenant's full token (reads, posts events). */
    public String token(String tenant) {
        return tokens.get(tenant);
    }

    /** The tenant's read-only display token, as a wall screen holds it. */
    public String displayToken(String tenant) {
        return displayTokens.get(tenant);
    }

    @Override
    public void close() {
        traffic.close();
        stack.close();
    }
}
