package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/docs}: the OpenAPI document rendered once, at start, as one readable HTML page with its own
 * styles and no script, so it works offline and from the jar alone: every route with its parameters, body and
 * answers, then every schema with its fields.
 */
final class ApiDocsPage {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
              margin:0 auto;max-width:1100px;padding:24px;color:#1d2330}
            h1{margin-bottom:0}h2{border-bottom:2px solid #dde3ec;padding-bottom:4px;margin-top:40px}
            .route{border:1px solid #dde3ec;border-radius:6px;margin:18px 0;padding:10px 16px}
            .route h3{margin:4px 0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:16px}
            .m{display:inline-block;min-width:58px;border-radius:4px;color:#fff;text-align:center;margin-right:8px;
              font-size:13px;padding:1px 6px}
            .get{background:#2f7d32}.post{background:#1f5fb4}.patch{background:#a15c00}.delete{background:#b3261e}
            table{border-collapse:collapse;width:100%;margin:6px 0 10px}
            th,td{border-bottom:1px solid #e7ebf1;text-align:left;vertical-align:top;padding:4px 8px;font-size:14px}
            th{background:#f5f7fa}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
            .open{color:#6b7280;font-size:13px}nav a{margin-right:12px}""";

    private ApiDocsPage() {}

    static String render(JsonNode doc) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        JsonNode info = doc.path("info");
        html.append("<title>")
                .append(esc(info.path("title").asText()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        html.append("<h1>").append(esc(info.path("title").asText())).append("</h1>");
        html.append("<p>").append(esc(info.path("summary").asText())).append("</p>");
        html.append("<p>").append(esc(info.path("description").asText())).append("</p>");
        html.append("<nav><a href=\"#routes\">Routes</a><a href=\"#schemas\">Schemas</a>")
                .append("<a href=\"/api/openapi.json\">openapi.json</a></nav>");
        html.append("<h2 id=\"routes\">Routes</h2>");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                route(html, doc, path.getKey(), op.getKey(), op.getValue());
            }
        }
        html.append("<h2 id=\"schemas\">Schemas</h2>");
        for (Iterator<Map.Entry<String, JsonNode>> schemas =
                        doc.path("components").path("schemas").fields();
                schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            schema(html, schema.getKey(), schema.getValue());
        }
        return html.append("</body></html>").toString();
    }

    private static void route(StringBuilder html, JsonNode doc, String path, String method, JsonNode op) {
        html.append("<div class=\"route\"><h3><span class=\"m ")
                .append(esc(method))
                .append("\">")
                .append(esc(method.toUpperCase(Locale.ROOT)))
                .append("</span>")
                .append(esc(path))
                .append("</h3>");
        if (op.has("security") && op.path("security").isEmpty()) {
            html.append("<div class=\"open\">no token needed</div>");
        }
        html.append("<p><b>").append(esc(op.path("summary").asText())).append("</b></p>");
        if (op.has("description")) {
            html.append("<p>").append(esc(op.path("description").asText())).append("</p>");
        }
        if (op.path("parameters").size() > 0) {
            html.append("<table><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>meaning</th></tr>");
            for (JsonNode parameter : op.path("parameters")) {
                JsonNode p = resolve(doc, parameter);
                html.append("<tr><td><code>")
                        .append(esc(p.path("name").asText()))
                        .append("</code></td><td>")
                        .append(esc(p.path("in").asText()))
                        .append("</td><td>")
                        .append(p.path("required").asBoolean() ? "yes" : "no")
                        .append("</td><td>")
                        .append(type(p.path("schema")))
                        .append("</td><td>")
                        .append(esc(p.path("description").asText()))
                        .append("</td></tr>");
            }
            html.append("</table>");
        }
        JsonNode body = op.path("requestBody").path("content");
        if (!body.isMissingNode()) {
            html.append("<p>Body: ");
            body.fields()
                    .forEachRemaining(c -> html.append("<code>")
                            .append(esc(c.getKey()))
                            .append("</code> ")
                            .append(type(c.getValue().path("schema")))
                            .append(" "));
            html.append("</p>");
        }
        html.append("<table><tr><th>answer</th><th>meaning</th><th>body</th></tr>");
        op.path("responses").fields().forEachRemaining(r -> {
            JsonNode response = resolve(doc, r.getValue());
            StringBuilder bodies = new StringBuilder();
            response.path("content")
                    .fields()
                    .forEachRemaining(c -> bodies.append("<code>")
                            .append(esc(c.getKey()))
                            .append("</code> ")
                            .append(type(c.getValue().path("schema")))
                            .append("<br>"));
            html.append("<tr><td>")
                    .append(esc(r.getKey()))
                    .append("</td><td>")
                    .append(esc(response.path("description").asText()))
                    .append("</td><td>")
                    .append(bodies)
                    .append("</td></tr>");
        });
        html.append("</table></div>");
    }

    private static void schema(StringBuilder html, String name, JsonNode schema) {
        html.append("<h3 id=\"")
                .append(esc(name))
                .append("\">")
                .append(esc(name))
                .append("</h3>");
        if (schema.has("description")) {
            html.append("<p>").append(esc(schema.path("description").asText())).append("</p>");
        }
        JsonNode properties = schema.path("properties");
        if (properties.isEmpty()) {
            html.append("<p>").append(type(schema)).append("</p>");
            return;
        }
        html.append("<table><tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr>");
        properties.fields().forEachRemaining(field -> {
            boolean isRequired = false;
            for (JsonNode r : schema.path("required")) {
                isRequired |= r.asText().equals(field.getKey());
            }
            html.append("<tr><td><code>")
                    .append(esc(field.getKey()))
                    .append("</code></td><td>")
                    .append(type(field.getValue()))
                    .append("</td><td>")
                    .append(isRequired ? "yes" : "no")
                    .append("</td><td>")
                    .append(esc(field.getValue().path("description").asText()))
                    .append("</td></tr>");
        });
        html.append("</table>");
    }

    /** A schema in a few words: its $ref as a link, its enum, its type with items, its default. */
    private static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replaceFirst(".*/", "");
            return "<a href=\"#" + esc(name) + "\">" + esc(name) + "</a>";
        }
        StringBuilder text = new StringBuilder();
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.isNull() ? "null" : v.asText()));
            text.append("one of <code>").append(esc(String.join(", ", values))).append("</code>");
        } else if (schema.path("type").isArray()) {
            List<String> types = new ArrayList<>();
            schema.path("type").forEach(t -> types.add(t.asText()));
            text.append(esc(String.join(" or ", types)));
        } else {
            text.append(esc(schema.path("type").asText("")));
        }
        if (schema.has("items")) {
            text.append(" of ").append(type(schema.path("items")));
        }
        if (schema.has("format")) {
            text.append(" (").append(esc(schema.path("format").asText())).append(")");
        }
        if (schema.has("default")) {
            text.append(", default <code>")
                    .append(esc(schema.path("default").asText()))
                    .append("</code>");
        }
        return text.toString();
    }

    /** A parameter or response given as a $ref to components. */
    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = doc;
        for (String part : node.path("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    private static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
