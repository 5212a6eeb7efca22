package io.ticketradar.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ticketradar.api.Digest;
import io.ticketradar.api.DigestMarkdown;
import io.ticketradar.api.Digests;
import io.ticketradar.api.DownloadLinks;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code digest --tenant T [--date D] [--json]}: prints a tenant's morning digest now, as markdown (or JSON), from
 * wherever its warehouse is: a ClickHouse server when one is configured; else the running stack of the data folder,
 * asked through its control socket (its embedded warehouse is locked by it); else the data folder's embedded
 * warehouse, opened here. {@code --date} is the morning (default today in the tenant's zone); the digest covers the
 * day before.
 */
final class DigestCommand {

    private static final String USAGE = "usage: ./ticketradar digest --tenant <tenant_id> [--date YYYY-MM-DD] [--json]"
            + " [--data-dir DIR] [--tenants-file FILE] [--clickhouse-url URL]";

    private DigestCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        String tenant = take(rest, "--tenant");
        String date = take(rest, "--date");
        boolean json = rest.remove("--json");
        if (tenant == null || tenant.isBlank()) {
            err.println(USAGE);
            return 2;
        }
        TicketRadarConfig config = TicketRadarConfig.load(rest, System.getenv());
        LocalDate morning = date == null ? today(config, tenant) : parse(date);
        try {
            Digest digest = read(config, tenant, morning);
            out.println(json ? pretty(digest) : DigestMarkdown.render(digest, false));
            return 0;
        } catch (Exception e) {
            return StackControl.failed(e, "digest", config, err);
        }
    }

    private static Digest read(TicketRadarConfig config, String tenant, LocalDate morning) throws Exception {
        Properties stack = config.runningStack();
        String baseUrl = config.publicUrl()
                .orElse(stack != null ? stack.getProperty("api.url") : "http://" + config.host() + ":" + config.port());
        return StackControl.askOrOpen(
                config,
                List.of(StackControl.DIGEST, tenant, morning.toString()),
                answer -> Digests.mapper().readValue(answer, Digest.class),
                // the key of the data folder: links the stack serving that folder accepts
                open -> new Digests(open, DownloadLinks.inFolder(config.dataDir(), Clock.systemUTC()))
                        .read(tenant, morning, baseUrl));
    }

    private static LocalDate today(TicketRadarConfig config, String tenant) {
        return LocalDate.now(config.tenantZones().zoneOf(tenant));
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new ConfigException("--date must be a date such as 2026-01-08, not '" + date + "'");
        }
    }

    private static String pretty(Digest digest) throws IOException {
        ObjectMapper mapper = Digests.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(digest);
    }

    /** Removes {@code --name value} (or {@code --name=value}) from the arguments and returns the value. */
    static String take(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new ConfigException("flag " + name + " needs a value");
                }
                args.remove(i);
                return args.remove(i);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.remove(i).substring(name.length() + 1);
            }
        }
        return null;
    }
}
