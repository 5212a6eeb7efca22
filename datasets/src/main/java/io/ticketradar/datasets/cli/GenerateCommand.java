package io.ticketradar.datasets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.dataset.GeneratedDataset;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.GroundTruthRecorder;
import io.ticketradar.datasets.world.Tenant;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code ticketradar generate}: a synthetic data set with ground truth, into a folder. */
public final class GenerateCommand {
    static final String USAGE = """
            usage: ticketradar generate [options]
              Writes a synthetic after-sales data set: events/*.ndjson.gz (device master data, ticket and
              repair events in the order they reach Kafka), master/<tenant>/*.ndjson.gz (the master data at
              the start), ground_truth.json and manifest.json.
              Same options and seed, same bytes.

              --tenants N            tenants, the model customer first (default 1)
              --tenant-ids A,B       tenant ids instead of the defaults (suzhou-auto-electronics, ningbo-ev-powertrain, ...)
              --days D               days of ticket creation (default: the scenario's, else 30); lifecycles of
                                     the last days run on
              --tickets-per-day T    mean tickets a day per tenant (default 120, the model customer)
              --start YYYY-MM-DD     first day (default: the scenario's, else 2025-01-01)
              --seed S               random seed (default 42)
              --scenario NAME|FILE   before (default), after, quiet (no pattern, no decoy), decoys (decoys
                                     only), an evaluation scenario eval/NAME (cold-bms, heat-dcdc,
                                     tbox-southwest-firmware, mcu-east-firmware, dashcam-tbox-drain,
                                     charger-obc-input, batch-connector), or a YAML/JSON scenario file
              --out DIR              output folder (default ./data/generated)
              --force                replace a data set already in the folder
              --quiet                no progress
            """;
    private static final Set<String> VALUED =
            Set.of("tenants", "tenant-ids", "days", "tickets-per-day", "start", "seed", "scenario", "out");
    private static final Set<String> SWITCHES = Set.of("force", "quiet", "help");
    private static final LocalDate DEFAULT_START = LocalDate.of(2025, 1, 1);
    private static final int DEFAULT_DAYS = 30;

    private GenerateCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("generate", USAGE, VALUED, SWITCHES, args, out, err, flags -> {
            if (!flags.positional().isEmpty()) {
                throw new UsageException(
                        "unexpected argument " + flags.positional().getFirst());
            }
            GeneratorSettings settings = settings(flags);
            Path dir = Path.of(flags.get("out", "data/generated"));
            OutputFolder.prepare(dir, flags.has("force"));
            long started = System.nanoTime();
            DataGenerator generator = new DataGenerator(settings);
            ProgressMeter progress = new ProgressMeter(err, CommandLine.progress(flags, err), "days");
            GroundTruthRecorder truth = GeneratedDataset.write(generator, dir, progress);
            summary(out, settings, truth, dir, (System.nanoTime() - started) / 1e9);
            return 0;
        });
    }

    private static GeneratorSettings settings(Flags flags) throws UsageException {
        List<String> tenants = flags.has("tenant-ids")
                ? Arrays.stream(flags.get("tenant-ids", "").split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList()
                : Tenant.defaultIds(flags.intValue("tenants", 1, 1));
        Scenario scenario;
        try {
            scenario = Scenarios.load(flags.get("scenario", "before"));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UsageException(e.getMessage());
        }
        try {
            return new GeneratorSettings(
                    tenants,
                    flags.date("start", scenario.start() == null ? DEFAULT_START : scenario.startDate()),
                    flags.intValue("days", scenario.days() == null ? DEFAULT_DAYS : scenario.days(), 1),
                    flags.intValue("tickets-per-day", 120, 1),
                    flags.longValue("seed", 42),
                    scenario,
                    GeneratorSettings.CHINA);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void summary(
            PrintStream out, GeneratorSettings settings, GroundTruthRecorder truth, Path dir, double seconds) {
        out.printf(
                Locale.ROOT,
                "generated %,d records (%,d late, %,d bad) for %d tenant(s), %d days, scenario %s, in %.1f s%n",
                truth.records(),
                truth.lateEvents(),
                truth.badRecords(),
                settings.tenantIds().size(),
                settings.days(),
                settings.scenario().name(),
                seconds);
        for (String tenant : settings.tenantIds()) {
            ObjectNode i = truth.indicators(tenant);
            out.printf(
                    Locale.ROOT,
                    "  %s: %,d tickets; first-response timeout %.1f%%, closure %.2f d, overdue %.1f%%, "
                            + "bounced %.1f%%, complaints %.1f%%, coordination %.2f h%n",
                    tenant,
                    truth.tickets(tenant),
                    100 * i.get("first_response_timeout_rate").asDouble(),
                    i.get("closure_days_mean").asDouble(),
                    100 * i.get("overdue_rate").asDouble(),
                    100 * i.get("bounce_rate").asDouble(),
                    100 * i.get("secondary_complaint_rate").asDouble(),
                    i.get("coordination_hours_mean").asDouble());
        }
        out.println("  written to " + dir.toAbsolutePath().normalize() + " (ground truth in "
                + GeneratedDataset.GROUND_TRUTH + ")");
    }
}
