package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small subset of JSONPath a field mapping needs: {@code $} followed by member names and array indexes, e.g.
 * {@code $.owner.name} or {@code $.contacts[0].phone}. No wildcards, filters or slices: a mapping names one value.
 */
public final class JsonPath implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)|\\[(\\d{1,9})]");

    private final String text;
    /** Member names (String) and array indexes (Integer), in order. */
    private final List<Object> steps;

    private JsonPath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    /** @throws IllegalArgumentException when {@code text} is not in the subset */
    public static JsonPath parse(String text) {
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("'" + text + "' is not a JSON path (it starts with $, e.g. $.tier)");
        }
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(text);
        int at = 1;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("'" + text + "' is not a JSON path of the form $.a.b[0].c");
            }
            steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            at = m.end();
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no field (e.g. $.tier)");
        }
        return new JsonPath(text, List.copyOf(steps));
    }

    /** The value at this path as text (objects and arrays as compact JSON); empty when absent or null. */
    public Optional<String> read(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(node.isValueNode() ? node.asText() : node.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
