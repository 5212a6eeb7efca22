package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.datasets.importer.table.SourceRow;

/** What translating rows needs, whatever the shape: the mapping, where its columns are, and the maker of events. */
record RowContext(ImportMapping mapping, Columns columns, EventMaker maker) {

    RowReader reader(SourceRow row) {
        return new RowReader(mapping, columns, row);
    }
}
