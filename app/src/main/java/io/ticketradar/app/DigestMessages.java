package io.ticketradar.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.api.Digest;
import io.ticketradar.api.DigestMarkdown;
import io.ticketradar.api.Digests;
import io.ticketradar.pipelines.alerts.WebhookFormat;

/** A digest as a webhook receives it, in the webhook's format: WeCom markdown, or the digest's JSON. */
final class DigestMessages {

    /** What a JSON receiver finds in {@code type}, to tell a digest from an alert. */
    static final String TYPE = "morning_digest";

    private static final ObjectMapper MAPPER = Digests.mapper();

    private DigestMessages() {}

    static String render(Digest digest, WebhookFormat format) {
        return switch (format) {
            case WECOM -> {
                ObjectNode message = MAPPER.createObjectNode().put("msgtype", "markdown");
                message.putObject("markdown").put("content", DigestMarkdown.render(digest, true));
                yield message.toString();
            }
            case JSON -> {
                ObjectNode message = MAPPER.createObjectNode().put("type", TYPE);
                message.setAll((ObjectNode) MAPPER.valueToTree(digest));
                yield message.toString();
            }
        };
    }

    /** The id receivers can de-duplicate on (the dispatcher sends it as X-TicketRadar-Alert-Id). */
    static String id(Digest digest) {
        return "digest:" + digest.date();
    }
}
