package io.ticketradar.app;

import io.ticketradar.pipelines.enrichment.EnrichmentSource;
import io.ticketradar.pipelines.enrichment.FieldMapping;
import io.ticketradar.pipelines.enrichment.SecretHeader;
import io.ticketradar.pipelines.enrichment.TenantEnrichment;
import io.ticketradar.pipelines.enrichment.UrlTemplate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A tenant's enrichment sources in the tenants file (docs/enrichment.md): each of {@code crm} and {@code mes} is
 * configured by exactly three keys, and one key sets the tenant's request timeout:
 * <pre>
 * acme.enrich.crm.url = https://crm.acme.example/api/customers?phone={customer_phone}
 * acme.enrich.crm.header = Authorization: Bearer ...
 * acme.enrich.crm.fields = customer_tier=$.tier,account_manager=$.owner.name
 * acme.enrich.timeout-ms = 2000
 * </pre>
 * A mistake is a {@link ConfigException} naming the key; none repeats a header's value, which is a secret.
 */
final class EnrichmentKeys {

    private static final List<String> SOURCES = List.of("crm", "mes");
    private static final List<String> PARTS = List.of("url", "header", "fields");
    private static final String TIMEOUT = "enrich.timeout-ms";
    /** Beyond this a lookup would hold a ticket's enrichment for minutes with its retries. */
    private static final long MAX_TIMEOUT_MS = 60_000;

    private EnrichmentKeys() {}

    /** The key suffixes after {@code <tenant>.}. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (String source : SOURCES) {
            PARTS.forEach(part -> keys.add("enrich." + source + "." + part));
        }
        keys.add(TIMEOUT);
        return keys;
    }

    /** The tenant's sources, or empty when it configures none. */
    static Optional<TenantEnrichment> read(Properties props, String tenant, Path file) {
        Map<String, EnrichmentSource> sources = new TreeMap<>();
        for (String source : SOURCES) {
            String prefix = tenant + ".enrich." + source + ".";
            if (PARTS.stream().noneMatch(part -> props.getProperty(prefix + part) != null)) {
                continue;
            }
            sources.put(
                    source,
                    new EnrichmentSource(
                            value(props, prefix + "url", file, UrlTemplate::parse),
                            value(props, prefix + "header", file, SecretHeader::parse),
                            value(props, prefix + "fields", file, FieldMapping::parse)));
        }
        String timeout = props.getProperty(tenant + "." + TIMEOUT);
        if (sources.isEmpty()) {
            if (timeout != null) {
                throw new ConfigException(tenant + "." + TIMEOUT + " in " + file + ": the tenant configures no source ("
                        + tenant + ".enrich.crm.url, ...)");
            }
            return Optional.empty();
        }
        return Optional.of(new TenantEnrichment(
                timeout == null ? TenantEnrichment.DEFAULT_TIMEOUT : timeout(timeout.strip(), tenant, file), sources));
    }

    private static <T> T value(Properties props, String key, Path file, Function<String, T> parse) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new ConfigException(
                    key + " in " + file + ": missing (a source is configured by its url, header and fields together)");
        }
        try {
            return parse.apply(value.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " in " + file + ": " + e.getMessage());
        }
    }

    private static Duration timeout(String value, String tenant, Path file) {
        try {
            long ms = Long.parseLong(value);
            if (ms < 1 || ms > MAX_TIMEOUT_MS) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(ms);
        } catch (NumberFormatException e) {
            throw new ConfigException(tenant + "." + TIMEOUT + " in " + file + ": '" + value
                    + "' is not a whole number of milliseconds between 1 and " + MAX_TIMEOUT_MS);
        }
    }
}
