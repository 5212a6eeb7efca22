package io.ticketradar.warehouse.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds libchdb.so: the configured path, else env {@code TICKETRADAR_CHDB_LIB}, else system property
 * {@code ticketradar.chdb.lib}, else the newest version in the cache that {@code ./ticketradar setup} fills
 * ({@code $TICKETRADAR_CACHE}, {@code $XDG_CACHE_HOME/ticketradar} or {@code ~/.cache/ticketradar}, then
 * {@code chdb/<version>/libchdb.so}).
 */
final class ChdbLibraryLocator {

    static final String ENV = "TICKETRADAR_CHDB_LIB";
    static final String PROPERTY = "ticketradar.chdb.lib";
    private static final String FILE = "libchdb.so";

    private ChdbLibraryLocator() {}

    static Path locate(String configured) {
        if (configured != null && !configured.isBlank()) {
            return existing(configured, "the configured chdbLibrary");
        }
        String fromEnv = System.getenv(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return existing(fromEnv, "env " + ENV);
        }
        String fromProperty = System.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return existing(fromProperty, "system property " + PROPERTY);
        }
        Path versions = cacheDirectory().resolve("chdb");
        return newestIn(versions)
                .orElseThrow(() -> new IllegalStateException(
                        "the embedded ClickHouse engine (" + FILE + ") was not found: set " + ENV + " or -D" + PROPERTY
                                + ", or run `./ticketradar setup` to fetch it into " + versions));
    }

    private static Path existing(String path, String origin) {
        Path library = Path.of(path).toAbsolutePath();
        if (!Files.isRegularFile(library)) {
            throw new IllegalStateException(origin + " names " + library
                    + ", which is not a file; run `./ticketradar setup` to fetch the embedded engine");
        }
        return library;
    }

    private static Path cacheDirectory() {
        String cache = System.getenv("TICKETRADAR_CACHE");
        if (cache != null && !cache.isBlank()) {
            return Path.of(cache);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("ticketradar");
    }

    private static Optional<Path> newestIn(Path versions) {
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(versions)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve(FILE)))
                    .max(Comparator.comparing(dir -> dir.getFileName().toString(), ChdbLibraryLocator::compareVersions))
                    .map(dir -> dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + versions, e);
        }
    }

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    // Natural order, so 26.10.1 sorts after 26.9.3; file times are useless here (npm tarballs carry 1985).
    static int compareVersions(String a, String b) {
        Matcher left = PART.matcher(a);
        Matcher right = PART.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            boolean numeric = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0));
            int order = numeric ? Long.compare(Long.parseLong(l), Long.parseLong(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
