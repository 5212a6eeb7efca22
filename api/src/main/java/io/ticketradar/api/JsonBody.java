package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads the small JSON object bodies of the decision and proposal routes; anything malformed is a 400 bad_body naming
 * the field.
 */
final class JsonBody {

    static final int MAX_BYTES = 16 * 1024;

    private JsonBody() {}

    /**
     * The body as a JSON object with only the given fields.
     *
     * @param example a valid body, for the message when it is not an object
     */
    static JsonNode object(Context ctx, ObjectMapper mapper, Set<String> fields, String example) {
        if (ctx.contentLength() > MAX_BYTES) {
            throw ApiException.payloadTooLarge("this body is at most " + MAX_BYTES + " bytes");
        }
        JsonNode body;
        try {
            body = mapper.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badBody(null, "body must be a JSON object such as " + example);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ApiException.badBody(
                        name,
                        "field '" + name + "' is not known; known: "
                                + String.join(", ", fields.stream().sorted().toList()));
            }
        }
        return body;
    }

    /** The required field naming one of {@code allowed} by its code. */
    static <C extends QueryParams.Choice> C choice(JsonNode body, String name, List<C> allowed) {
        JsonNode value = body.get(name);
        String codes =
                String.join(", ", allowed.stream().map(QueryParams.Choice::code).toList());
        if (value == null || !value.isTextual()) {
            throw ApiException.badBody(name, "field '" + name + "' is required: one of " + codes);
        }
        return allowed.stream()
                .filter(c -> c.code().equals(value.asText()))
                .findFirst()
                .orElseThrow(() -> ApiException.badBody(
                        name, "field '" + name + "' must be one of " + codes + ", not '" + value.asText() + "'"));
    }

    /** A text field, null when absent. */
    static String text(JsonNode body, String name, int max) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badBody(name, "field '" + name + "' must be a string");
        }
        if (value.asText().length() > max) {
            throw ApiException.badBody(name, "field '" + name + "' is longer than " + max + " characters");
        }
        return value.asText();
    }
}
