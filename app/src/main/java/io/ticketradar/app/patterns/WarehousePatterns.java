package io.ticketradar.app.patterns;

import io.ticketradar.app.StackControl;
import io.ticketradar.app.TicketRadarConfig;
import io.ticketradar.datasets.cli.Flags;
import io.ticketradar.datasets.cli.UsageException;
import io.ticketradar.models.ModelJson;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.patterns.PatternSettings;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.Warehouses;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The tenant form of {@code ticketradar patterns}: checks what was asked and runs {@link WarehouseDetection} on the
 * tenant's history where the warehouse is: a ClickHouse server or the data folder's embedded warehouse, opened here,
 * or through the stack running on that folder, which holds it. Every refusal is one line: a usage error (exit 2) or
 * a state of the warehouse (exit 1).
 */
final class WarehousePatterns {

    private WarehousePatterns() {}

    static String tenant(Flags flags) throws UsageException {
        String tenant = flags.get("tenant", "").strip();
        if (tenant.isEmpty()) {
            throw new UsageException("--tenant needs a tenant id");
        }
        if (!flags.positional().isEmpty()) {
            throw new UsageException("give a data set folder or --tenant, not both");
        }
        return tenant;
    }

    static List<FailurePattern> find(
            String tenant, Flags flags, TicketRadarConfig config, Duration interval, PrintStream err)
            throws UsageException {
        LocalDate from = day(flags, "from");
        LocalDate to = day(flags, "to");
        if (from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        WarehouseDetection.Result result = checkReadable(config)
                ? fromWarehouse(config, tenant, config.tenantZones().zoneOf(tenant), from, to, interval)
                : fromRunningStack(config, tenant, from, to, interval);
        err.printf(
                "patterns: read %d events of tenant %s from %s to %s (%s; the detector's baseline before %s included)"
                        + " and %d earlier master data%n",
                result.events(), tenant, result.leadInFrom(), to, result.zone(), from, result.earlierMasterData());
        return result.patterns();
    }

    private static WarehouseDetection.Result fromWarehouse(
            TicketRadarConfig config, String tenant, ZoneId zone, LocalDate from, LocalDate to, Duration interval) {
        try (Warehouse warehouse = Warehouses.open(config.warehouse())) {
            return WarehouseDetection.run(
                    warehouse,
                    tenant,
                    zone,
                    from,
                    to,
                    PatternSettings.defaults().detector(),
                    interval);
        }
    }

    /**
     * The stack running on the data folder holds its embedded warehouse: it runs the detection, in the tenant's zone
     * it was started with, and answers.
     */
    private static WarehouseDetection.Result fromRunningStack(
            TicketRadarConfig config, String tenant, LocalDate from, LocalDate to, Duration interval) {
        try {
            String answer = StackControl.ask(
                    config.dataDir(),
                    List.of(StackControl.PATTERNS, tenant, from.toString(), to.toString(), interval.toString()));
            return ModelJson.read(answer, WarehouseDetection.Result.class);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot reach the running stack of " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate day(Flags flags, String name) throws UsageException {
        if (!flags.has(name)) {
            throw new UsageException("--tenant needs --from and --to (days such as 2026-01-08)");
        }
        return flags.date(name, null);
    }

    /**
     * Whether this process may open the warehouse itself: a server, or an embedded one no stack holds (the engine
     * allows one process per folder). False when the stack running on the data folder holds it.
     */
    private static boolean checkReadable(TicketRadarConfig config) {
        if (!config.embeddedWarehouse()) {
            return true;
        }
        if (!Files.isDirectory(config.dataDir().resolve("warehouse"))) {
            throw new IllegalArgumentException("no warehouse in " + config.dataDir()
                    + ": point --data-dir at a stack's data folder, or --clickhouse-url at a ClickHouse server");
        }
        return config.runningStack() == null;
    }
}
