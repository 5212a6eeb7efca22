package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.datasets.importer.table.CsvReader;
import io.ticketradar.datasets.importer.table.Table;
import io.ticketradar.datasets.importer.table.XlsxReader;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Imports one CSV or Excel file through a mapping into records in event-time order, ready for a
 * data set folder or Kafka. Holds the file's events in memory: an event log's rows must be grouped
 * per ticket before any can be translated, and the records must leave in time order.
 */
public final class Importer {
    private Importer() {}

    /** Records in publish order (event time; a ticket's events at one instant in lifecycle order). */
    public record Result(List<GeneratedRecord> records, ImportReport report) {}

    /** @throws IllegalArgumentException when the file cannot be read or lacks a mapped column; bad rows are reported instead */
    public static Result run(Path file, ImportMapping mapping, String tenantId, ProgressMeter progress) {
        Table table = read(file, mapping);
        RowContext context = new RowContext(
                mapping, new Columns(table, mapping.columns()), new EventMaker(tenantId, mapping.zone()));
        RowTranslator translator = switch (mapping.shape()) {
            case TICKETS -> new TicketRows(context);
            case EVENT_LOG -> new EventLog(context);
        };
        ImportReport report = new ImportReport(progress, table.rows().size());
        List<Event> events = new ArrayList<>(translator.translate(table.rows(), report));
        events.sort(Comparator.comparing(Event::ts)); // stable: same-instant events keep their lifecycle order
        EventCodec codec = new EventCodec();
        List<GeneratedRecord> records = events.stream()
                .map(e -> new GeneratedRecord(e.topic(), e.partitionKey(), codec.encode(e), e.ts(), e.ts()))
                .toList();
        report.imported(
                events.stream()
                        .filter(e -> e.type() == EventType.TICKET_CREATED)
                        .count(),
                records.size());
        return new Result(records, report);
    }

    private static Table read(Path file, ImportMapping mapping) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvReader.read(file, mapping.encoding(), mapping.delimiter(), mapping.headerRow());
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return XlsxReader.read(file, mapping.sheet(), mapping.headerRow());
        }
        throw new IllegalArgumentException(file + ": import reads .xlsx, .xls and .csv files");
    }
}
