package io.ticketradar.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How the API server listens and what it tolerates.
 *
 * @param host          interface to bind ({@code 0.0.0.0} for all, {@code 127.0.0.1} for local only)
 * @param port          TCP port; 0 picks a free one (tests), {@link ApiServer#start()} returns the bound port
 * @param maxBodyBytes  largest request body accepted; larger ones get 413 before any event is decoded
 * @param healthTimeout how long {@code /api/health} waits for each component before reporting it down
 */
public record ApiConfig(String host, int port, long maxBodyBytes, Duration healthTimeout) {

    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;

    public ApiConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(healthTimeout, "healthTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
        if (healthTimeout.isNegative() || healthTimeout.isZero()) {
            throw new IllegalArgumentException("healthTimeout must be positive: " + healthTimeout);
        }
    }

    /** All interfaces, port 8080, 32 MiB bodies, 2 s per health check. */
    public static ApiConfig defaults() {
        return new ApiConfig("0.0.0.0", 8080, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(2));
    }
}
