package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Runs after every request, errors included: times it into {@code http_server_requests_seconds}
 * by method, route and status, and logs it at debug with the tenant. The route tag is the matched
 * route's template ({@code /api/v1/tickets/{ticket_id}/events}), never the raw path, so ticket ids
 * and probing for random paths cannot blow up the number of time series.
 */
final class RequestObserver implements RequestLogger {

    private static final Logger LOG = LoggerFactory.getLogger(RequestObserver.class);
    private static final String UNMATCHED = "unmatched";

    private final MeterRegistry registry;

    RequestObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void handle(Context ctx, Float executionMillis) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? UNMATCHED : endpoint.path;
        Timer.builder("http.server.requests")
                .description("HTTP requests served by the API")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(Duration.ofNanos((long) (executionMillis * 1_000_000)));
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} tenant={} status={} {} ms",
                    ctx.method().name(),
                    ctx.path(),
                    BearerAuth.tenantOrNull(ctx),
                    ctx.statusCode(),
                    String.format("%.1f", executionMillis));
        }
    }
}
