package io.ticketradar.app;

import io.ticketradar.api.TenantPolicyCheck;
import io.ticketradar.api.TenantPolicyVersions;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.recompute.DailyRecompute;
import io.ticketradar.warehouse.Warehouse;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code recompute --tenant T --from D}: rebuilds a tenant's daily indicators from day D on under its policy versions
 * as they are now ({@link DailyRecompute}), after a policy was adopted with an {@code effective_from} in the past, or
 * to check that a day comes out the same. Run by the stack of the data folder when one runs (through its control
 * socket: its embedded warehouse is locked by it), else on the data folder's warehouse, or on the ClickHouse server
 * configured.
 */
final class RecomputeCommand {

    private static final String USAGE = "usage: ./ticketradar recompute --tenant <tenant_id> --from YYYY-MM-DD"
            + " [--data-dir DIR] [--tenants-file FILE] [--clickhouse-url URL]";

    private RecomputeCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        String tenant = DigestCommand.take(rest, "--tenant");
        String from = DigestCommand.take(rest, "--from");
        if (tenant == null || tenant.isBlank() || from == null) {
            err.println(USAGE);
            return 2;
        }
        TicketRadarConfig config = TicketRadarConfig.load(rest, System.getenv());
        try {
            LocalDate day = LocalDate.parse(from);
            PipelineSettings defaults = PipelineSettings.defaults("", config.warehouse(), config.dataDir());
            PipelineSettings settings = config.tenantsFile()
                    .map(file -> TenantSettingsFile.apply(file, defaults))
                    .orElse(defaults);
            String summary = StackControl.<String>askOrOpen(
                    config,
                    List.of(StackControl.RECOMPUTE, tenant, from),
                    answer -> answer,
                    warehouse -> summary(run(settings, warehouse, tenant, day)));
            out.println(summary);
            return 0;
        } catch (DateTimeParseException e) {
            err.println("ticketradar: --from must be a day such as 2026-11-20, not '" + from + "'");
            return 2;
        } catch (Exception e) {
            return StackControl.failed(e, "recompute", config, err);
        }
    }

    /** Rebuilds under the tenant's stored policy versions (none: its start-up policy). */
    static DailyRecompute.Result run(PipelineSettings settings, Warehouse warehouse, String tenant, LocalDate from)
            throws Exception {
        List<TenantPolicyCheck.Stored> versions = TenantPolicyVersions.of(warehouse, tenant);
        String message = versions.isEmpty()
                ? null
                : new TenantPolicyChecks(settings.indicators(), settings.alerts()).message(tenant, versions);
        return DailyRecompute.run(settings, warehouse, tenant, from, message);
    }

    static String summary(DailyRecompute.Result r) {
        return "recomputed " + r.tenantId() + " from " + r.from() + ": " + r.events() + " ticket events, " + r.rows()
                + " daily rows over " + r.days() + " days";
    }
}
