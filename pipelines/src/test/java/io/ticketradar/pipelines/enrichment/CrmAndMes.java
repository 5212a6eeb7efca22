package io.ticketradar.pipelines.enrichment;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real local HTTP server playing a tenant's CRM ({@code /crm/customers?phone=...}) and MES
 * ({@code /mes/devices/<sn>}), answering by the phone or serial number asked for: well, slowly (beyond any test
 * timeout), with 500 once then well, with 503 always, 404, 401, a redirect, or something that is not JSON. It
 * records each request's path and query and whether it carried the expected secret header.
 */
final class CrmAndMes implements AutoCloseable {

    /** How long the slow CRM takes to answer: beyond the test's request timeout. */
    private static final long SLOW_MS = 6000;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String expectedAuthorization;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> unauthorised = new CopyOnWriteArrayList<>();

    private CrmAndMes(String expectedAuthorization) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Starts the server; every request is to carry {@code Authorization: <expectedAuthorization>}. */
    static CrmAndMes start(String expectedAuthorization) throws IOException {
        return new CrmAndMes(expectedAuthorization);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Requests for one key (a phone number or a serial number, as the URL ends with it). */
    int hits(String key) {
        AtomicInteger n = hits.get(key);
        return n == null ? 0 : n.get();
    }

    int allHits() {
        return hits.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Requests that came without the secret header, or with another value. */
    List<String> unauthorised() {
        return List.copyOf(unauthorised);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String raw = uri.getRawQuery() != null ? uri.getRawQuery() : uri.getRawPath();
            String key = raw.substring(Math.max(raw.lastIndexOf('='), raw.lastIndexOf('/')) + 1);
            int n = hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorised.add(uri.toString());
                send(exchange, 401, "{}");
                return;
            }
            switch (key) {
                case "13800000001" -> send(exchange, 200, "{\"tier\":\"gold\",\"owner\":{\"name\":\"王经理\"}}");
                case "13800000002" -> {
                    sleep(SLOW_MS);
                    send(exchange, 200, "{\"tier\":\"late\"}");
                }
                case "13800000003" -> send(exchange, 404, "{\"error\":\"no such customer\"}");
                case "13800000004" -> send(exchange, 503, "busy");
                case "SN-OK" -> send(exchange, 200, "{\"line\":\"L3\",\"batch\":{\"id\":\"B24\"},\"lots\":[\"x\"]}");
                case "SN-FLAKY" -> {
                    if (n == 1) {
                        send(exchange, 500, "oops");
                    } else {
                        send(exchange, 200, "{\"line\":\"L7\"}");
                    }
                }
                case "SN-BAD" -> send(exchange, 200, "<html>maintenance</html>");
                case "SN-DENIED" -> send(exchange, 401, "{}");
                case "SN-MOVED" -> {
                    exchange.getResponseHeaders().add("Location", baseUrl() + "/mes/devices/SN-OK");
                    send(exchange, 302, "");
                }
                default -> send(exchange, 404, "{}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
