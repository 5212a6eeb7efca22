package io.ticketradar.datasets.cli;

import io.ticketradar.datasets.dataset.DatasetWriter;
import io.ticketradar.datasets.dataset.GeneratedDataset;
import io.ticketradar.datasets.dataset.Manifest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The folder a command writes a data set into: created when missing, an existing data set replaced only with --force. */
final class OutputFolder {
    private OutputFolder() {}

    static void prepare(Path dir, boolean force) throws UsageException {
        try {
            if (Files.exists(dir.resolve(Manifest.FILE)) || Files.exists(dir.resolve(DatasetWriter.EVENTS_DIR))) {
                if (!force) {
                    throw new UsageException(dir + " already holds a data set; add --force to replace it");
                }
                for (String part :
                        List.of(DatasetWriter.EVENTS_DIR, "master", Manifest.FILE, GeneratedDataset.GROUND_TRUTH)) {
                    delete(dir.resolve(part));
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir, e);
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
