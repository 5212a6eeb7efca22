package io.ticketradar.pipelines.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The one JSON form of an alert, shared by the alerts topic and the generic webhook. */
public final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlertJson() {}

    public static ObjectNode toNode(Alert alert) {
        ObjectNode node = MAPPER.createObjectNode()
                .put("alert_id", alert.alertId())
                .put("tenant_id", alert.tenantId())
                .put("kind", alert.kind().name())
                .put("raised_at", alert.raisedAt().toString())
                .put("day", alert.day().toString())
                .put("title", alert.title())
                .put("detail", alert.detail());
        node.set("payload", parse(alert.payload()));
        return node;
    }

    public static String toJson(Alert alert) {
        return toNode(alert).toString();
    }

    private static ObjectNode parse(String payload) {
        try {
            return (ObjectNode) MAPPER.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("alert payload is not a JSON object: " + payload, e);
        }
    }
}
