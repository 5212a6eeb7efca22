package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Clock;

/**
 * {@code GET /api/v1/dispatch/rules}: the caller's dispatch rules in force. {@code PUT /api/v1/dispatch/rules[?by=]}
 * with a whole rule set ({@code {"rules":[...],"streak":{...}}}): adopted through the {@link DispatchRuleBook} as the
 * next version, or refused with 422 naming each problem. {@code GET /api/v1/dispatch/rules/{version}/effect}: what a
 * version did while in force, against the same length of time before it ({@link DispatchEffect}).
 */
final class DispatchRulesHandler {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final DispatchRuleBook book;
    private final DispatchEffect effects;
    private final ObjectMapper mapper;
    private final Clock clock;

    DispatchRulesHandler(DispatchRuleBook book, DispatchEffect effects, ObjectMapper mapper, Clock clock) {
        this.book = book;
        this.effects = effects;
        this.mapper = mapper;
        this.clock = clock;
    }

    void effect(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String text = ctx.pathParam("version");
        long version;
        try {
            version = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("version", "version must be a rule version number, not '" + text + "'");
        }
        ctx.json(effects.of(tenant, version, null, clock.instant())
                .orElseThrow(() -> ApiException.notFound("no dispatch rules version " + version)));
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
