package io.ticketradar.app.patterns;

import io.ticketradar.app.Setting;
import io.ticketradar.app.TicketRadarConfig;
import io.ticketradar.datasets.cli.Flags;
import io.ticketradar.datasets.cli.UsageException;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.patterns.PatternSettings;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.Warehouses;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The tenant form of {@code ticketradar patterns}: checks what was asked, opens the configured warehouse (the data
 * folder's embedded one, or a ClickHouse server) and runs {@link WarehouseDetection} on the tenant's history. Every
 * refusal is one line: a usage error (exit 2) or a state of the warehouse (exit 1).
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
        checkReadable(config);
        ZoneId zone = config.tenantZones().zoneOf(tenant);
        try (Warehouse warehouse = Warehouses.open(config.warehouse())) {
            TenantHistory.Span span = new TenantHistory(warehouse, tenant)
                    .span()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "tenant '" + tenant + "' has no events in the warehouse " + where(config)));
            WarehouseDetection.Result result =
                    WarehouseDetection.run(warehouse, tenant, zone, from, to, PatternSettings.defaults(), interval);
            if (result.read().events() == 0) {
                throw new IllegalArgumentException("tenant '" + tenant + "' has no events from " + result.leadInFrom()
                        + " to " + to + " (its " + span.events() + " events run from " + span.first() + " to "
                        + span.last() + " UTC)");
            }
            err.printf(
                    "patterns: read %d events of tenant %s from %s to %s (%s; the detector's baseline before %s"
                            + " included) and %d earlier master data%n",
                    result.read().events(),
                    tenant,
                    result.leadInFrom(),
                    to,
                    zone,
                    from,
                    result.read().earlierMasterData());
            return result.patterns();
        }
    }

    private static LocalDate day(Flags flags, String name) throws UsageException {
        if (!flags.has(name)) {
            throw new UsageException("--tenant needs --from and --to (days such as 2026-01-08)");
        }
        return flags.date(name, null);
    }

    /**
     * An embedded warehouse is read here only when it exists and no stack holds it: the engine allows one process per
     * folder.
     */
    private static void checkReadable(TicketRadarConfig config) {
        if (!config.embeddedWarehouse()) {
            return;
        }
        if (!Files.isDirectory(config.dataDir().resolve("warehouse"))) {
            throw new IllegalArgumentException("no warehouse in " + config.dataDir()
                    + ": point --data-dir at a stack's data folder, or --clickhouse-url at a ClickHouse server");
        }
        if (config.runningStack() != null) {
            throw new IllegalArgumentException("the stack running on " + config.dataDir()
                    + " holds its embedded warehouse: stop it first (Ctrl-C), then run patterns again");
        }
    }

    private static String where(TicketRadarConfig config) {
        return config.embeddedWarehouse() ? "in " + config.dataDir() : "at " + config.get(Setting.CLICKHOUSE_URL);
    }
}
