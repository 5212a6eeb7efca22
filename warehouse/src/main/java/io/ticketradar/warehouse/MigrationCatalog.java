package io.ticketradar.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every migration on the classpath: each classpath root (a directory such as {@code target/classes}, or a
 * jar) that holds a {@code db/migration/} folder contributes its {@code V<digits>__<name>.sql} files.
 *
 * <p>It asks the class loader for every {@code db/migration} resource ({@link ClassLoader#getResources}) and
 * lists each one: a {@code file:} URL as a directory, a {@code jar:} URL through the jar's entries. No index
 * file is needed, so a module adds a table by dropping a file into its own
 * {@code src/main/resources/db/migration/}; nothing in the warehouse module changes. Versions are global across
 * modules: two different files with one version fail loudly (the same file seen twice, for example in
 * {@code target/classes} and in an installed jar, counts once). Jars must keep directory entries, which Maven's
 * jar and shade plugins do by default.
 */
final class MigrationCatalog {

    static final String LOCATION = "db/migration";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private MigrationCatalog() {}

    /** All migrations visible to the class loader, by ascending version. */
    static List<Migration> scan(ClassLoader loader) {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(LOCATION))) {
                for (Migration migration : list(root)) {
                    Migration earlier = byVersion.putIfAbsent(migration.version(), migration);
                    if (earlier != null && !sameFile(earlier, migration)) {
                        throw new IllegalStateException("two migrations claim version " + migration.version() + ": "
                                + earlier.source() + " and " + migration.source());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations under " + LOCATION, e);
        }
        return List.copyOf(byVersion.values());
    }

    private static boolean sameFile(Migration a, Migration b) {
        return a.name().equals(b.name()) && a.checksum().equals(b.checksum());
    }

    private static List<Migration> list(URL root) throws IOException {
        return switch (root.getProtocol()) {
            case "file" -> listDirectory(root);
            case "jar" -> listJar(root);
            default ->
                throw new IllegalStateException(
                        "cannot list migrations at " + root + ": only directories and jars are supported");
        };
    }

    private static List<Migration> listDirectory(URL root) throws IOException {
        Path directory;
        try {
            directory = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("bad directory URL " + root, e);
        }
        List<Migration> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                String fileName = file.getFileName().toString();
                if (isCandidate(fileName)) {
                    found.add(parse(fileName, Files.readString(file, StandardCharsets.UTF_8), file.toString()));
                }
            }
        }
        return found;
    }

    private static List<Migration> listJar(URL root) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("not a jar URL: " + root);
        }
        // Without caches the JarFile is ours to close, and a rebuilt jar is never read stale.
        jarConnection.setUseCaches(false);
        List<Migration> found = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String entryName = entry.getName();
                if (entry.isDirectory() || !entryName.startsWith(LOCATION + "/")) {
                    continue;
                }
                String fileName = entryName.substring(LOCATION.length() + 1);
                if (!fileName.contains("/") && isCandidate(fileName)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        found.add(parse(fileName, script, jar.getName() + "!/" + entryName));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isCandidate(String fileName) {
        return fileName.startsWith("V") && fileName.endsWith(".sql");
    }

    // A V*.sql file that does not parse is a typo that would otherwise be skipped silently.
    static Migration parse(String fileName, String script, String source) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalStateException("migration file " + source + " must be named V<digits>__<name>.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), script, source);
    }
}
