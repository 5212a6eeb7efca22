package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;

/**
 * {@code GET /api/v1/policy}: the caller's policy in force (service levels and healthy thresholds, every value spelled
 * out; version 0 is the start-up configuration). {@code PUT /api/v1/policy[?by=]} with a whole policy: adopted as the
 * next version and applied by the running jobs from its {@code effective_from} on, or refused with 422 naming each
 * problem.
 */
final class TenantPolicyHandler {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final TenantPolicyBook book;
    private final ObjectMapper mapper;

    TenantPolicyHandler(TenantPolicyBook book, ObjectMapper mapper) {
        this.book = book;
        this.mapper = mapper;
    }

    void get(Context ctx) {
        ctx.json(book.current(BearerAuth.tenant(ctx)));
    }

    void put(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge("a policy is at most " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode body;
        try {
            body = mapper.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw ApiException.badBody(
                    null, "body must be a JSON object such as {\"sla\":{\"first_response\":\"4h\"},\"healthy\":{}}");
        }
        ctx.json(book.adopt(tenant, body, By.ofParameter(ctx.queryParam("by"))));
    }
}
