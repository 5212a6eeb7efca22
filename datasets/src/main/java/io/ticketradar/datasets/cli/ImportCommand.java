package io.ticketradar.datasets.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.dataset.DatasetWriter;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.importer.ImportReport;
import io.ticketradar.datasets.importer.Importer;
import io.ticketradar.datasets.importer.RowError;
import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.datasets.replay.KafkaTarget;
import io.ticketradar.datasets.replay.Pacing;
import io.ticketradar.datasets.replay.Replayer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code ticketradar import FILE}: a spreadsheet or a ticket-system export, through a mapping, into Kafka or a data set folder. */
public final class ImportCommand {
    static final String USAGE = """
            usage: ticketradar import FILE.xlsx|FILE.csv --mapping MAPPING --tenant ID [options]
              Turns a file into ticket events through a mapping (YAML or JSON) of one of two shapes:
                tickets    one row per ticket, as teams keep them (工单号, 创建时间, 当前环节, ... merged cells,
                           dates as people type them); each row becomes TICKET_CREATED and the lifecycle
                           events its time columns imply
                event_log  one row per change of a ticket, as ServiceNow, Zammad, GLPI or Jira export their
                           history; consecutive rows become assignments, stage changes, resolves, closes, reopens
              A row that cannot go in is reported with its row, column and reason; the other rows go in.
              Event ids depend only on the data, so importing a file again changes nothing.

              --mapping FILE         the mapping (required)
              --tenant ID            the tenant the tickets belong to (required)
              --out DIR              write a data set folder (publish it later with `ticketradar replay DIR`)
              --force                with --out: replace a data set already in DIR
              --bootstrap HOST:PORT  publish to this Kafka (default: the running demo's, from <data-dir>/stack.properties)
              --data-dir DIR         the demo's data folder (default ./data)
              --quiet                no progress

              Samples of both shapes with their mappings, and the mapping format (README.md), are in
              datasets/src/main/resources/samples/ of the source tree:
                ./ticketradar import datasets/src/main/resources/samples/tickets.xlsx \\
                    --mapping datasets/src/main/resources/samples/tickets.mapping.yaml --tenant demo --out data/imported
                ./ticketradar import datasets/src/main/resources/samples/servicenow-events.csv \\
                    --mapping datasets/src/main/resources/samples/servicenow-events.mapping.yaml --tenant demo
            """;
    /** Rejected rows listed one by one; the summary counts them all by reason. */
    static final int ROWS_SHOWN = 50;

    private static final int PARTITIONS = 4;
    private static final Set<String> VALUED = Set.of("mapping", "tenant", "out", "bootstrap", "data-dir");
    private static final Set<String> SWITCHES = Set.of("force", "quiet", "help");

    private ImportCommand() {}

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CommandLine.run("import", USAGE, VALUED, SWITCHES, args, out, err, flags -> importFile(flags, out, err));
    }

    private static int importFile(Flags flags, PrintStream out, PrintStream err) throws UsageException {
        Path file = file(flags);
        ImportMapping mapping = mapping(flags);
        String tenant = required(flags, "tenant");
        Path dir = flags.has("out") ? Path.of(flags.get("out", null)) : null;
        if (dir != null && flags.has("bootstrap")) {
            throw new UsageException("give --out or --bootstrap, not both");
        }
        // Settled before the file is read, so a missing demo or an existing data set is said at once.
        String bootstrap = dir == null
                ? KafkaTarget.resolve(flags.get("bootstrap", null), Path.of(flags.get("data-dir", "data")))
                : null;
        if (dir != null) {
            OutputFolder.prepare(dir, flags.has("force"));
        }
        ProgressMeter.Style style = CommandLine.progress(flags, err);
        Importer.Result result = Importer.run(file, mapping, tenant, new ProgressMeter(err, style, "rows"));
        ImportReport report = result.report();
        listRejected(report.rejected(), err);
        out.println(
                "imported " + file.getFileName() + " (shape " + mapping.shape().key() + ", mapping " + mapping.source()
                        + ") for tenant " + tenant + ": " + report.summary());
        if (result.records().isEmpty()) {
            err.println("import: nothing to import: no row of " + file + " went in");
            return 1;
        }
        if (dir != null) {
            write(result.records(), dir, mapping, describe(file, mapping, tenant));
            out.println("written to " + dir.toAbsolutePath().normalize() + "; publish it with `ticketradar replay "
                    + dir + "`");
        } else {
            out.println("published "
                    + publish(result.records(), bootstrap, mapping, new ProgressMeter(err, style, "events")));
        }
        return 0;
    }

    private static Path file(Flags flags) throws UsageException {
        if (flags.positional().size() != 1) {
            throw new UsageException("give exactly one file to import");
        }
        Path file = Path.of(flags.positional().getFirst());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + file);
        }
        return file;
    }

    private static ImportMapping mapping(Flags flags) throws UsageException {
        Path file = Path.of(required(flags, "mapping"));
        try {
            return ImportMapping.load(file);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String required(Flags flags, String name) throws UsageException {
        String value = flags.get(name, "");
        if (value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return value.strip();
    }

    private static void listRejected(List<RowError> rejected, PrintStream err) {
        rejected.stream().limit(ROWS_SHOWN).forEach(e -> err.println("  rejected " + e));
        if (rejected.size() > ROWS_SHOWN) {
            err.printf(
                    "  ... and %,d more rejected rows (counted by reason in the summary)%n",
                    rejected.size() - ROWS_SHOWN);
        }
    }

    private static void write(List<GeneratedRecord> records, Path dir, ImportMapping mapping, ObjectNode settings) {
        try (DatasetWriter writer = new DatasetWriter(dir, mapping.zone(), "import", settings)) {
            records.forEach(writer::write);
        }
    }

    private static String publish(
            List<GeneratedRecord> records, String bootstrap, ImportMapping mapping, ProgressMeter progress) {
        try (Replayer replayer = new Replayer(bootstrap)) {
            replayer.ensureTopics(
                    records.stream().map(GeneratedRecord::topic).distinct().toList(), PARTITIONS);
            return replayer.replay(records.iterator(), Pacing.max(), progress, records.size(), null, mapping.zone())
                    .toString();
        }
    }

    private static ObjectNode describe(Path file, ImportMapping mapping, String tenant) {
        return JsonNodeFactory.instance
                .objectNode()
                .put("file", file.getFileName().toString())
                .put("mapping", mapping.source())
                .put("shape", mapping.shape().key())
                .put("tenant", tenant);
    }
}
