package io.ticketradar.datasets.dataset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.datasets.truth.GroundTruthRecorder;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;

/** Generates a whole data set into a folder: event files, master data, ground_truth.json, manifest.json. */
public final class GeneratedDataset {
    public static final String GROUND_TRUTH = "ground_truth.json";

    private GeneratedDataset() {}

    /** @return the ground truth, also written to the folder */
    public static GroundTruthRecorder write(DataGenerator generator, Path dir, ProgressMeter progress) {
        GeneratorSettings settings = generator.settings();
        if (settings.endless()) {
            throw new IllegalArgumentException("an endless generator cannot be written to files: give days");
        }
        GroundTruthRecorder truth = new GroundTruthRecorder(generator);
        Instant start = settings.startInstant();
        try (DatasetWriter writer = new DatasetWriter(dir, settings.zone(), "generate", describe(settings))) {
            Iterator<GeneratedRecord> records = generator.records(truth);
            long days = settings.days();
            GeneratedRecord last = null;
            while (records.hasNext()) {
                last = records.next();
                writer.write(last);
                // Progress through the creation days; the tail of still-open lifecycles shows as the last day.
                long day =
                        Math.min(days, Duration.between(start, last.publishAt()).toDays());
                progress.update(day, days, "%,d records".formatted(writer.records()), null);
            }
            progress.finish(days, days, "%,d records".formatted(writer.records()), "");
        }
        generator.worlds().forEach(world -> MasterDataWriter.write(dir, world));
        truth.write(dir.resolve(GROUND_TRUTH));
        return truth;
    }

    private static ObjectNode describe(GeneratorSettings s) {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("scenario", s.scenario().name())
                .put("seed", s.seed())
                .put("start", s.start().toString())
                .put("days", s.days())
                .put("tickets_per_day", s.ticketsPerDay());
        s.tenantIds().forEach(node.putArray("tenants")::add);
        return node;
    }
}
