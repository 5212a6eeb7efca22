package io.ticketradar.datasets.dataset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of a data set: what made it, its event files in order and how many records each
 * holds, so a replay knows its total before it starts.
 *
 * @param source   generate or import
 * @param settings what made it (generator settings, or the imported file and mapping)
 */
public record Manifest(
        String format,
        String source,
        String zone,
        long records,
        Map<String, Long> recordsByTopic,
        Instant firstPublishAt,
        Instant lastPublishAt,
        List<EventFile> files,
        JsonNode settings) {

    public static final String FILE = "manifest.json";
    public static final String FORMAT = "ticketradar-dataset/1";
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new JavaTimeModule())
            .build();

    /** @param path relative to the data set's folder */
    public record EventFile(String path, long records) {}

    public static Manifest read(Path dataset) {
        Path file = dataset.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dataset + " is not a data set: it has no " + FILE
                    + " (make one with `ticketradar generate` or `ticketradar import`)");
        }
        try {
            return MAPPER.readValue(file.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    void write(Path dataset) {
        try {
            MAPPER.writeValue(dataset.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + dataset, e);
        }
    }
}
