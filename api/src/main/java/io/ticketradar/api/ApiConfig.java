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
 * @param streamPoll    how often the event stream looks for new rows in the warehouse (one cheap query for all
 *                      clients); a change reaches open streams within about this long of landing
 * @param heartbeat     how often a quiet event stream gets a comment, so proxies and clients keep it open
 */
public record ApiConfig(
        String host, int port, long maxBodyBytes, Duration healthTimeout, Duration streamPoll, Duration heartbeat) {

    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    public static final Duration DEFAULT_STREAM_POLL = Duration.ofMillis(300);
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    /** With the default stream poll and heartbeat. */
    public ApiConfig(String host, int port, long maxBodyBytes, Duration healthTimeout) {
        this(host, port, maxBodyBytes, healthTimeout, DEFAULT_STREAM_POLL, DEFAULT_HEARTBEAT);
    }

    public ApiConfig {
        Objects.requireNonNull(host, "host");
        positive(healthTimeout, "healthTimeout");
        positive(streamPoll, "streamPoll");
        positive(heartbeat, "heartbeat");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        }
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    /** All interfaces, port 8080, 32 MiB bodies, 2 s per health check. */
    public static ApiConfig defaults() {
        return new ApiConfig("0.0.0.0", 8080, DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(2));
    }
}
