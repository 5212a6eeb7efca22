package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's URL with placeholders named for the ticket event's wire fields, e.g.
 * {@code https://crm.example/customers?phone={customer_phone}}. Each value is percent-encoded, so a ticket's text
 * cannot change the URL's shape.
 */
public final class UrlTemplate implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final String text;
    /** Literal text (String) and placeholders (Field), in order. */
    private final List<Object> parts;

    private record Field(String name) implements Serializable {}

    private UrlTemplate(String text, List<Object> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** @throws IllegalArgumentException when the template is not an http(s) URL with well-formed placeholders */
    public static UrlTemplate parse(String text) {
        List<Object> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        StringBuilder sample = new StringBuilder();
        while (m.find()) {
            parts.add(text.substring(at, m.start()));
            parts.add(new Field(m.group(1)));
            sample.append(text, at, m.start()).append('x');
            at = m.end();
        }
        parts.add(text.substring(at));
        sample.append(text.substring(at));
        if (sample.indexOf("{") >= 0 || sample.indexOf("}") >= 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' has a placeholder that is not {wire_field_name} (e.g. {customer_phone})");
        }
        URI uri;
        try {
            uri = URI.create(sample.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("'" + text + "' is not an http or https URL with a host");
        }
        return new UrlTemplate(text, List.copyOf(parts));
    }

    /** The URL for one event (its wire JSON); empty when the event lacks a field the URL needs, or has it null. */
    public Optional<URI> expand(JsonNode event) {
        StringBuilder url = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Field f) {
                JsonNode value = event.path(f.name());
                if (!value.isValueNode() || value.isNull() || value.asText().isEmpty()) {
                    return Optional.empty();
                }
                url.append(URLEncoder.encode(value.asText(), StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            } else {
                url.append((String) part);
            }
        }
        return Optional.of(URI.create(url.toString()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UrlTemplate t && t.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
