package io.ticketradar.app.patterns;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ticketradar patterns DIR}: the emerging failure patterns in a data set folder, found by the same detector the
 * streaming job runs, as a table and in words (zh-CN and en).
 */
public final class PatternsCommand {

    static final String USAGE = """
            usage: ticketradar patterns DIR [options]
              Runs the emerging-pattern detector over the data set in DIR (from `generate` or `import`) in the order
              its records arrived, as the streaming job would, and prints the patterns it found with their
              descriptions. The detector's settings are the job's (docs/patterns.md).

              --interval 1h|1d   how often each tenant is evaluated (default 1d: at each day's end; the job
                                 evaluates hourly, which can only move a detection earlier within its day)
              --json FILE        also write the patterns as JSON
              --lang zh|en       the language of the descriptions (default zh)
            """;
    private static final Set<String> VALUED = Set.of("interval", "json", "lang");
    private static final Set<String> SWITCHES = Set.of("help");

    private PatternsCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("patterns", USAGE, VALUED, SWITCHES, args, out, err, flags -> {
            Path dir = dataset(flags);
            boolean zh = language(flags);
            OfflineDetection detection =
                    DatasetDetection.run(dir, PatternSettings.defaults(), interval(flags), outOfOrderness());
            Map<String, List<FailurePattern>> byTenant = new LinkedHashMap<>();
            for (String tenant : detection.tenants()) {
                List<FailurePattern> patterns = detection.patterns(tenant).stream()
                        .sorted(Comparator.comparing(FailurePattern::detectedOn))
                        .toList();
                byTenant.put(tenant, patterns);
                print(tenant, patterns, zh, out);
            }
            writeJson(flags, byTenant);
            return 0;
        });
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
            throw new UsageException("give exactly one data set folder");
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
