package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operations a served OpenAPI document declares, with their parameters and request body schemas resolved, and for
 * each an ordinary value derived from its schema: what a walk over every route needs so that a route added to the
 * document is walked without a test naming it.
 */
final class OpenApiOperations {

    /** A value no schema of the document has a use for; stands for "an id nobody has". */
    static final String ORDINARY_ID = "probe-1";

    private static final String ORDINARY_DATE = "2026-01-05";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode doc;

    OpenApiOperations(JsonNode doc) {
        this.doc = doc;
    }

    /**
     * @param name     as declared, also the key in the path template ({@code {name}}) or the query string
     * @param inPath   a path parameter, else a query parameter
     * @param schema   resolved: no {@code $ref} at its top
     */
    record Parameter(String name, boolean inPath, boolean required, JsonNode schema) {

        boolean isInteger() {
            return hasType(schema, "integer") || hasType(schema, "number");
        }

        boolean isDate() {
            return "date".equals(schema.path("format").asText())
                    || "date".equals(schema.path("items").path("format").asText());
        }
    }

    /**
     * @param open         declares no security: answers without a token
     * @param eventStream  answers a Server-Sent Events stream (so asks for {@code Accept: text/event-stream})
     * @param body         the resolved request body schema, null when the operation takes no body
     * @param bodyRequired whether a request without a body is malformed
     */
    record Operation(
            String method,
            String path,
            List<Parameter> parameters,
            boolean open,
            boolean eventStream,
            JsonNode body,
            boolean bodyRequired) {

        String name() {
            return method + " " + path;
        }
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(op -> {
                    JsonNode operation = op.getValue();
                    List<Parameter> parameters = new ArrayList<>();
                    operation.path("parameters").forEach(p -> {
                        JsonNode parameter = resolve(p);
                        parameters.add(new Parameter(
                                parameter.path("name").asText(),
                                "path".equals(parameter.path("in").asText()),
                                parameter.path("required").asBoolean(false),
                                resolve(parameter.path("schema"))));
                    });
                    JsonNode requestBody = resolve(operation.path("requestBody"));
                    JsonNode bodySchema =
                            requestBody.path("content").path("application/json").path("schema");
                    operations.add(new Operation(
                            op.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            List.copyOf(parameters),
                            operation.has("security")
                                    && operation.path("security").isEmpty(),
                            operation
                                    .path("responses")
                                    .path("200")
                                    .path("content")
                                    .has("text/event-stream"),
                            bodySchema.isMissingNode() ? null : resolve(bodySchema),
                            requestBody.path("required").asBoolean(false)));
                }));
        return operations;
    }

    /** An ordinary value of a parameter as its schema describes it: a default, the first choice, a date, an id. */
    String ordinary(Parameter parameter) {
        return ordinaryText(parameter.schema());
    }

    private String ordinaryText(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.path("enum").get(0).asText();
        }
        if (s.has("default")) {
            return s.path("default").asText();
        }
        if (hasType(s, "array")) {
            return ordinaryText(s.path("items"));
        }
        if ("date".equals(s.path("format").asText())) {
            return ORDINARY_DATE;
        }
        if (hasType(s, "integer") || hasType(s, "number")) {
            return s.has("minimum") ? s.path("minimum").asText() : "1";
        }
        if (hasType(s, "boolean")) {
            return "false";
        }
        return ORDINARY_ID;
    }

    /** An ordinary JSON value of a schema: an object holds its required properties only. */
    JsonNode ordinaryJson(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        if (hasType(s, "object") || s.has("properties")) {
            ObjectNode object = JSON.objectNode();
            s.path("required")
                    .forEach(name -> object.set(
                            name.asText(), ordinaryJson(s.path("properties").path(name.asText()))));
            return object;
        }
        if (hasType(s, "array")) {
            ArrayNode array = JSON.arrayNode();
            array.add(ordinaryJson(s.path("items")));
            return array;
        }
        if (hasType(s, "integer") || hasType(s, "number")) {
            return JSON.numberNode(s.path("minimum").asLong(1));
        }
        if (hasType(s, "boolean")) {
            return JSON.booleanNode(false);
        }
        return JSON.textNode(ordinaryText(s));
    }

    /** The schema of an object's (or an array's objects') properties; empty when it has none. */
    JsonNode properties(JsonNode schema) {
        JsonNode s = resolve(schema);
        return hasType(s, "array") ? resolve(s.path("items")).path("properties") : s.path("properties");
    }

    /** Follows {@code $ref}s within the document. */
    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n.has("$ref")) {
            n = doc.at(n.path("$ref").asText().substring(1));
        }
        return n;
    }

    /** {@code type} is a name or a list of names ({@code ["integer", "null"]}). */
    private static boolean hasType(JsonNode schema, String type) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode each : t) {
                if (type.equals(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(t.asText());
    }
}
