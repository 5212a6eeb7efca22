package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;

/**
 * Resolves the caller's tenant from {@code Authorization: Bearer <token>} before any {@code /api/v1}
 * handler runs. The tenant comes only from the token, never from a parameter or the body, so a
 * caller cannot name someone else's tenant. Registered as a before-matched filter: it runs for
 * every matched {@code /api/v1} route, while unknown paths and methods still get their 404/405.
 */
final class BearerAuth implements Handler {

    private static final String TENANT_ATTRIBUTE = "ticketradar.tenant";
    private static final String SCHEME = "Bearer ";

    private final TenantTokens tokens;

    BearerAuth(TenantTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw unauthorized(ctx, "missing bearer token: send 'Authorization: Bearer <token>'");
        }
        String tenant = tokens.tenantOf(header.substring(SCHEME.length()).strip())
                .orElseThrow(() -> unauthorized(ctx, "unknown bearer token"));
        ctx.attribute(TENANT_ATTRIBUTE, tenant);
    }

    private static UnauthorizedResponse unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer"); // RFC 6750: tells the client which scheme to use
        return new UnauthorizedResponse(message);
    }

    /** The authenticated tenant; only call from handlers behind this filter. */
    static String tenant(Context ctx) {
        String tenant = ctx.attribute(TENANT_ATTRIBUTE);
        if (tenant == null) {
            throw new IllegalStateException("no authenticated tenant on " + ctx.path());
        }
        return tenant;
    }

    /** The authenticated tenant, or null on routes without authentication (for logs). */
    static String tenantOrNull(Context ctx) {
        return ctx.attribute(TENANT_ATTRIBUTE);
    }
}
