package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * Asks a source over HTTP and reads its answer with the source's field mapping. A request that times out, breaks or
 * gets a 5xx is retried (up to {@link #ATTEMPTS} requests in all, a short pause between); a 4xx is the source's
 * final word, and a redirect is not followed (the secret header would go to wherever it points). Nothing here logs
 * or reports the secret header, nor the URL (it holds the customer's phone or the like).
 */
final class SourceFetcher implements AutoCloseable {

    /** Requests per lookup: the first and two retries. */
    static final int ATTEMPTS = 3;
    /** The pause before the n-th retry is n times this. */
    static final Duration BACKOFF = Duration.ofMillis(100);

    private static final Logger LOG = LoggerFactory.getLogger(SourceFetcher.class);

    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    SourceFetcher(Duration connectTimeout) {
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .build();
    }

    /** The longest a lookup can take: every attempt timing out, with the pauses between. */
    static Duration worstCase(Duration timeout) {
        return timeout.multipliedBy(ATTEMPTS).plus(BACKOFF.multipliedBy((long) ATTEMPTS * (ATTEMPTS - 1) / 2));
    }

    /** Never completes exceptionally: every way a lookup can end is an {@link Answer}. */
    CompletableFuture<Answer> fetch(String sourceName, URI url, EnrichmentSource source, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header(source.header().name(), source.header().value())
                .GET()
                .build();
        return attempt(sourceName, request, source.fields(), 1);
    }

    private CompletableFuture<Answer> attempt(String sourceName, HttpRequest request, FieldMapping fields, int n) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                        if (cause instanceof IOException && n < ATTEMPTS) {
                            return retry(sourceName, request, fields, n);
                        }
                        EnrichmentOutcome outcome = cause instanceof HttpTimeoutException
                                ? EnrichmentOutcome.TIMEOUT
                                : EnrichmentOutcome.FAILED;
                        LOG.warn(
                                "{} lookup gave up after {} request(s): {}",
                                sourceName,
                                n,
                                cause.getClass().getSimpleName());
                        return CompletableFuture.completedFuture(Answer.without(outcome, 0, n));
                    }
                    if (response.statusCode() >= 500 && n < ATTEMPTS) {
                        return retry(sourceName, request, fields, n);
                    }
                    return CompletableFuture.completedFuture(read(sourceName, response, fields, n));
                })
                .thenCompose(answer -> answer);
    }

    private CompletableFuture<Answer> retry(String sourceName, HttpRequest request, FieldMapping fields, int n) {
        return CompletableFuture.runAsync(
                        () -> {}, CompletableFuture.delayedExecutor(BACKOFF.toMillis() * n, TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> attempt(sourceName, request, fields, n + 1));
    }

    private Answer read(String sourceName, HttpResponse<String> response, FieldMapping fields, int attempts) {
        int status = response.statusCode();
        if (status == 404) {
            return Answer.without(EnrichmentOutcome.NOT_FOUND, status, attempts);
        }
        if (status < 200 || status >= 300) {
            LOG.warn("{} lookup failed with HTTP {} after {} request(s)", sourceName, status, attempts);
            return Answer.without(EnrichmentOutcome.FAILED, status, attempts);
        }
        Map<String, String> mapped;
        try {
            JsonNode answer = json.readTree(response.body());
            mapped = answer == null ? Map.of() : fields.apply(answer);
        } catch (JsonProcessingException e) {
            mapped = Map.of();
        }
        if (mapped.isEmpty()) {
            LOG.warn("{} answered HTTP {} with no JSON holding the mapped fields", sourceName, status);
            return Answer.without(EnrichmentOutcome.MALFORMED, status, attempts);
        }
        return new Answer(EnrichmentOutcome.ENRICHED, mapped, status, attempts);
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
