package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which values of a source's answer a ticket gets, and under which names: {@code target=json path} pairs separated by
 * commas, e.g. {@code customer_tier=$.tier,account_manager=$.owner.name}.
 */
public final class FieldMapping implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern TARGET = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, JsonPath> paths;

    private FieldMapping(Map<String, JsonPath> paths) {
        this.paths = paths;
    }

    /** @throws IllegalArgumentException naming the pair that is wrong */
    public static FieldMapping parse(String text) {
        Map<String, JsonPath> paths = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not target=$.path");
            }
            String target = pair.substring(0, eq).strip();
            if (!TARGET.matcher(target).matches()) {
                throw new IllegalArgumentException(
                        "'" + target + "' is not a field name (lower case letters, digits and _)");
            }
            if (paths.put(target, JsonPath.parse(pair.substring(eq + 1).strip())) != null) {
                throw new IllegalArgumentException("field '" + target + "' is mapped twice");
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no field is mapped (e.g. customer_tier=$.tier)");
        }
        return new FieldMapping(Collections.unmodifiableMap(paths));
    }

    /** The mapped values the answer holds, in mapping order; a path the answer lacks is left out. */
    public Map<String, String> apply(JsonNode answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        paths.forEach((target, path) -> path.read(answer).ifPresent(value -> fields.put(target, value)));
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldMapping m && m.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    @Override
    public String toString() {
        return paths.toString();
    }
}
