package io.ticketradar.datasets.importer.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    @Test
    void quotesDoubledQuotesLineBreaksAndCrlf() throws IOException {
        Path file = write(
                "quoted.csv",
                "工单号,描述,温度\r\n"
                        + "GD1,\"充电中断, 仪表报警\",-3\r\n"
                        + "GD2,\"客户说：\"\"昨晚还好\"\"\r\n第二行\",\r\n"
                        + "\r\n"
                        + "GD3,plain \"inch\" text,5",
                StandardCharsets.UTF_8);
        Table table = CsvReader.read(file, StandardCharsets.UTF_8, ',', 1);
        assertEquals(List.of("工单号", "描述", "温度"), table.headers());
        assertEquals(3, table.rows().size(), "the blank record is left out");
        assertEquals("充电中断, 仪表报警", table.rows().get(0).cell(1).text());
        assertEquals("客户说：\"昨晚还好\"\r\n第二行", table.rows().get(1).cell(1).text());
        assertEquals(Cell.EMPTY, table.rows().get(1).cell(2));
        assertEquals(
                "plain \"inch\" text",
                table.rows().get(2).cell(1).text(),
                "a stray quote stays text, as Excel keeps it");
        assertEquals(
                List.of(2, 3, 5),
                table.rows().stream().map(SourceRow::number).toList(),
                "row numbers count records: the line break inside quotes adds none");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeaderAndMeansUtf8() throws IOException {
        byte[] body = "工单号,客户\nGD1,张三\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = Files.write(dir.resolve("bom.csv"), bytes);
        Table table = CsvReader.read(file, GBK, ',', 1);
        assertEquals("工单号", table.headers().getFirst());
        assertEquals("张三", table.rows().getFirst().cell(1).text());
    }

    @Test
    void gbkFilesReadWithTheirEncodingAndAreAClearErrorWithout() throws IOException {
        Path file = write("gbk.csv", "标题行\n工单号;故障现象\nGD1;无法充电、仪表报警\n", GBK);
        Table table = CsvReader.read(file, GBK, ';', 2);
        assertEquals(List.of("工单号", "故障现象"), table.headers());
        assertEquals("无法充电、仪表报警", table.rows().getFirst().cell(1).text());
        assertEquals(3, table.rows().getFirst().number());
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> CsvReader.read(file, StandardCharsets.UTF_8, ';', 2));
        assertTrue(e.getMessage().contains("encoding: GBK"), e.getMessage());
    }

    @Test
    void aQuoteThatNeverClosesNamesItsRow() throws IOException {
        Path file = write("open.csv", "a,b\n1,2\n3,\"never\nclosed\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> CsvReader.read(file, StandardCharsets.UTF_8, ',', 1));
        assertEquals("the quoted value that starts in row 3 never closes", e.getMessage());
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }
}
