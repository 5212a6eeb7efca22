package io.ticketradar.warehouse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationCatalogTest {

    @Test
    void findsThisModulesMigrationsInTargetClasses() {
        List<Migration> found = MigrationCatalog.scan(getClass().getClassLoader());
        // Other tables of this module follow (V010+ indicators, V050+ alerts); the foundation's come first.
        assertEquals(
                List.of("V001__raw_events", "V002__dead_letters"),
                found.stream().map(Migration::label).toList().subList(0, 2));
        assertTrue(found.get(0).script().contains("CREATE TABLE IF NOT EXISTS ticket_events"));
    }

    @Test
    void mergesDirectoriesAndJarsInVersionOrder(@TempDir Path tmp) throws IOException {
        Path directory = tmp.resolve("classes");
        Files.createDirectories(directory.resolve("db/migration"));
        Files.writeString(directory.resolve("db/migration/V150__pipeline_facts.sql"), "SELECT 150");
        Files.writeString(directory.resolve("db/migration/README.md"), "not a migration");
        Path jar = jar(
                tmp.resolve("models.jar"),
                Map.of("db/migration/V210__patterns.sql", "SELECT 210", "db/migration/V120__hints.sql", "SELECT 120"));

        List<Migration> found = scan(directory, jar);
        assertEquals(
                List.of(120, 150, 210), found.stream().map(Migration::version).toList());
        assertEquals("SELECT 210", found.get(2).script());
        assertTrue(
                found.get(2).source().endsWith("models.jar!/db/migration/V210__patterns.sql"),
                found.get(2).source());
    }

    @Test
    void theSameFileTwiceCountsOnceButAVersionClashFails(@TempDir Path tmp) throws IOException {
        Path first = jar(tmp.resolve("a.jar"), Map.of("db/migration/V300__x.sql", "SELECT 1"));
        Path copy = jar(tmp.resolve("b.jar"), Map.of("db/migration/V300__x.sql", "SELECT 1"));
        Path clash = jar(tmp.resolve("c.jar"), Map.of("db/migration/V300__y.sql", "SELECT 2"));
        assertEquals(1, scan(first, copy).size());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scan(first, clash));
        assertTrue(e.getMessage().contains("version 300"), e.getMessage());
    }

    @Test
    void aMisnamedMigrationFailsLoudly() {
        assertThrows(
                IllegalStateException.class, () -> MigrationCatalog.parse("V1_missing_underscore.sql", "", "test"));
        assertEquals(7, MigrationCatalog.parse("V007__ok.sql", "", "test").version());
    }

    private static List<Migration> scan(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        // No parent: only the given roots, not this module's own migrations.
        try (URLClassLoader loader = new URLClassLoader(urls, null)) {
            return MigrationCatalog.scan(loader);
        }
    }

    // Like Maven's jar plugin, writes the directory entries too.
    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("db/"));
            jar.putNextEntry(new JarEntry("db/migration/"));
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
