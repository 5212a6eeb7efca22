package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/policy}: the caller's policy in force (service levels, healthy thresholds and webhooks, every value
 * spelled out, webhook secrets masked; version 0 is the start-up configuration). {@code PUT /api/v1/policy[?by=]} with a whole policy: adopted as the
 * next version and applied by the running jobs from its {@code effective_from} on, or refused with 422 naming each
 * problem.
 */
final class TenantPolicyHandler {

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
        JsonNode body = JsonBody.object(
                ctx,
                mapper,
                book.fields(),
                "{\"sla\":{\"first_response\":\"4h\"},\"healthy\":{\"first_response_compliance\":0.9}}");
        ctx.json(book.adopt(tenant, body, By.ofParameter(ctx.queryParam("by"))));
    }
}
