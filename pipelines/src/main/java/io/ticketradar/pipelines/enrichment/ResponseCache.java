package io.ticketradar.pipelines.enrichment;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers already given, so a customer with many tickets costs its CRM one request per {@code ttl}: at most
 * {@code maxEntries}, the least recently used leaving first. A lookup of a key already under way shares that request
 * rather than starting another. Safe for concurrent use.
 */
final class ResponseCache<K, V> {

    private record Stored<V>(V value, long storedAt) {}

    private final int maxEntries;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<K, Stored<V>> entries;
    private final Map<K, CompletableFuture<V>> inFlight = new HashMap<>();

    ResponseCache(int maxEntries, Duration ttl, LongSupplier nanoClock) {
        this.maxEntries = maxEntries;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Stored<V>> eldest) {
                return size() > ResponseCache.this.maxEntries;
            }
        };
    }

    /**
     * The fresh cached value of {@code key}, else the value under way, else {@code load}'s, which is kept when
     * {@code keep} says so.
     */
    CompletableFuture<V> get(K key, Supplier<CompletableFuture<V>> load, Predicate<V> keep) {
        CompletableFuture<V> result = new CompletableFuture<>();
        synchronized (this) {
            Stored<V> cached = entries.get(key);
            if (cached != null && nanoClock.getAsLong() - cached.storedAt() < ttlNanos) {
                return CompletableFuture.completedFuture(cached.value());
            }
            entries.remove(key);
            CompletableFuture<V> pending = inFlight.get(key);
            if (pending != null) {
                return pending;
            }
            inFlight.put(key, result);
        }
        CompletableFuture<V> loading;
        try {
            loading = load.get();
        } catch (RuntimeException e) {
            loading = CompletableFuture.failedFuture(e);
        }
        loading.whenComplete((value, error) -> {
            synchronized (this) {
                inFlight.remove(key);
                if (error == null && keep.test(value)) {
                    entries.put(key, new Stored<>(value, nanoClock.getAsLong()));
                }
            }
            if (error == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(error);
            }
        });
        return result;
    }
}
