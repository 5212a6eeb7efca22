package io.ticketradar.pipelines.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A real HTTP server on 127.0.0.1 with one path per behaviour: {@code /ok} and {@code /wecom} answer like
 * their receivers, {@code /flaky} fails twice with 503 before it answers, {@code /throttled} answers like a
 * rate-limited WeCom robot once, {@code /refuse} answers 400 and {@code /hang} never answers until closed.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Request(String path, String body, String contentType, String alertId, Instant at) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger throttledCalls = new AtomicInteger();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads); // one thread per exchange: a hung one cannot hold up the others
        server.createContext("/ok", exchange -> answer(exchange, 204, ""));
        server.createContext("/wecom", exchange -> answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
        server.createContext("/flaky", exchange -> answer(exchange, flakyCalls.incrementAndGet() <= 2 ? 503 : 200, ""));
        server.createContext(
                "/throttled",
                exchange -> answer(
                        exchange,
                        200,
                        throttledCalls.incrementAndGet() == 1
                                ? "{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}"
                                : "{\"errcode\":0,\"errmsg\":\"ok\"}"));
        server.createContext("/refuse", exchange -> answer(exchange, 400, "{\"error\":\"bad\"}"));
        server.createContext("/hang", exchange -> {
            record(exchange);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path + "?key=secret");
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange, int status, String body) throws IOException {
        record(exchange);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(
                exchange.getRequestURI().getPath(),
                body,
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst(WebhookDispatcher.ALERT_ID_HEADER),
                Instant.now()));
    }

    @Override
    public void close() throws InterruptedException {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Polls until the condition holds, failing after the timeout. */
    public static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(10);
        }
    }
}
