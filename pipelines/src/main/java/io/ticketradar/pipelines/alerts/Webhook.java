package io.ticketradar.pipelines.alerts;

import java.io.Serializable;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/** One endpoint that receives a tenant's alerts, in the given format. */
public record Webhook(URI url, WebhookFormat format) implements Serializable {

    public static final String MASK = "***";
    /** A path segment of 16 or more token characters (letters, digits, '-', '_'). */
    private static final Pattern TOKEN = Pattern.compile("/[A-Za-z0-9_-]{16,}(?=/|$)");

    private static final Pattern QUERY_VALUE = Pattern.compile("=[^&]*");

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

    /**
     * The address as the API answers it: what could be a secret replaced by {@value #MASK} (user info, every query
     * value, and path segments that look like tokens, as Feishu and Slack robots carry theirs), the rest kept so a
     * person can tell the endpoints apart and send the masked address back to keep the secret.
     */
    public String masked() {
        StringBuilder masked = new StringBuilder(url.getScheme()).append("://");
        if (url.getRawUserInfo() != null) {
            masked.append(MASK).append('@');
        }
        masked.append(Objects.toString(url.getHost(), ""));
        if (url.getPort() >= 0) {
            masked.append(':').append(url.getPort());
        }
        String path = Objects.toString(url.getRawPath(), "");
        masked.append(TOKEN.matcher(path).replaceAll("/" + MASK));
        if (url.getRawQuery() != null) {
            masked.append('?').append(QUERY_VALUE.matcher(url.getRawQuery()).replaceAll("=" + MASK));
        }
        return masked.toString();
    }

    /** Whether {@code address} is a masked one, to be matched with {@link #masked()} rather than used. */
    public static boolean isMasked(String address) {
        return address.contains(MASK);
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
