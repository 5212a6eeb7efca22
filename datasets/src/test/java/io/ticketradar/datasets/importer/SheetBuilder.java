package io.ticketradar.datasets.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes a one-sheet workbook through POI the way people fill them: text, numbers, date-formatted
 * cells ({@link LocalDateTime} values) and merged regions. For the tests and the shipped sample.
 */
final class SheetBuilder {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private int next;

    SheetBuilder(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm"));
    }

    /** The next row; a null value leaves its cell out. */
    SheetBuilder row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case String s -> cell.setCellValue(s);
                case Number n -> cell.setCellValue(n.doubleValue());
                case Boolean b -> cell.setCellValue(b);
                case LocalDateTime t -> {
                    cell.setCellValue(t);
                    cell.setCellStyle(dateStyle);
                }
                default -> throw new IllegalArgumentException("no cell for " + value.getClass());
            }
        }
        return this;
    }

    /** @param range such as {@code H3:H5} */
    SheetBuilder merge(String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }
}
