package io.ticketradar.app;

import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.StarterRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The demo tenants' starter dispatch rules ({@link StarterRules}), PUT through the API as a person would, so the
 * demo's tickets are dispatched and the rules are stored, versioned and published like any other set. A tenant that
 * already has rules (a restarted demo, or rules changed since) keeps them.
 */
final class DemoDispatchRules {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDispatchRules.class);
    static final String RULES_PATH = "/api/v1/dispatch/rules";
    static final String ADOPTED_BY = "demo";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private DemoDispatchRules() {}

    /** @param tokens a full token per demo tenant */
    static void adopt(String apiUrl, Map<String, String> tokens) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        String rules = StarterRules.of(Catalogue.standard()).toString();
        tokens.forEach((tenant, token) -> {
            int inForce = send(http, request(apiUrl + RULES_PATH, token).GET(), tenant)
                    .statusCode();
            if (inForce == 200) {
                LOG.info("demo tenant {} keeps its dispatch rules in force", tenant);
                return;
            }
            HttpResponse<String> put = send(
                    http,
                    request(apiUrl + RULES_PATH + "?by=" + ADOPTED_BY, token)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(rules)),
                    tenant);
            if (put.statusCode() != 200) {
                throw new IllegalStateException("the demo's starter dispatch rules of " + tenant + " were refused ("
                        + put.statusCode() + "): " + put.body());
            }
            LOG.info("demo tenant {} dispatches by the starter rules", tenant);
        });
    }

    private static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, String tenant) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot reach the API for " + tenant + "'s dispatch rules: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adopting " + tenant + "'s dispatch rules", e);
        }
    }
}
