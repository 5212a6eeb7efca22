package io.ticketradar.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.datasets.cli.GenerateCommand;
import io.ticketradar.datasets.cli.ReplayCommand;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.TopicEnds;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.Warehouses;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code ticketradar bench pipeline}: a generated history in an in-process Kafka broker, read to its end twice in the
 * same run: by a bare passthrough (the Kafka source into a discarding sink: what reading the records costs here) and by
 * every job writing to an embedded warehouse of its own (ingest, lifecycle, indicators, heatmap, breaker, patterns,
 * duplicates; the topics the jobs write are discarded and no dispatch rules are read). Both as bounded Flink jobs on a
 * local cluster, timed from submission to the last row written.
 */
final class PipelineBench {

    static final String USAGE = """
              bench pipeline [--days D] [--tickets-per-day T] [--tenants N] [--json FILE]
              Generates D days (default 30) of T tickets a day (default 400) for N tenants (default 1), publishes them
              to an in-process broker, and reads them to the end with a bare passthrough (the baseline) and with every
              job into an embedded warehouse: records per second of both, their ratio, the peak resident memory and
              the warehouse's size per million tickets. --json writes the figures to FILE too.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKETS = "SELECT count() AS n FROM " + TicketFacts.TABLE + " FINAL";

    private PipelineBench() {}

    record Figures(long records, long tickets, Timing passthrough, Timing endToEnd, long warehouseBytes) {

        double ratio() {
            return (double) passthrough.wall() / endToEnd.wall();
        }

        ObjectNode json() {
            ObjectNode node = JSON.createObjectNode().put("records", records).put("tickets", tickets);
            node.putObject("passthrough")
                    .put("seconds", passthrough.wall() / 1e9)
                    .put("cpu_seconds", passthrough.cpu() / 1e9)
                    .put("records_per_second", records / (passthrough.wall() / 1e9));
            node.putObject("end_to_end")
                    .put("seconds", endToEnd.wall() / 1e9)
                    .put("cpu_seconds", endToEnd.cpu() / 1e9)
                    .put("records_per_second", records / (endToEnd.wall() / 1e9));
            return node.put("ratio_to_passthrough", ratio())
                    .put("peak_rss_mib", Measure.peakRssMib())
                    .put("warehouse_bytes_per_million_tickets", tickets == 0 ? 0 : warehouseBytes * 1e6 / tickets);
        }
    }

    static Figures run(long days, long ticketsPerDay, int tenants) throws Exception {
        Path dir = Files.createTempDirectory("ticketradar-bench-");
        try {
            Path history = dir.resolve("history");
            quietly(
                    GenerateCommand::run,
                    "--out",
                    history.toString(),
                    "--days",
                    String.valueOf(days),
                    "--tickets-per-day",
                    String.valueOf(ticketsPerDay),
                    "--tenants",
                    String.valueOf(tenants),
                    "--quiet");
            ObjectNode manifest =
                    (ObjectNode) JSON.readTree(history.resolve("manifest.json").toFile());
            long records = manifest.path("records").asLong();
            try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
                kafka.createTopics(KafkaConnectors.TOPICS, KafkaConnectors.COMPACTED);
                quietly(ReplayCommand::run, history.toString(), "--bootstrap", kafka.bootstrapServers(), "--quiet");
                Path store = dir.resolve("warehouse");
                PipelineSettings settings = PipelineSettings.defaults(
                        kafka.bootstrapServers(),
                        WarehouseConfig.embedded(store.toString()),
                        dir.resolve("checkpoints"));
                Timing passthrough = timed(() -> passthrough(settings));
                try (Warehouse warehouse = Warehouses.open(settings.warehouse())) {
                    warehouse.migrate();
                    Timing endToEnd = timed(() -> endToEnd(settings));
                    long tickets = ((Number) warehouse.query(TICKETS).getFirst().get("n")).longValue();
                    return new Figures(records, tickets, passthrough, endToEnd, size(store));
                }
            }
        } finally {
            delete(dir);
        }
    }

    static void print(Figures f, PrintStream out) {
        out.printf(Locale.ROOT, "%-44s %10s %12s %12s%n", "", "seconds", "cpu seconds", "records/s");
        row(out, "baseline: Kafka -> Flink passthrough", f.records(), f.passthrough());
        row(out, "end to end: Kafka -> every job -> warehouse", f.records(), f.endToEnd());
        out.printf(
                Locale.ROOT,
                "%d records (%d tickets); end to end at %.0f%% of the passthrough; peak RSS %.0f MiB;"
                        + " warehouse %.0f MiB per million tickets%n",
                f.records(),
                f.tickets(),
                100 * f.ratio(),
                Measure.peakRssMib(),
                f.json().path("warehouse_bytes_per_million_tickets").asDouble() / (1024 * 1024));
    }

    private static void row(PrintStream out, String what, long records, Timing t) {
        out.printf(
                Locale.ROOT,
                "%-44s %10.1f %12.1f %12.0f%n",
                what,
                t.wall() / 1e9,
                t.cpu() / 1e9,
                records / (t.wall() / 1e9));
    }

    /** The job's net run time (submission to its end, the cluster's start-up not counted) and the CPU the process spent. */
    private static Timing timed(Job job) {
        long cpu = Measure.processCpu();
        long netMillis = job.run();
        return new Timing(netMillis * 1_000_000, Measure.processCpu() - cpu);
    }

    @FunctionalInterface
    private interface Job {
        /** @return its net run time in milliseconds */
        long run();
    }

    private static long passthrough(PipelineSettings settings) {
        StreamExecutionEnvironment env = environment(settings);
        env.fromSource(KafkaConnectors.eventsUntilNow(settings), WatermarkStrategy.noWatermarks(), "events")
                .sinkTo(new DiscardingSink<>())
                .name("discard");
        return execute(env, "bench passthrough");
    }

    private static long endToEnd(PipelineSettings settings) {
        StreamExecutionEnvironment env = environment(settings);
        TicketRadarJobs.attach(env, settings, KafkaConnectors.eventsUntilNow(settings), TopicEnds.discarding());
        return execute(env, "bench end to end");
    }

    private static StreamExecutionEnvironment environment(PipelineSettings settings) {
        return StreamExecutionEnvironment.createLocalEnvironment(
                settings.parallelism(), FlinkEnvironments.configuration(settings, Optional.empty()));
    }

    private static long execute(StreamExecutionEnvironment env, String name) {
        try {
            return env.execute(name).getNetRuntime();
        } catch (Exception e) {
            throw new IllegalStateException(name + " failed: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Command {
        int run(String[] args, PrintStream out, PrintStream err);
    }

    /** Runs a command of the CLI; its output is shown only when it fails. */
    private static void quietly(Command command, String... args) {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream to = new PrintStream(said, true, StandardCharsets.UTF_8);
        if (command.run(args, to, to) != 0) {
            throw new IllegalStateException(
                    String.join(" ", args) + " failed: " + said.toString(StandardCharsets.UTF_8));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> {
                        try {
                            return Files.size(p);
                        } catch (IOException e) {
                            return 0; // a part merged away meanwhile
                        }
                    })
                    .sum();
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
