package io.ticketradar.datasets.importer.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * File values to what they mean ({@code 高 -> P2}, {@code In Progress -> open}). Exact match first,
 * then ignoring case and surrounding blanks: exports are not consistent about either.
 */
public final class ValueTable<V> implements Translation<V> {
    private final Map<String, V> exact;
    private final Map<String, V> folded = new LinkedHashMap<>();

    public ValueTable(Map<String, V> entries) {
        this.exact = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        entries.forEach((key, value) -> folded.putIfAbsent(fold(key), value));
    }

    @Override
    public V get(String value) {
        V found = exact.get(value);
        return found != null ? found : folded.get(fold(value));
    }

    @Override
    public Set<String> keys() {
        return exact.keySet();
    }

    public boolean isEmpty() {
        return exact.isEmpty();
    }

    private static String fold(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
