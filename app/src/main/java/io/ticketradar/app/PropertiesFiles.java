package io.ticketradar.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads the app's properties files as UTF-8 (tenant ids and webhook texts may be Chinese). */
final class PropertiesFiles {

    private PropertiesFiles() {}

    /** @param what how the message names the file, e.g. "config file" */
    static Properties read(Path file, String what) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read the " + what + " " + file + ": " + e.getMessage());
        }
        return props;
    }
}
