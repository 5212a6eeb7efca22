package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /api/v1/patterns/{pattern_id}}: one of the caller's patterns. Another tenant's pattern gets the same
 * 404 as one that does not exist.
 */
final class PatternHandler implements Handler {

    private final Patterns patterns;

    PatternHandler(Patterns patterns) {
        this.patterns = patterns;
    }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("pattern_id");
        ctx.json(patterns.find(BearerAuth.tenant(ctx), id).orElseThrow(() -> notFound(id)));
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("pattern '" + id + "' not found");
    }
}
