package io.ticketradar.app;

import io.ticketradar.api.TenantGroups;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.TenantAlerts;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.duplicates.DuplicateSettings;
import io.ticketradar.pipelines.duplicates.MergePolicy;
import io.ticketradar.pipelines.enrichment.EnrichmentSettings;
import io.ticketradar.pipelines.enrichment.TenantEnrichment;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.lifecycle.SlaPolicies;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-tenant settings, one properties file for all tenants:
 * <pre>
 * suzhou-auto-electronics.zone = Asia/Shanghai
 * suzhou-auto-electronics.breakpoint-threshold = 0.05
 * suzhou-auto-electronics.webhooks = wecom:https://qyapi.example/robot/send?key=..., json:https://ops.example/hooks/tr
 * suzhou-auto-electronics.digest.at = 08:30
 * suzhou-auto-electronics.duplicates = merge
 * suzhou-auto-electronics.group = east-china-dealers
 * suzhou-auto-electronics.enrich.crm.url = https://crm.example/api/customers?phone={customer_phone}
 * suzhou-auto-electronics.enrich.crm.header = Authorization: Bearer ...
 * suzhou-auto-electronics.enrich.crm.fields = customer_tier=$.tier,account_manager=$.owner.name
 * suzhou-auto-electronics.sla.resolution.P2 = 72h
 * suzhou-auto-electronics.sla.hours = MON-FRI 09:00-12:00,13:00-18:00
 * suzhou-auto-electronics.sla.holidays = 2027-02-06..2027-02-12
 * suzhou-auto-electronics.sla.workdays = 2027-02-14
 * </pre>
 * A tenant without an entry runs in Asia/Shanghai with a 5% breakpoint threshold and no webhooks, gets no
 * morning digest ({@code digest.at}: the local time in its zone at which its webhooks receive it), and gets merge
 * suggestions for its duplicate tickets ({@code duplicates = merge}: they are merged at once). {@code group} puts the
 * tenant in a tenant group (at most one; see docs/tenant-groups.md): the group's token reads it, and knowledge it
 * shares reaches the group's other tenants. {@code enrich.*} ({@link EnrichmentKeys}) has its new tickets looked up in
 * its CRM and MES. {@code sla.*} ({@link SlaKeys}) sets its own service levels in place of the spec's, counted in its
 * business hours and holidays if it gives them ({@link CalendarKeys}), {@code healthy.*} ({@link HealthyKeys}) its own
 * healthy thresholds.
 */
final class TenantSettingsFile {

    private static final String DIGEST_AT = "digest.at";
    private static final String GROUP = "group";
    private static final List<String> KEYS = keys();

    private TenantSettingsFile() {}

    private static List<String> keys() {
        List<String> keys =
                new ArrayList<>(List.of("zone", "breakpoint-threshold", "webhooks", DIGEST_AT, "duplicates", GROUP));
        keys.addAll(EnrichmentKeys.keys());
        keys.addAll(SlaKeys.keys());
        keys.addAll(CalendarKeys.keys());
        keys.addAll(HealthyKeys.keys());
        return List.copyOf(keys);
    }

    static PipelineSettings apply(Path file, PipelineSettings settings) {
        Properties props = PropertiesFiles.read(file, "tenants file");
        TenantZones zones = settings.indicators().zones();
        SlaPolicies slas = settings.indicators().slas();
        HealthyThresholds thresholds = settings.indicators().thresholds();
        AlertSettings alerts = settings.alerts();
        DuplicateSettings duplicates = settings.duplicates();
        EnrichmentSettings enrichment = settings.enrichment();
        for (String tenant : tenants(props, file)) {
            Optional<TenantEnrichment> sources = EnrichmentKeys.read(props, tenant, file);
            if (sources.isPresent()) {
                enrichment = enrichment.withTenant(tenant, sources.get());
            }
            String zone = props.getProperty(tenant + ".zone");
            if (zone != null) {
                zones = zones.with(tenant, zone(zone.strip(), tenant, file));
            }
            Optional<SlaPolicy> sla = SlaKeys.read(props, tenant, zones.zoneOf(tenant), file);
            if (sla.isPresent()) {
                slas = slas.with(tenant, sla.get());
            }
            String policy = props.getProperty(tenant + ".duplicates");
            if (policy != null) {
                duplicates = duplicates.withTenant(tenant, policy(policy.strip(), tenant, file));
            }
            String threshold = props.getProperty(tenant + ".breakpoint-threshold");
            BigDecimal breakerThreshold = threshold == null ? null : threshold(threshold.strip(), tenant, file);
            String webhooks = props.getProperty(tenant + ".webhooks");
            thresholds = HealthyKeys.read(props, tenant, breakerThreshold, thresholds, file);
            if (breakerThreshold != null || webhooks != null) {
                alerts = alerts.withTenant(
                        tenant,
                        new TenantAlerts(
                                breakerThreshold == null ? alerts.defaultThreshold() : breakerThreshold,
                                webhooks == null ? List.of() : webhooks(webhooks, tenant, file)));
            }
        }
        return settings.withIndicators(
                        settings.indicators().withZones(zones).withSlas(slas).withThresholds(thresholds))
                .withAlerts(alerts)
                .withDuplicates(duplicates)
                .withEnrichment(enrichment);
    }

    /** When each tenant that wants one gets its morning digest, in its zone's local time. */
    static Map<String, LocalTime> digestTimes(Path file) {
        Properties props = PropertiesFiles.read(file, "tenants file");
        Map<String, LocalTime> times = new TreeMap<>();
        for (String tenant : tenants(props, file)) {
            String at = props.getProperty(tenant + "." + DIGEST_AT);
            if (at != null) {
                try {
                    times.put(tenant, LocalTime.parse(at.strip()));
                } catch (DateTimeParseException e) {
                    throw new ConfigException(tenant + "." + DIGEST_AT + " in " + file + ": '" + at.strip()
                            + "' is not a time of day such as 08:30");
                }
            }
        }
        return times;
    }

    /** The tenant groups the {@code <tenant>.group} keys make. */
    static TenantGroups groups(Path file) {
        Properties props = PropertiesFiles.read(file, "tenants file");
        Map<String, String> groupByTenant = new TreeMap<>();
        for (String tenant : tenants(props, file)) {
            String group = props.getProperty(tenant + "." + GROUP);
            if (group != null) {
                groupByTenant.put(tenant, group.strip());
            }
        }
        try {
            return TenantGroups.of(groupByTenant);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage() + " in " + file);
        }
    }

    private static TreeSet<String> tenants(Properties props, Path file) {
        TreeSet<String> tenants = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            String tenant = KEYS.stream()
                    .filter(k -> key.endsWith("." + k) && key.length() > k.length() + 1)
                    .map(k -> key.substring(0, key.length() - k.length() - 1))
                    .findFirst()
                    .orElseThrow(() -> new ConfigException("unknown key '" + key + "' in " + file
                            + " (expected <tenant>.zone, <tenant>.breakpoint-threshold, <tenant>.webhooks,"
                            + " <tenant>.digest.at, <tenant>.duplicates, <tenant>.group,"
                            + " <tenant>.enrich.<crm|mes>.<url|header|fields>, <tenant>.enrich.timeout-ms,"
                            + " <tenant>.sla.first-response, <tenant>.sla.breakpoint-stay,"
                            + " <tenant>.sla.resolution.<P1|P2|P3|P4>, <tenant>.sla.<hours|holidays|workdays> or"
                            + " <tenant>.healthy.<indicator>)"));
            tenants.add(tenant);
        }
        return tenants;
    }

    private static ZoneId zone(String value, String tenant, Path file) {
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigException(
                    tenant + ".zone in " + file + ": '" + value + "' is not a time zone (e.g. Asia/Shanghai)");
        }
    }

    private static MergePolicy policy(String value, String tenant, Path file) {
        try {
            return MergePolicy.of(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(tenant + ".duplicates in " + file + ": " + e.getMessage());
        }
    }

    private static BigDecimal threshold(String value, String tenant, Path file) {
        try {
            BigDecimal threshold = new BigDecimal(value);
            if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException();
            }
            return threshold;
        } catch (NumberFormatException e) {
            throw new ConfigException(tenant + ".breakpoint-threshold in " + file + ": '" + value
                    + "' is not a share between 0 and 1 (e.g. 0.05 for 5%)");
        }
    }

    private static List<Webhook> webhooks(String value, String tenant, Path file) {
        List<Webhook> hooks = new ArrayList<>();
        String[] entries = value.split(",");
        for (int i = 0; i < entries.length; i++) {
            String item = entries[i].strip();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            String format = colon < 0 ? "" : item.substring(0, colon).toUpperCase(Locale.ROOT);
            try {
                hooks.add(new Webhook(new URI(item.substring(colon + 1)), WebhookFormat.valueOf(format)));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // the address is not repeated: it may carry the receiver's secret
                throw new ConfigException(tenant + ".webhooks in " + file + ": entry " + (i + 1)
                        + " is not <format>:<url> with format wecom or json and an http(s) url");
            }
        }
        return hooks;
    }
}
