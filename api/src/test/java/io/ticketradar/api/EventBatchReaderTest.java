package io.ticketradar.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventBatchReaderTest {

    private static List<String> read(String body, String contentType) {
        return EventBatchReader.read(body.getBytes(UTF_8), contentType).stream()
                .map(bytes -> new String(bytes, UTF_8))
                .toList();
    }

    @Test
    void arrayElementsAreCutOutByteForByte() {
        String body =
                "\uFEFF [ {\"a\": [1, {\"b\": \"]}\"}]} ,\"text \\\" é\", 42,-1.5e3,null, true ,[ ] ,{\"z\":\"中文\"}]\n";

        assertEquals(
                List.of(
                        "{\"a\": [1, {\"b\": \"]}\"}]}",
                        "\"text \\\" é\"",
                        "42",
                        "-1.5e3",
                        "null",
                        "true",
                        "[ ]",
                        "{\"z\":\"中文\"}"),
                read(body, "application/json"));
    }

    @Test
    void anEmptyArrayIsAnEmptyBatch() {
        assertEquals(List.of(), read(" [ ] ", null));
    }

    @Test
    void ndjsonLinesAreTrimmedAndBlankLinesSkipped() {
        String body = "{\"n\":1}\r\n\n   \n\t{\"n\":2}  \n{broken\n{\"n\":3}";

        assertEquals(List.of("{\"n\":1}", "{\"n\":2}", "{broken", "{\"n\":3}"), read(body, "application/x-ndjson"));
        assertEquals(
                List.of("{\"n\":1}", "{\"n\":2}", "{broken", "{\"n\":3}"),
                read(body, "application/json"),
                "a body not starting with '[' is NDJSON whatever its content type");
    }

    @Test
    void theNdjsonContentTypeWinsOverALeadingBracket() {
        assertThrows(ApiException.class, () -> read("[{\"n\":1}]", "application/x-ndjson; charset=utf-8"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " \n\t ",
                "hello",
                "\"just a string\"",
                "42",
                "[{\"a\":1}",
                "[{\"a\":1},]",
                "[{\"a\":1}] trailing",
                "[{\"a\":1}][]",
                "[{\"a\" 1}]"
            })
    void aBodyThatIsNeitherFormatIsRefusedWhole(String body) {
        assertThrows(ApiException.class, () -> read(body, "application/json"));
    }
}
