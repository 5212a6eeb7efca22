package io.ticketradar.pipelines.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A policy's {@code webhooks}: {@code [{"format": "wecom", "url": "https://..."}]}. An address is never repeated in a
 * problem (it may carry a secret): problems name the entry by its index.
 */
final class PolicyWebhooks {

    private static final Set<String> FIELDS = Set.of("format", "url");
    private static final String FORMATS = Arrays.stream(WebhookFormat.values())
            .map(f -> f.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    private PolicyWebhooks() {}

    /**
     * @param inForce the webhooks a masked address may stand for
     * @return the webhooks read, in order; none when {@code value} is absent
     */
    static List<Webhook> read(JsonNode value, List<Webhook> inForce, List<String> problems) {
        List<Webhook> webhooks = new ArrayList<>();
        if (value == null || value.isNull()) {
            return webhooks;
        }
        if (!value.isArray()) {
            problems.add("webhooks must be a list such as [{\"format\":\"wecom\",\"url\":\"https://...\"}]");
            return webhooks;
        }
        for (int i = 0; i < value.size(); i++) {
            read(value.get(i), "webhooks[" + i + "]", inForce, problems).ifPresent(webhooks::add);
        }
        return webhooks;
    }

    static ArrayNode write(List<Webhook> webhooks, Function<Webhook, String> address) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (Webhook w : webhooks) {
            list.addObject()
                    .put("format", w.format().name().toLowerCase(Locale.ROOT))
                    .put("url", address.apply(w));
        }
        return list;
    }

    private static Optional<Webhook> read(JsonNode entry, String where, List<Webhook> inForce, List<String> problems) {
        if (!entry.isObject()) {
            problems.add(where + " must be an object of format and url");
            return Optional.empty();
        }
        entry.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                problems.add(where + "." + name + " is not a webhook field (format, url)");
            }
        });
        WebhookFormat format = format(entry.get("format"), where, problems);
        JsonNode url = entry.get("url");
        if (url == null || !url.isTextual()) {
            problems.add(where + ".url must be the http(s) address the alerts are posted to");
            return Optional.empty();
        }
        if (Webhook.isMasked(url.asText())) {
            Optional<Webhook> kept = inForce.stream()
                    .filter(w -> w.masked().equals(url.asText()))
                    .findFirst();
            if (kept.isEmpty()) {
                problems.add(where + ".url is masked (" + Webhook.MASK + ") but masks no webhook in force:"
                        + " send the whole address");
                return Optional.empty();
            }
            return format == null
                    ? Optional.empty()
                    : Optional.of(new Webhook(kept.get().url(), format));
        }
        try {
            URI uri = new URI(url.asText());
            if (uri.getHost() == null) {
                throw new URISyntaxException(url.asText(), "no host");
            }
            return format == null ? Optional.empty() : Optional.of(new Webhook(uri, format));
        } catch (URISyntaxException | IllegalArgumentException e) {
            problems.add(where + ".url is not an http(s) address with a host");
            return Optional.empty();
        }
    }

    private static WebhookFormat format(JsonNode value, String where, List<String> problems) {
        if (value != null && value.isTextual()) {
            for (WebhookFormat f : WebhookFormat.values()) {
                if (f.name().equalsIgnoreCase(value.asText())) {
                    return f;
                }
            }
        }
        problems.add(where + ".format must be one of " + FORMATS);
        return null;
    }
}
