package io.ticketradar.datasets.replay;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where records go: {@code --bootstrap host:port}, or else the running demo, which writes
 * {@code <data-dir>/stack.properties} with {@code bootstrap.servers}.
 */
public final class KafkaTarget {
    public static final String STACK_FILE = "stack.properties";
    public static final String BOOTSTRAP_KEY = "bootstrap.servers";

    private KafkaTarget() {}

    /** @param bootstrap the flag's value, or null */
    public static String resolve(String bootstrap, Path dataDir) {
        if (bootstrap != null && !bootstrap.isBlank()) {
            return bootstrap;
        }
        Path stack = dataDir.resolve(STACK_FILE);
        if (!Files.isRegularFile(stack)) {
            throw new IllegalArgumentException("no --bootstrap given and no running demo found (" + stack
                    + "); start `ticketradar demo` or pass --bootstrap host:port");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(stack)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + stack + ": " + e.getMessage(), e);
        }
        String servers = properties.getProperty(BOOTSTRAP_KEY);
        if (servers == null || servers.isBlank()) {
            throw new IllegalArgumentException(stack + " has no " + BOOTSTRAP_KEY);
        }
        return servers.trim();
    }
}
