package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;

/**
 * {@code GET /api/v1/dispatch/rules}: the caller's dispatch rules in force. {@code PUT /api/v1/dispatch/rules[?by=]}
 * with a whole rule set ({@code {"rules":[...],"streak":{...}}}): adopted through the {@link DispatchRuleBook} as the
 * next version, or refused with 422 naming each problem.
 */
final class DispatchRulesHandler {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final DispatchRuleBook book;
    private final ObjectMapper mapper;

    DispatchRulesHandler(DispatchRuleBook book, ObjectMapper mapper) {
        this.book = book;
        this.mapper = mapper;
    }

    void get(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        ctx.json(book.current(tenant)
                .orElseThrow(() -> ApiException.notFound(
                        "no dispatch rules yet: PUT a rule set to /api/v1/dispatch/rules to start dispatching")));
    }

    void put(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        JsonNode body = body(ctx);
        ctx.json(book.adopt(tenant, inForce -> body, By.ofParameter(ctx.queryParam("by"))));
    }

    private JsonNode body(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge("a rule set is at most " + MAX_BODY_BYTES + " bytes");
        }
        try {
            JsonNode body = mapper.readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw notARuleSet();
            }
            return body;
        } catch (IOException e) {
            throw notARuleSet();
        }
    }

    private static ApiException notARuleSet() {
        return ApiException.badBody(
                null,
                "body must be a JSON object such as {\"rules\":[{\"kind\":\"batch\",\"sn_prefix\":\"A7K2\","
                        + "\"team\":\"TECH-A7\"}]}");
    }
}
