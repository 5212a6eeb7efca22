package io.ticketradar.app;

import io.ticketradar.api.TenantTokens;
import io.ticketradar.datasets.generate.GeneratorSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code demo} and {@code run}: start the stack and keep it up until Ctrl-C or SIGTERM. */
final class StackCommand {

    private static final Logger LOG = LoggerFactory.getLogger(StackCommand.class);

    private StackCommand() {}

    static int demo(List<String> args, PrintStream out, PrintStream err) {
        TicketRadarConfig config = TicketRadarConfig.load(args, System.getenv());
        TenantTokens tokens = new TenantTokens();
        // A full token for the API and a read-only one for the wall screen, per tenant.
        Map<String, String> full = new LinkedHashMap<>();
        GeneratorSettings.DEMO_TENANTS.forEach(tenant -> full.put(tenant, tokens.issue(tenant)));
        List<String> issued = GeneratorSettings.DEMO_TENANTS.stream()
                .map(tenant -> "tenant=" + tenant + " token=" + full.get(tenant) + " display_token="
                        + tokens.issue(tenant, TenantTokens.Role.DISPLAY))
                .toList();
        // Saved once the stack holds the data folder: a demo started on a folder in use must not replace the
        // running one's tokens.
        TicketRadarStack stack = TicketRadarStack.start(config, tokens);
        save(tokens, config);
        DemoTraffic traffic = null;
        if (config.traffic()) {
            DemoDispatchRules.adopt(stack.apiUrl(), full);
            traffic = DemoTraffic.start(stack.bootstrapServers(), err);
        }
        issued.forEach(out::println);
        announce(stack, out);
        DemoTraffic started = traffic;
        awaitShutdown(() -> {
            if (started != null) {
                started.close();
            }
            stack.close();
        });
        return 0;
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        TicketRadarConfig config = TicketRadarConfig.load(args, System.getenv());
        TenantTokens tokens = load(config);
        TicketRadarStack stack = TicketRadarStack.start(config, tokens);
        announce(stack, out);
        awaitShutdown(stack::close);
        return 0;
    }

    private static void announce(TicketRadarStack stack, PrintStream out) {
        out.println("TicketRadar is up: " + stack.apiUrl() + "  (health: " + stack.apiUrl()
                + "/api/health; Ctrl-C stops it)");
        out.flush();
    }

    /** Blocks until the JVM is asked to stop, then stops the stack before the JVM exits. */
    private static void awaitShutdown(Runnable stop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            LOG.info("stopping TicketRadar");
                            try {
                                stop.run();
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "ticketradar-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void save(TenantTokens tokens, TicketRadarConfig config) {
        try {
            Files.createDirectories(config.tokensFile().toAbsolutePath().getParent());
            tokens.save(config.tokensFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token hashes to " + config.tokensFile(), e);
        }
    }

    private static TenantTokens load(TicketRadarConfig config) {
        if (!Files.exists(config.tokensFile())) {
            throw new ConfigException(
                    "no API tokens at " + config.tokensFile()
                            + ": issue one with './ticketradar tokens issue <tenant_id>' or point --tokens-file at a hash file");
        }
        try {
            return TenantTokens.load(config.tokensFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read the API tokens at " + config.tokensFile() + ": " + e.getMessage());
        }
    }
}
