package io.ticketradar.datasets.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.generate.GeneratedRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a stream of records as a data set: {@code events/YYYY-MM-DD.ndjson.gz}, one file per day of
 * arrival in the data set's zone, records in stream order, and manifest.json on close. Streams: one
 * open file, nothing held.
 */
public final class DatasetWriter implements AutoCloseable {
    public static final String EVENTS_DIR = "events";

    private final Path dir;
    private final ZoneId zone;
    private final String source;
    private final JsonNode settings;
    private final RecordLines lines = new RecordLines();
    private final List<Manifest.EventFile> files = new ArrayList<>();
    private final Map<String, Long> byTopic = new TreeMap<>();
    private OutputStream out;
    private LocalDate day;
    private String fileName;
    private long inFile;
    private long records;
    private Instant first;
    private Instant last;

    /** @param settings what made the data set, for the manifest */
    public DatasetWriter(Path dir, ZoneId zone, String source, JsonNode settings) {
        this.dir = dir;
        this.zone = zone;
        this.source = source;
        this.settings = settings;
    }

    /** Records must come in stream order (by publishAt), as the generator and importer give them. */
    public void write(GeneratedRecord record) {
        LocalDate recordDay = record.publishAt().atZone(zone).toLocalDate();
        try {
            if (!recordDay.equals(day)) {
                if (day != null && recordDay.isBefore(day)) {
                    throw new IllegalArgumentException(
                            "records must come in publish order: " + record.publishAt() + " after " + last);
                }
                roll(recordDay);
            }
            out.write(lines.write(record));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + dir, e);
        }
        inFile++;
        records++;
        byTopic.merge(record.topic(), 1L, Long::sum);
        first = first == null ? record.publishAt() : first;
        last = record.publishAt();
    }

    public long records() {
        return records;
    }

    private void roll(LocalDate next) throws IOException {
        closeFile();
        day = next;
        fileName = EVENTS_DIR + "/" + next + ".ndjson.gz";
        out = GzipFiles.create(dir.resolve(fileName));
    }

    private void closeFile() throws IOException {
        if (out != null) {
            out.close();
            files.add(new Manifest.EventFile(fileName, inFile));
            out = null;
            inFile = 0;
        }
    }

    @Override
    public void close() {
        try {
            closeFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish " + dir, e);
        }
        new Manifest(Manifest.FORMAT, source, zone.getId(), records, byTopic, first, last, List.copyOf(files), settings)
                .write(dir);
    }
}
