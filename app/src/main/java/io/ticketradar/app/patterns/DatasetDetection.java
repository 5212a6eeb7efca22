package io.ticketradar.app.patterns;

import io.ticketradar.datasets.dataset.DatasetReader;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.pipelines.patterns.PatternSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.stream.StreamSupport;

/**
 * Runs the emerging-pattern detector over a data set folder (from {@code generate} or {@code import}) in the order
 * its records reached the source, with the job's settings and out-of-orderness: what the streaming job would have
 * found, without Kafka or Flink. Records that would go to the dead letters are skipped, as ingest would.
 */
final class DatasetDetection {

    private DatasetDetection() {}

    static OfflineDetection run(Path dir, PatternSettings settings, Duration interval, Duration outOfOrderness) {
        try (DatasetReader reader = new DatasetReader(dir)) {
            ZoneId zone = ZoneId.of(reader.manifest().zone());
            OfflineDetection detection = new OfflineDetection(settings.detector(), interval, outOfOrderness, t -> zone);
            detection.acceptAll(validEvents(reader));
            detection.finish();
            return detection;
        }
    }

    /** The records' events that ingest would accept, decoded as they are read. */
    private static Iterator<Event> validEvents(DatasetReader reader) {
        EventCodec codec = new EventCodec();
        Iterable<GeneratedRecord> records = () -> reader;
        return StreamSupport.stream(records.spliterator(), false)
                .<Event>mapMulti((record, valid) -> {
                    if (codec.decode(record.value()) instanceof Decoded.Valid v) {
                        valid.accept(v.event());
                    }
                })
                .iterator();
    }
}
