package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;

/**
 * Resolves the caller's tenant from {@code Authorization: Bearer <token>} before any {@code /api/v1}
 * handler runs. The tenant comes only from the token, never from a parameter or the body, so a
 * caller cannot name someone else's tenant. Registered as a before-matched filter: it runs for
 * every matched {@code /api/v1} route, while unknown paths and methods still get their 404/405.
 *
 * <p>A display token may only read (GET, HEAD): anything else is a 403. The event stream alone also takes the token as
 * {@code ?access_token=}, because a browser's EventSource cannot send headers; nothing logs query strings.
 */
final class BearerAuth implements Handler {

    /** The route whose token may come in the query string. */
    static final String STREAM_PATH = "/api/v1/stream";

    static final String ACCESS_TOKEN = "access_token";

    private static final String TENANT_ATTRIBUTE = "ticketradar.tenant";
    private static final String SCHEME = "Bearer ";

    private final TenantTokens tokens;

    BearerAuth(TenantTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void handle(Context ctx) {
        String token = presented(ctx);
        TenantTokens.Principal principal =
                tokens.principalOf(token).orElseThrow(() -> unauthorized(ctx, "unknown bearer token"));
        if (principal.role() == TenantTokens.Role.DISPLAY
                && ctx.method() != HandlerType.GET
                && ctx.method() != HandlerType.HEAD) {
            throw ApiException.forbidden("a display token may only read (GET); use a full token of the tenant");
        }
        ctx.attribute(TENANT_ATTRIBUTE, principal.tenantId());
    }

    private static String presented(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return header.substring(SCHEME.length()).strip();
        }
        String fromQuery = ctx.queryParam(ACCESS_TOKEN);
        if (fromQuery != null && isStream(ctx)) {
            return fromQuery;
        }
        throw unauthorized(ctx, "missing bearer token: send 'Authorization: Bearer <token>'");
    }

    private static boolean isStream(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint != null && STREAM_PATH.equals(endpoint.path);
    }

    private static ApiException unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer"); // RFC 6750: tells the client which scheme to use
        return ApiException.unauthorized(message);
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
