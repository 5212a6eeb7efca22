package io.ticketradar.datasets.dataset;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** Gzip output tuned for speed: a year of events compresses in seconds at level 1, and the bytes are stable. */
final class GzipFiles {
    private static final int BUFFER = 1 << 16;

    private GzipFiles() {}

    static OutputStream create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return new BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(file), BUFFER) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                },
                BUFFER);
    }
}
