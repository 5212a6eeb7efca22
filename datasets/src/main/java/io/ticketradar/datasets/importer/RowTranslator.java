package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.table.SourceRow;
import io.ticketradar.events.Event;

import java.util.List;

/** Turns the rows of one shape of file into events; a row that cannot go in is reported and skipped. */
interface RowTranslator {
    List<Event> translate(List<SourceRow> rows, ImportReport report);
}
