package io.ticketradar.app.bench;

import io.ticketradar.datasets.cli.CommandLine;
import io.ticketradar.datasets.cli.Flags;
import io.ticketradar.datasets.cli.UsageException;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ticketradar bench patterns}: offline pattern mining over N repair records (issue 7: a million repairs in 30 s
 * on 2 cores within 2 GiB), beside a baseline measured in the same run on the same records: making and decoding them
 * without mining. Prints both, their ratio and the peak heap.
 */
public final class BenchCommand {

    static final String USAGE = """
            usage: ticketradar bench patterns [--repairs N] [--seed S]
              Mines a year of N generated repair records (default 1000000) for emerging patterns, evaluated at each
              day's end as `patterns` does, and prints the time beside the time of making and decoding the same
              records without mining (the baseline, measured in the same run), their ratio, the records per second
              and the peak heap. Run the JVM with the heap you mean to measure within (TICKETRADAR_JAVA_OPTS=-Xmx2g).
            """ + PipelineBench.USAGE;
    private static final Set<String> VALUED = Set.of("repairs", "seed", "days", "tickets-per-day", "tenants", "json");
    private static final Set<String> SWITCHES = Set.of("help");

    private BenchCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("bench", USAGE, VALUED, SWITCHES, args, out, err, flags -> {
            if (flags.positional().equals(List.of("pipeline"))) {
                return pipeline(flags, out);
            }
            if (flags.positional().size() != 1 || !flags.positional().getFirst().equals("patterns")) {
                throw new UsageException("give what to measure: patterns or pipeline");
            }
            long repairs = flags.longValue("repairs", 1_000_000);
            long seed = flags.longValue("seed", 1);
            Timing baseline = time(() -> {
                RepairStream stream = new RepairStream(repairs, seed);
                long chars = 0;
                while (stream.hasNext()) {
                    chars += stream.next().json().length();
                }
                return chars;
            });
            OfflineDetection[] mined = new OfflineDetection[1];
            System.gc(); // the baseline's garbage is not the mining's
            HeapPeaks heap = new HeapPeaks();
            Timing mining = time(() -> {
                PatternSettings settings = PatternSettings.defaults();
                OfflineDetection detection = new OfflineDetection(
                        settings.detector(),
                        Duration.ofDays(1),
                        PipelineSettings.DEFAULT_OUT_OF_ORDERNESS,
                        t -> ZoneId.of("Asia/Shanghai"));
                detection.acceptAll(new RepairStream(repairs, seed));
                detection.finish();
                mined[0] = detection;
                return detection.events();
            });
            heap.close();
            List<FailurePattern> patterns = mined[0].patterns("bench");
            out.printf(Locale.ROOT, "%-34s %10s %12s %12s%n", "", "seconds", "cpu seconds", "records/s");
            out.printf(
                    Locale.ROOT,
                    "%-34s %10.1f %12.1f %12.0f%n",
                    "baseline: make and decode",
                    baseline.wall() / 1e9,
                    baseline.cpu() / 1e9,
                    repairs / (baseline.wall() / 1e9));
            out.printf(
                    Locale.ROOT,
                    "%-34s %10.1f %12.1f %12.0f%n",
                    "mine patterns (incl. the baseline)",
                    mining.wall() / 1e9,
                    mining.cpu() / 1e9,
                    repairs / (mining.wall() / 1e9));
            out.printf(
                    Locale.ROOT,
                    "ratio mining / baseline: %.2f (cpu %.2f); peak heap %.0f MiB (%.0f MiB after a collection),"
                            + " peak RSS %.0f MiB; %d pattern(s) found%n",
                    (double) mining.wall() / baseline.wall(),
                    (double) mining.cpu() / baseline.cpu(),
                    heap.peak() / (1024.0 * 1024.0),
                    heap.peakAfterCollection() / (1024.0 * 1024.0),
                    Measure.peakRssMib(),
                    patterns.size());
            patterns.forEach(
                    p -> out.printf("  %s detected %s %s%n", p.patternId(), p.detectedOn(), p.definingCodes()));
            return 0;
        });
    }

    private static int pipeline(Flags flags, PrintStream out) throws UsageException {
        long days = flags.longValue("days", 30);
        long ticketsPerDay = flags.longValue("tickets-per-day", 400);
        int tenants = flags.intValue("tenants", 1, 1);
        try {
            PipelineBench.Figures figures = PipelineBench.run(days, ticketsPerDay, tenants);
            PipelineBench.print(figures, out);
            if (flags.has("json")) {
                Files.writeString(Path.of(flags.get("json", "")), figures.json().toPrettyString());
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the pipeline bench failed: " + e.getMessage(), e);
        }
    }

    private interface Work {
        long run();
    }

    private static Timing time(Work work) {
        long start = System.nanoTime();
        long cpuStart = Measure.processCpu();
        long result = work.run();
        if (result < 0) {
            throw new IllegalStateException("nothing was measured");
        }
        return new Timing(System.nanoTime() - start, Measure.processCpu() - cpuStart);
    }
}
