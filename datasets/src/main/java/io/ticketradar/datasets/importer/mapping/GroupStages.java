package io.ticketradar.datasets.importer.mapping;

import io.ticketradar.events.Stage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code groups} of an event_log mapping: assignment group -> stage. A real history has dozens of groups, so
 * besides exact names (matched like a {@link ValueTable}) a key may be a pattern with {@code *} (any text) and
 * {@code ?} (one character), such as {@code Field*}, tried in the file's order, and {@code "*"} alone is the stage
 * of every group nothing else names.
 */
public final class GroupStages implements Translation<Stage> {

    private static final String ANY = "*";

    private final ValueTable<Stage> exact;
    private final List<Map.Entry<Pattern, Stage>> patterns = new ArrayList<>();
    private final Stage fallback;
    private final Set<String> keys;

    public GroupStages(Map<String, Stage> entries) {
        Map<String, Stage> names = new LinkedHashMap<>();
        entries.forEach((key, stage) -> {
            if (!key.equals(ANY) && (key.contains("*") || key.contains("?"))) {
                patterns.add(Map.entry(glob(key), stage));
            } else if (!key.equals(ANY)) {
                names.put(key, stage);
            }
        });
        this.exact = new ValueTable<>(names);
        this.fallback = entries.get(ANY);
        this.keys = entries.keySet();
    }

    @Override
    public Stage get(String group) {
        Stage named = exact.get(group);
        if (named != null) {
            return named;
        }
        String text = group.strip();
        return patterns.stream()
                .filter(p -> p.getKey().matcher(text).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(fallback);
    }

    @Override
    public Set<String> keys() {
        return keys;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    private static Pattern glob(String key) {
        StringBuilder regex = new StringBuilder();
        for (String part : key.strip().split("(?=[*?])|(?<=[*?])")) {
            regex.append(
                    switch (part) {
                        case "*" -> ".*";
                        case "?" -> ".";
                        default -> Pattern.quote(part);
                    });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
