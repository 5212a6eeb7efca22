package io.ticketradar.pipelines.alerts;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

/** One endpoint that receives a tenant's alerts, in the given format. */
public record Webhook(URI url, WebhookFormat format) implements Serializable {

    public Webhook {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("webhook url must be http or https: " + redact(url));
        }
    }

    /** Host and path only: a WeCom robot URL carries its secret key in the query, which must never reach a log. */
    public String redacted() {
        return redact(url);
    }

    @Override
    public String toString() {
        return format + " " + redacted();
    }

    private static String redact(URI uri) {
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                + Objects.toString(uri.getHost(), "")
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + Objects.toString(uri.getPath(), "");
    }
}
