package io.ticketradar.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvExportTest {

    @Test
    void textThatASpreadsheetWouldRunIsDefusedNumbersAreNot() {
        assertEquals(
                "'=HYPERLINK(\"\"x\"\")", CsvExport.cell("=HYPERLINK(\"x\")").replaceAll("^\"|\"$", ""));
        assertEquals("'+1", CsvExport.cell("+1"));
        assertEquals("'-2+3", CsvExport.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvExport.cell("@SUM(A1)"));
        assertEquals("-2", CsvExport.cell(-2L), "a negative number stays a number");
        assertEquals("-0.25", CsvExport.cell(-0.25));
        assertEquals("0.0001", CsvExport.cell(1.0E-4), "never scientific notation");
        assertEquals("5", CsvExport.cell(5.0));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedTheRfcWay() {
        assertEquals("\"a,b\"", CsvExport.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
        assertEquals("", CsvExport.cell(null));
        assertEquals("华北", CsvExport.cell("华北"));
    }

    @Test
    void aTableIsUtf8WithAByteOrderMarkAndCrlf() {
        Table table = Table.of("t", "region", "tickets").add("华北", 3L).add("=1+1", null);

        assertEquals(
                "\uFEFFregion,tickets\r\n华北,3\r\n'=1+1,\r\n",
                new String(CsvExport.write(table), StandardCharsets.UTF_8));
    }
}
