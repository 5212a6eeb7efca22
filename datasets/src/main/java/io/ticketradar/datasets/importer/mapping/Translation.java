package io.ticketradar.datasets.importer.mapping;

import java.util.Set;

/** What a mapping table says a file value means. */
public interface Translation<V> {

    /** The meaning of a value, or null when the table does not cover it. */
    V get(String value);

    /** The entries as the mapping writes them, in its order, for messages. */
    Set<String> keys();
}
