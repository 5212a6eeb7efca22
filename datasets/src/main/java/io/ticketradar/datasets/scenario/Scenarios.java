package io.ticketradar.datasets.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads scenarios: a built-in by name ({@link #BUILT_IN}, or {@code eval/NAME} for the evaluation set), or a
 * YAML/JSON file. A scenario may say {@code extends: NAME} (a built-in or a file next to it) and give only what
 * differs; objects merge key by key, and {@code patterns} and {@code decoys} merge by id, so a file can add its
 * own to the built-in ones; an empty list ({@code patterns: []}) drops all it inherited.
 */
public final class Scenarios {
    public static final List<String> BUILT_IN = List.of("before", "after", "quiet", "decoys");
    /** Scenarios with patterns of the built-ins' kinds but other specifics, to judge a detector on. */
    public static final List<String> EVALUATION = List.of(
            "eval/cold-bms",
            "eval/heat-dcdc",
            "eval/tbox-southwest-firmware",
            "eval/mcu-east-firmware",
            "eval/dashcam-tbox-drain",
            "eval/charger-obc-input",
            "eval/batch-connector");

    private static final List<String> MERGED_BY_ID = List.of("patterns", "decoys");
    private static final String RESOURCES = "/io/ticketradar/datasets/scenarios/";
    private static final int MAX_DEPTH = 8;

    private Scenarios() {}

    public static Scenario load(String nameOrFile) {
        return Yaml.bind(resolve(nameOrFile, null, 0), Scenario.class, "scenario " + nameOrFile);
    }

    private static ObjectNode resolve(String nameOrFile, Path relativeTo, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "scenario " + nameOrFile + ": extends goes " + MAX_DEPTH + " levels deep; is there a cycle?");
        }
        JsonNode tree = Yaml.treeOrNull(RESOURCES + nameOrFile + ".yaml");
        Path file = null;
        if (tree == null) {
            file = relativeTo == null ? Path.of(nameOrFile) : relativeTo.resolveSibling(nameOrFile);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no scenario " + nameOrFile + ": built-ins are " + BUILT_IN + " and "
                        + EVALUATION + ", or give a YAML or JSON file");
            }
            tree = Yaml.tree(file);
        }
        if (!(tree instanceof ObjectNode node)) {
            throw new IllegalArgumentException("scenario " + nameOrFile + ": expected a mapping at the top");
        }
        JsonNode parent = node.remove("extends");
        return parent == null ? node : merge(resolve(parent.asText(), file, depth + 1), node);
    }

    private static ObjectNode merge(ObjectNode base, ObjectNode override) {
        override.properties().forEach(entry -> {
            JsonNode old = base.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (MERGED_BY_ID.contains(entry.getKey())
                    && old instanceof ArrayNode oldItems
                    && value instanceof ArrayNode added) {
                base.set(entry.getKey(), added.isEmpty() ? added : mergeById(oldItems, added));
            } else if (old instanceof ObjectNode oldObject && value instanceof ObjectNode newObject) {
                base.set(entry.getKey(), merge(oldObject, newObject));
            } else {
                base.set(entry.getKey(), value);
            }
        });
        return base;
    }

    private static ArrayNode mergeById(ArrayNode base, ArrayNode added) {
        ArrayNode merged = base.deepCopy();
        for (JsonNode item : added) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (merged.get(i).path("id").equals(item.path("id"))) {
                    same = i;
                }
            }
            if (same >= 0) {
                merged.set(same, item);
            } else {
                merged.add(item);
            }
        }
        return merged;
    }
}
