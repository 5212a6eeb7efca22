package io.ticketradar.app.patterns;

import io.ticketradar.datasets.dataset.DatasetReader;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.pipelines.patterns.PatternSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Runs the emerging-pattern detector over a data set folder (from {@code generate} or {@code import}) in the order
 * its records reached the source, with the job's settings and out-of-orderness: what the streaming job would have
 * found, without Kafka or Flink. Records that would go to the dead letters are skipped, as ingest would.
 */
final class DatasetDetection {

    private DatasetDetection() {}

    static OfflineDetection run(Path dir, PatternSettings settings, Duration interval, Duration outOfOrderness) {
        EventCodec codec = new EventCodec();
        try (DatasetReader reader = new DatasetReader(dir)) {
            ZoneId zone = ZoneId.of(reader.manifest().zone());
            OfflineDetection detection = new OfflineDetection(settings.detector(), interval, outOfOrderness, t -> zone);
            while (reader.hasNext()) {
                GeneratedRecord record = reader.next();
                if (codec.decode(record.value()) instanceof Decoded.Valid valid) {
                    detection.accept(valid.event());
                }
            }
            detection.finish();
            return detection;
        }
    }
}
