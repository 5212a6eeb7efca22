package io.ticketradar.datasets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the module's configuration files (catalogue, scenarios, import mappings): YAML or JSON,
 * snake_case keys, unknown keys rejected so a typo in a scenario is an error, not a silent default.
 */
public final class Yaml {
    private static final ObjectMapper YAML =
            configure(YAMLMapper.builder(new YAMLFactory()).build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

    private Yaml() {}

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /** A classpath resource, bound to {@code type}. */
    public static <T> T read(String resource, Class<T> type) {
        return bind(tree(resource), type, resource);
    }

    /** The tree of a classpath resource, or null when there is none. */
    public static JsonNode treeOrNull(String resource) {
        try (InputStream in = Yaml.class.getResourceAsStream(resource)) {
            return in == null ? null : YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The tree of a file; .json files are JSON, anything else YAML (YAML reads JSON too, but reports it worse). */
    public static JsonNode tree(Path file) {
        try {
            return (file.toString().endsWith(".json") ? JSON : YAML).readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static <T> T bind(JsonNode tree, Class<T> type, String source) {
        try {
            return YAML.treeToValue(tree, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode tree(String resource) {
        JsonNode tree = treeOrNull(resource);
        if (tree == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return tree;
    }
}
