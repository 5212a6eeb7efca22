package io.ticketradar.pipelines.enrichment;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();

    private CompletableFuture<String> load(String value) {
        loads.incrementAndGet();
        return CompletableFuture.completedFuture(value);
    }

    @Test
    void aKeptAnswerIsReusedUntilItsTimeIsUp() {
        ResponseCache<String, String> cache = new ResponseCache<>(10, Duration.ofSeconds(60), now::get);
        assertEquals("a1", cache.get("k", () -> load("a1"), v -> true).join());
        now.addAndGet(Duration.ofSeconds(59).toNanos());
        assertEquals("a1", cache.get("k", () -> load("a2"), v -> true).join());
        assertEquals(1, loads.get());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertEquals("a3", cache.get("k", () -> load("a3"), v -> true).join(), "expired at exactly the ttl");
        assertEquals(2, loads.get());
    }

    @Test
    void anAnswerNotToBeKeptIsAskedAgain() {
        ResponseCache<String, String> cache = new ResponseCache<>(10, Duration.ofSeconds(60), now::get);
        cache.get("k", () -> load("timeout"), v -> !v.equals("timeout")).join();
        assertEquals(
                "ok",
                cache.get("k", () -> load("ok"), v -> !v.equals("timeout")).join());
        assertEquals("ok", cache.get("k", () -> load("again"), v -> true).join());
        assertEquals(2, loads.get());
    }

    @Test
    void theLeastRecentlyUsedLeavesFirst() {
        ResponseCache<String, String> cache = new ResponseCache<>(2, Duration.ofSeconds(60), now::get);
        cache.get("a", () -> load("a"), v -> true).join();
        cache.get("b", () -> load("b"), v -> true).join();
        cache.get("a", () -> load("a!"), v -> true).join(); // a used after b
        cache.get("c", () -> load("c"), v -> true).join(); // b leaves
        assertEquals(3, loads.get());
        assertEquals("a", cache.get("a", () -> load("a2"), v -> true).join());
        assertEquals("c", cache.get("c", () -> load("c2"), v -> true).join());
        assertEquals(3, loads.get());
        assertEquals("b2", cache.get("b", () -> load("b2"), v -> true).join());
        assertEquals(4, loads.get());
    }

    @Test
    void concurrentLookupsOfOneKeyShareOneRequest() {
        ResponseCache<String, String> cache = new ResponseCache<>(10, Duration.ofSeconds(60), now::get);
        CompletableFuture<String> request = new CompletableFuture<>();
        AtomicInteger requests = new AtomicInteger();
        CompletableFuture<String> first = cache.get(
                "k",
                () -> {
                    requests.incrementAndGet();
                    return request;
                },
                v -> true);
        CompletableFuture<String> second = cache.get("k", () -> load("second"), v -> true);
        CompletableFuture<String> other = cache.get("other", () -> load("other"), v -> true);
        assertSame(first, second);
        assertFalse(first.isDone());
        assertEquals("other", other.join(), "another key is not held up");
        request.complete("shared");
        assertEquals("shared", second.join());
        assertEquals(1, requests.get());
        assertEquals(1, loads.get(), "only the other key loaded");
        assertEquals("shared", cache.get("k", () -> load("third"), v -> true).join());
    }

    @Test
    void aFailedRequestIsSharedButNotKept() {
        ResponseCache<String, String> cache = new ResponseCache<>(10, Duration.ofSeconds(60), now::get);
        CompletableFuture<String> request = new CompletableFuture<>();
        CompletableFuture<String> first = cache.get("k", () -> request, v -> true);
        CompletableFuture<String> second = cache.get("k", () -> load("x"), v -> true);
        request.completeExceptionally(new IllegalStateException("down"));
        assertTrue(first.isCompletedExceptionally());
        assertTrue(second.isCompletedExceptionally());
        assertEquals("up", cache.get("k", () -> load("up"), v -> true).join());
    }
}
