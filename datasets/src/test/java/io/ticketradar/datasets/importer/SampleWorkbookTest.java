package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.table.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed samples/tickets.xlsx is what {@link SampleWorkbook} builds (workbook bytes carry
 * timestamps, so the sheets are compared as the importer reads them). With
 * {@code -Dticketradar.writeSamples=true} the test writes the file anew instead.
 */
class SampleWorkbookTest {
    private static final Path COMMITTED = Path.of("src/main/resources/samples/tickets.xlsx");

    @Test
    void theCommittedSampleIsWhatSampleWorkbookBuilds(@TempDir Path tmp) throws IOException {
        if (Boolean.getBoolean("ticketradar.writeSamples")) {
            SampleWorkbook.write(COMMITTED);
        }
        Path built = SampleWorkbook.write(tmp.resolve("tickets.xlsx"));
        assertEquals(
                XlsxReader.read(built, SampleWorkbook.SHEET, 2), XlsxReader.read(COMMITTED, SampleWorkbook.SHEET, 2));
    }
}
