package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code GET /api/health}: 200 {@code "ok"} when every component is up, else 503 {@code "down"}.
 * Checks run in parallel on virtual threads under one deadline, so a hung component is reported
 * down after the timeout instead of hanging the endpoint (and the load balancer probing it).
 */
final class HealthHandler implements Handler, AutoCloseable {

    private final List<HealthCheck> checks;
    private final Duration timeout;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("health-check-", 0).factory());

    HealthHandler(List<HealthCheck> checks, Duration timeout) {
        List<String> names = checks.stream().map(HealthCheck::name).toList();
        if (Set.copyOf(names).size() != names.size()) {
            throw new IllegalArgumentException("health check names must be unique, got " + names);
        }
        this.checks = List.copyOf(checks);
        this.timeout = timeout;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Component(String status, String detail) {}

    record Report(String status, Map<String, Component> components) {}

    @Override
    public void handle(Context ctx) {
        Report report = run();
        ctx.status(report.status().equals("ok") ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .json(report);
    }

    Report run() {
        Map<String, Future<HealthStatus>> running = new LinkedHashMap<>();
        checks.forEach(check -> running.put(check.name(), executor.submit(check::check)));
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Component> components = new LinkedHashMap<>();
        boolean allUp = true;
        for (Map.Entry<String, Future<HealthStatus>> entry : running.entrySet()) {
            HealthStatus status = await(entry.getValue(), deadline);
            allUp &= status.isUp();
            components.put(entry.getKey(), new Component(status.isUp() ? "up" : "down", status.detail()));
        }
        return new Report(allUp ? "ok" : "down", components);
    }

    private HealthStatus await(Future<HealthStatus> future, long deadline) {
        try {
            HealthStatus status = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return status == null ? HealthStatus.down("the check returned no status") : status;
        } catch (TimeoutException e) {
            future.cancel(true); // interrupt it: a probe every few seconds must not pile up hung threads
            return HealthStatus.down("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return HealthStatus.down(
                    cause.getMessage() != null
                            ? cause.getMessage()
                            : cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return HealthStatus.down("interrupted while waiting for the check");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
