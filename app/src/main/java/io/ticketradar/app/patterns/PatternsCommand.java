package io.ticketradar.app.patterns;

import io.ticketradar.app.Setting;
import io.ticketradar.app.TicketRadarConfig;
import io.ticketradar.datasets.cli.CommandLine;
import io.ticketradar.datasets.cli.Flags;
import io.ticketradar.datasets.cli.UsageException;
import io.ticketradar.models.ModelJson;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.patterns.PatternSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ticketradar patterns DIR|--tenant T --from D --to D}: the emerging failure patterns in a data set folder, or in
 * a tenant's history in the warehouse, found by the same detector the streaming job runs, as a table and in words
 * (zh-CN and en).
 */
public final class PatternsCommand {

    static final String USAGE = """
            usage: ticketradar patterns DIR [options]
                   ticketradar patterns --tenant T --from YYYY-MM-DD --to YYYY-MM-DD [options] [warehouse settings]
              Runs the emerging-pattern detector, as the streaming job would, and prints the patterns it found with
              their descriptions. The detector's settings are the job's (docs/patterns.md).

              DIR                the data set in DIR (from `generate` or `import`), in the order its records arrived
              --tenant T         tenant T's history as the warehouse holds it (the raw events ingest stored), in
                                 event-time order, from --from to --to (days in the tenant's zone; its patterns
                                 flagged on one of those days). The detector's baselines need the %d days before
                                 --from: they are read too and should be in the warehouse.
              --interval 1h|1d   how often each tenant is evaluated (default 1d: at each day's end; the job
                                 evaluates hourly, which can only move a detection earlier within its day)
              --json FILE        also write the patterns as JSON
              --lang zh|en       the language of the descriptions (default zh)

              warehouse settings, as `run` takes them (flag, else environment variable, else --config FILE):
              --data-dir DIR     the stack's data folder, whose embedded warehouse is read here, or by the stack
                                 running on it (default ./data)
              --clickhouse-url URL, --clickhouse-user U, --clickhouse-password P
                                 a ClickHouse server instead
              --tenants-file FILE  the tenants' time zones (default Asia/Shanghai)
              --config FILE      a properties file of these settings
            """.formatted(
                    WarehouseDetection.leadInDays(PatternSettings.defaults().detector()));
    /** The app settings the tenant form takes, and the file of them. */
    private static final List<String> WAREHOUSE_SETTINGS = List.of(
            Setting.DATA_DIR.key(),
            Setting.CLICKHOUSE_URL.key(),
            Setting.CLICKHOUSE_USER.key(),
            Setting.CLICKHOUSE_PASSWORD.key(),
            Setting.TENANTS_FILE.key(),
            "config");

    private static final Set<String> VALUED = valued();
    private static final Set<String> SWITCHES = Set.of("help");

    private PatternsCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("patterns", USAGE, VALUED, SWITCHES, args, out, err, flags -> {
            boolean zh = language(flags);
            Duration interval = interval(flags);
            Map<String, List<FailurePattern>> byTenant = new LinkedHashMap<>();
            if (flags.has("tenant")) {
                String tenant = WarehousePatterns.tenant(flags);
                byTenant.put(tenant, WarehousePatterns.find(tenant, flags, config(flags), interval, err));
            } else {
                OfflineDetection detection =
                        DatasetDetection.run(dataset(flags), PatternSettings.defaults(), interval, outOfOrderness());
                for (String tenant : detection.tenants()) {
                    byTenant.put(
                            tenant,
                            detection.patterns(tenant).stream()
                                    .sorted(Comparator.comparing(FailurePattern::detectedOn))
                                    .toList());
                }
            }
            byTenant.forEach((tenant, patterns) -> print(tenant, patterns, zh, out));
            writeJson(flags, byTenant);
            return 0;
        });
    }

    private static Set<String> valued() {
        Set<String> valued = new HashSet<>(Set.of("interval", "json", "lang", "tenant", "from", "to"));
        valued.addAll(WAREHOUSE_SETTINGS);
        return Set.copyOf(valued);
    }

    /** The app's typed configuration from the warehouse settings given, the environment and --config. */
    private static TicketRadarConfig config(Flags flags) {
        List<String> args = new ArrayList<>();
        for (String key : WAREHOUSE_SETTINGS) {
            if (flags.has(key)) {
                args.add("--" + key);
                args.add(flags.get(key, ""));
            }
        }
        return TicketRadarConfig.load(args, System.getenv());
    }

    private static void print(String tenant, List<FailurePattern> patterns, boolean zh, PrintStream out) {
        out.printf(Locale.ROOT, "tenant %s: %d pattern(s)%n", tenant, patterns.size());
        for (FailurePattern p : patterns) {
            out.printf(
                    Locale.ROOT,
                    "  %-22s %-9s detected %s (onset %s)  %d vs %.1f expected, p=%.2g  %s%n",
                    p.patternId(),
                    p.status().code(),
                    p.detectedOn(),
                    p.onsetEstimate(),
                    p.observed(),
                    p.expected(),
                    p.pValue(),
                    p.definingCodes());
            out.printf("    %s%n    %s%n", zh ? p.titleZh() : p.titleEn(), zh ? p.descriptionZh() : p.descriptionEn());
            if (p.opportunity()) {
                out.printf("    %s: %s%n", zh ? "服务机会" : "service opportunity", p.opportunityReason());
            }
        }
    }

    static Path dataset(Flags flags) throws UsageException {
        if (flags.positional().size() != 1) {
            throw new UsageException("give exactly one data set folder, or --tenant with --from and --to");
        }
        Path dir = Path.of(flags.positional().getFirst());
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no data set folder at " + dir);
        }
        return dir;
    }

    static Duration interval(Flags flags) throws UsageException {
        String text = flags.get("interval", "1d");
        return switch (text) {
            case "1d" -> Duration.ofDays(1);
            case "1h" -> Duration.ofHours(1);
            default -> throw new UsageException("--interval must be 1h or 1d, got " + text);
        };
    }

    /** The job's: an event may arrive this late and still count as on time. */
    static Duration outOfOrderness() {
        return PipelineSettings.DEFAULT_OUT_OF_ORDERNESS;
    }

    private static boolean language(Flags flags) throws UsageException {
        String lang = flags.get("lang", "zh");
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new UsageException("--lang must be zh or en, got " + lang);
        }
        return lang.equals("zh");
    }

    static void writeJson(Flags flags, Object value) {
        if (!flags.has("json")) {
            return;
        }
        Path file = Path.of(flags.get("json", ""));
        try {
            ModelJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
