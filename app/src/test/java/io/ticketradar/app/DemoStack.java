package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;
import io.ticketradar.datasets.generate.GeneratorSettings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./ticketradar demo} runs, for tests outside this package (the pages' browser tests): the whole stack
 * with the demo tenants' generated traffic (five weeks of history as fast as it goes, then live), and a token per
 * demo tenant plus one for a tenant without data.
 */
public final class DemoStack implements AutoCloseable {

    /** A tenant with a token and no data at all. */
    public static final String EMPTY_TENANT = "tenant-without-data";

    private final TicketRadarStack stack;
    private final DemoTraffic traffic;
    private final Map<String, String> tokens;

    private DemoStack(TicketRadarStack stack, DemoTraffic traffic, Map<String, String> tokens) {
        this.stack = stack;
        this.traffic = traffic;
        this.tokens = tokens;
    }

    public static DemoStack start(Path dataDir) {
        TicketRadarConfig config = TicketRadarConfig.load(
                List.of("--data-dir", dataDir.toString(), "--port", "0", "--checkpoint-seconds", "2"), Map.of());
        TenantTokens tokens = new TenantTokens();
        Map<String, String> byTenant = new LinkedHashMap<>();
        for (String tenant : GeneratorSettings.DEMO_TENANTS) {
            byTenant.put(tenant, tokens.issue(tenant));
        }
        byTenant.put(EMPTY_TENANT, tokens.issue(EMPTY_TENANT));
        TicketRadarStack stack = TicketRadarStack.start(config, tokens);
        try {
            return new DemoStack(stack, DemoTraffic.start(stack.bootstrapServers(), System.err), byTenant);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public String apiUrl() {
        return stack.apiUrl();
    }

    /** The demo tenants, in the generator's order. */
    public List<String> demoTenants() {
        return GeneratorSettings.DEMO_TENANTS;
    }

    public String token(String tenant) {
        return tokens.get(tenant);
    }

    @Override
    public void close() {
        traffic.close();
        stack.close();
    }
}
