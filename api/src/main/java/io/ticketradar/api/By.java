package io.ticketradar.api;

import java.util.function.BiFunction;

/** Who did something, as people name themselves in a request; "api" when they do not. */
final class By {

    static final int MAX = 100;

    private By() {}

    /** From the {@code by} query parameter. */
    static String ofParameter(String given) {
        return of(given, ApiException::badParameter);
    }

    /** From the {@code by} body field. */
    static String ofField(String given) {
        return of(given, ApiException::badBody);
    }

    private static String of(String given, BiFunction<String, String, ApiException> refusal) {
        if (given == null || given.isBlank()) {
            return "api";
        }
        if (given.length() > MAX) {
            throw refusal.apply("by", "by is longer than " + MAX + " characters");
        }
        return given.strip();
    }
}
