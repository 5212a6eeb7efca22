package io.ticketradar.pipelines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds retained checkpoints, so a restarted process resumes where the last one stopped. */
public final class Checkpoints {

    private Checkpoints() {}

    /** The newest complete checkpoint ({@code <job>/chk-N/_metadata}) under {@code dir}, if any. */
    public static Optional<Path> latest(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.find(
                dir,
                3,
                (p, attrs) -> p.getFileName().toString().equals("_metadata")
                        && p.getParent().getFileName().toString().startsWith("chk-"))) {
            return files.map(Path::getParent)
                    .max(Comparator.comparingLong(Checkpoints::modified).thenComparingLong(Checkpoints::number));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list checkpoints in " + dir, e);
        }
    }

    private static long modified(Path chk) {
        try {
            return Files.getLastModifiedTime(chk.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long number(Path chk) {
        return Long.parseLong(chk.getFileName().toString().substring("chk-".length()));
    }
}
