package io.ticketradar.datasets.importer.table;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads one sheet of an Excel workbook (xlsx, or the older xls). A merged region's value applies to
 * every cell it covers: teams merge the site or region of consecutive tickets, and each of those
 * tickets has that site. Formulas count with the value Excel last computed.
 */
public final class XlsxReader {
    private XlsxReader() {}

    /**
     * @param sheetName the sheet to read, or null for the first
     * @param headerRow 1-based row that holds the column names; rows above it (titles) are skipped
     * @throws IllegalArgumentException when the file is not a workbook or has no such sheet
     */
    public static Table read(Path file, String sheetName, int headerRow) {
        try (Workbook workbook = open(file)) {
            Sheet sheet = sheet(workbook, sheetName, file);
            Map<CellAddress, CellAddress> merged = mergedCells(sheet);
            DataFormatter formatter = new DataFormatter();
            List<String> headers = readRow(sheet, headerRow - 1, -1, merged, formatter).stream()
                    .map(Cell::text)
                    .toList();
            List<SourceRow> rows = new ArrayList<>();
            for (int r = headerRow; r <= sheet.getLastRowNum(); r++) {
                if (hasOwnValue(sheet.getRow(r), headers.size(), merged, formatter)) {
                    rows.add(new SourceRow(r + 1, readRow(sheet, r, headers.size(), merged, formatter)));
                }
            }
            return new Table(headers, rows);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Workbook open(Path file) {
        try {
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + file + " as an Excel workbook: " + e.getMessage(), e);
        }
    }

    private static Sheet sheet(Workbook workbook, String name, Path file) {
        if (name == null) {
            return workbook.getSheetAt(0);
        }
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets())
                    .mapToObj(workbook::getSheetName)
                    .toList();
            throw new IllegalArgumentException(
                    file + " has no sheet '" + name + "'; its sheets are " + String.join(", ", names));
        }
        return sheet;
    }

    /** Every covered cell but the top-left one, pointing at the top-left one that holds the value. */
    private static Map<CellAddress, CellAddress> mergedCells(Sheet sheet) {
        Map<CellAddress, CellAddress> covered = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            CellAddress topLeft = new CellAddress(region.getFirstRow(), region.getFirstColumn());
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    if (r != topLeft.getRow() || c != topLeft.getColumn()) {
                        covered.put(new CellAddress(r, c), topLeft);
                    }
                }
            }
        }
        return covered;
    }

    /** False for an empty row, also when a region merged from above reaches into it: a person sees no ticket there. */
    private static boolean hasOwnValue(
            Row row, int width, Map<CellAddress, CellAddress> merged, DataFormatter formatter) {
        if (row == null) {
            return false;
        }
        for (int c = 0; c < width; c++) {
            if (!merged.containsKey(new CellAddress(row.getRowNum(), c))
                    && !cell(row.getCell(c), formatter).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** @param width columns to read, or -1 for as many as the row has */
    private static List<Cell> readRow(
            Sheet sheet, int r, int width, Map<CellAddress, CellAddress> merged, DataFormatter formatter) {
        Row row = sheet.getRow(r);
        int columns = width >= 0 ? width : row == null ? 0 : Math.max(0, row.getLastCellNum());
        List<Cell> cells = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            CellAddress source = merged.getOrDefault(new CellAddress(r, c), new CellAddress(r, c));
            Row sourceRow = sheet.getRow(source.getRow());
            cells.add(sourceRow == null ? Cell.EMPTY : cell(sourceRow.getCell(source.getColumn()), formatter));
        }
        return cells;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? new Cell(formatter.formatCellValue(cell), cell.getLocalDateTimeCellValue(), null)
                        : new Cell(plain(cell.getNumericCellValue()), null, cell.getNumericCellValue());
            case STRING -> Cell.text(cell.getStringCellValue());
            case BOOLEAN -> Cell.text(String.valueOf(cell.getBooleanCellValue()));
            default -> Cell.EMPTY;
        };
    }

    /** 13812345678, not 1.3812345678E10; 23.5 stays 23.5. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
