package io.ticketradar.api;

import io.javalin.http.Context;

import java.util.List;

/**
 * Which slice of a list a caller asked for: {@code limit} items after skipping {@code offset}. Every list the
 * API returns is paged the same way and says how many items there are in all ({@code total}).
 */
record Page(int limit, int offset) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    /** {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and {@code offset} (default 0). */
    static Page of(Context ctx) {
        return of(ctx, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** For lists that a screen normally shows whole (a heatmap's cells): a larger default and maximum. */
    static Page of(Context ctx, int defaultLimit, int maxLimit) {
        return new Page(
                QueryParams.integer(ctx, "limit", defaultLimit, 1, maxLimit),
                QueryParams.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    }

    /** The SQL that pages a query: append it, then add {@link #limit()} and {@link #offset()} to the arguments. */
    static final String SQL = " LIMIT ? OFFSET ?";

    /** The slice of an in-memory list this page covers (lists that are small and whole by nature). */
    <T> List<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), (long) offset);
        int to = (int) Math.min(all.size(), (long) from + limit);
        return all.subList(from, to);
    }
}
