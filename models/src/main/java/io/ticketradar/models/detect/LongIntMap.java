package io.ticketradar.models.detect;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * A map from long keys to int counts with open addressing, for the detector's daily and window counts: millions of
 * increments per evaluation without boxing. A count that falls to zero is removed, so the map holds only what is
 * there. Not thread-safe.
 */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        this(16);
    }

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
    }

    int get(long key) {
        int slot = find(key);
        return keys[slot] == EMPTY ? 0 : values[slot];
    }

    /** Adds delta to the key's count (a missing key counts 0); a count of zero removes the key. */
    void add(long key, int delta) {
        if (delta == 0) {
            return;
        }
        int slot = find(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            values[slot] = delta;
            if (++size * 2 > keys.length) {
                rehash(keys.length * 2);
            }
            return;
        }
        values[slot] += delta;
        if (values[slot] == 0) {
            removeAt(slot);
        }
    }

    /** Adds every count of another map, times a sign (+1 or -1). */
    void addAll(LongIntMap other, int sign) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) {
                add(other.keys[i], sign * other.values[i]);
            }
        }
    }

    void forEachKey(LongConsumer action) {
        for (long key : keys.clone()) {
            if (key != EMPTY) {
                action.accept(key);
            }
        }
    }

    int size() {
        return size;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Backward-shift deletion: keeps every other key reachable from its home slot without tombstones. */
    private void removeAt(int slot) {
        int mask = keys.length - 1;
        size--;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != EMPTY) {
            int home = (int) (mix(keys[next]) & mask);
            boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                keys[hole] = keys[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = EMPTY;
        values[hole] = 0;
    }

    private void rehash(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                add(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }
}
