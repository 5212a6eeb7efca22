package io.ticketradar.datasets.cli;

import io.ticketradar.datasets.dataset.DatasetReader;
import io.ticketradar.datasets.dataset.Manifest;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.datasets.replay.KafkaTarget;
import io.ticketradar.datasets.replay.Pacing;
import io.ticketradar.datasets.replay.Replayer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;

/** {@code ticketradar replay DIR}: publishes a generated or imported data set to Kafka in event-time order. */
public final class ReplayCommand {
    static final String USAGE = """
            usage: ticketradar replay DIR [options]
              Publishes the data set in DIR (from `generate` or `import`) to Kafka in the order its records
              reached the source, with a progress bar and a summary.

              --bootstrap HOST:PORT  Kafka to publish to (default: the running demo's, from <data-dir>/stack.properties)
              --data-dir DIR         the demo's data folder (default ./data)
              --speed N|max|live     N times faster than it happened (3600 = an hour a second), max = as fast
                                     as possible (default), live = catch up to now, then real time
              --partitions N         partitions of topics it has to create (default 4)
              --quiet                no progress
            """;
    private static final Set<String> VALUED = Set.of("bootstrap", "data-dir", "speed", "partitions");
    private static final Set<String> SWITCHES = Set.of("quiet", "help");

    private ReplayCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("replay", USAGE, VALUED, SWITCHES, args, out, err, flags -> {
            if (flags.positional().size() != 1) {
                throw new UsageException("give exactly one data set folder");
            }
            Pacing pacing = pacing(flags.get("speed", "max"));
            int partitions = flags.intValue("partitions", 4, 1);
            Path dir = Path.of(flags.positional().getFirst());
            String bootstrap =
                    KafkaTarget.resolve(flags.get("bootstrap", null), Path.of(flags.get("data-dir", "data")));
            try (DatasetReader reader = new DatasetReader(dir);
                    Replayer replayer = new Replayer(bootstrap)) {
                Manifest manifest = reader.manifest();
                replayer.ensureTopics(manifest.recordsByTopic().keySet(), partitions);
                ProgressMeter progress = new ProgressMeter(err, CommandLine.progress(flags, err), "records");
                out.println(replayer.replay(
                        reader,
                        pacing,
                        progress,
                        manifest.records(),
                        manifest.lastPublishAt(),
                        ZoneId.of(manifest.zone())));
            }
            return 0;
        });
    }

    static Pacing pacing(String speed) throws UsageException {
        return switch (speed) {
            case "max" -> Pacing.max();
            case "live" -> Pacing.catchUpThenRealTime();
            default -> {
                try {
                    yield Pacing.speed(Double.parseDouble(speed));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--speed takes a number above 0, max or live; got " + speed);
                }
            }
        };
    }
}
