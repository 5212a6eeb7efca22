package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.table.Cell;
import io.ticketradar.datasets.importer.table.SourceRow;
import io.ticketradar.datasets.importer.table.Table;
import io.ticketradar.datasets.importer.table.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxReaderTest {
    @TempDir
    Path dir;

    @Test
    void mergedRegionsApplyToEveryRowTheySpanAndTitlesAboveTheHeaderAreSkipped() throws IOException {
        Path file = new SheetBuilder("台账")
                .row("2026年1月工单台账")
                .merge("A1:C1")
                .row("工单号", "网点", "创建时间")
                .row("GD1", "苏州工业园区4S店", LocalDateTime.of(2026, 1, 5, 9, 30))
                .row("GD2", null, "2026/1/5 10:00")
                .row()
                .row("GD3", null, 46027.5)
                .merge("B3:B6")
                .write(dir.resolve("merged.xlsx"));
        Table table = XlsxReader.read(file, "台账", 2);
        assertEquals(List.of("工单号", "网点", "创建时间"), table.headers());
        assertEquals(
                List.of(3, 4, 6), table.rows().stream().map(SourceRow::number).toList(), "the empty row 5 is left out");
        for (SourceRow row : table.rows()) {
            assertEquals("苏州工业园区4S店", row.cell(1).text(), "row " + row.number());
        }
        Cell dated = table.rows().get(0).cell(2);
        assertEquals(LocalDateTime.of(2026, 1, 5, 9, 30), dated.dateTime());
        assertEquals("2026/1/5 10:00", table.rows().get(1).cell(2).text());
        assertEquals(46027.5, table.rows().get(2).cell(2).number());
        assertEquals("网点 (B)", table.label(1));
    }

    @Test
    void numbersReadAsPeopleSeeThem() throws IOException {
        Path file =
                new SheetBuilder("s").row("电话", "温度").row(13962118803L, -3.5).write(dir.resolve("numbers.xlsx"));
        SourceRow row = XlsxReader.read(file, null, 1).rows().getFirst();
        assertEquals("13962118803", row.cell(0).text());
        assertEquals("-3.5", row.cell(1).text());
        assertNull(row.cell(1).dateTime());
    }

    @Test
    void aMissingSheetOrANonWorkbookIsAClearError() throws IOException {
        Path file = new SheetBuilder("工单台账").row("工单号").write(dir.resolve("one.xlsx"));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> XlsxReader.read(file, "Sheet1", 1));
        assertTrue(e.getMessage().endsWith("has no sheet 'Sheet1'; its sheets are 工单台账"), e.getMessage());
        Path text = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
        e = assertThrows(IllegalArgumentException.class, () -> XlsxReader.read(text, null, 1));
        assertTrue(e.getMessage().contains("as an Excel workbook"), e.getMessage());
    }
}
