package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;

/**
 * Resolves the caller's tenant from {@code Authorization: Bearer <token>} before any {@code /api/v1}
 * handler runs. A tenant's token gives its tenant, never another: a {@code ?tenant=} naming another tenant is a 403.
 * A group's token reads one of its tenants named by {@code ?tenant=} (any other is a 403, and it never writes to a
 * tenant: that takes the tenant's own token), and alone answers the routes of {@link Audience#GROUP} (roll-ups,
 * knowledge review), and only for its own group. Registered as a before-matched filter: it runs for every matched
 * {@code /api/v1} route, while unknown paths and methods still get their 404/405.
 *
 * <p>A display token may only read (GET, HEAD): anything else is a 403. The event stream alone also takes the token as
 * {@code ?access_token=}, because a browser's EventSource cannot send headers; nothing logs query strings.
 */
final class BearerAuth implements Handler {

    /** The route whose token may come in the query string. */
    static final String STREAM_PATH = "/api/v1/stream";

    static final String ACCESS_TOKEN = "access_token";

    /** How a group's token names the tenant it reads on a tenant's route. */
    static final String TENANT_PARAMETER = "tenant";

    /** The path parameter of the group routes. */
    static final String GROUP_PARAMETER = "group_id";

    private static final String TENANT_ATTRIBUTE = "ticketradar.tenant";
    private static final String PRINCIPAL_ATTRIBUTE = "ticketradar.principal";
    private static final String SCHEME = "Bearer ";

    private final TenantTokens tokens;
    private final TenantGroups groups;

    BearerAuth(TenantTokens tokens, TenantGroups groups) {
        this.tokens = tokens;
        this.groups = groups;
    }

    @Override
    public void handle(Context ctx) {
        String token = presented(ctx);
        TenantTokens.Principal principal =
                tokens.principalOf(token).orElseThrow(() -> unauthorized(ctx, "unknown bearer token"));
        if (principal.role() == TenantTokens.Role.DISPLAY
                && ctx.method() != HandlerType.GET
                && ctx.method() != HandlerType.HEAD) {
            throw ApiException.forbidden("a display token may only read (GET); use a full token");
        }
        ctx.attribute(PRINCIPAL_ATTRIBUTE, principal);
        boolean group = principal.scope() == TenantTokens.Scope.GROUP;
        if (ctx.routeRoles().contains(Audience.GROUP)) {
            if (!group) {
                throw ApiException.forbidden("this route answers a group's token, not a tenant's");
            }
            String named = ctx.pathParamMap().get(GROUP_PARAMETER);
            if (named != null && !named.equals(principal.id())) {
                throw ApiException.forbidden("this token is group '" + principal.id() + "'s, not '" + named + "''s");
            }
            return;
        }
        if (group && ctx.routeRoles().contains(Audience.TENANT_OR_GROUP) && ctx.queryParam(TENANT_PARAMETER) == null) {
            return; // the group as a whole
        }
        ctx.attribute(TENANT_ATTRIBUTE, group ? tenantOfGroup(ctx, principal) : ownTenant(ctx, principal));
    }

    private static String ownTenant(Context ctx, TenantTokens.Principal principal) {
        String named = ctx.queryParam(TENANT_PARAMETER);
        if (named != null && !named.equals(principal.id())) {
            throw ApiException.forbidden("a tenant's token answers for its own tenant only");
        }
        return principal.id();
    }

    private String tenantOfGroup(Context ctx, TenantTokens.Principal principal) {
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            throw ApiException.forbidden(
                    "a group's token only reads its tenants; writing takes the tenant's own token");
        }
        String named = ctx.queryParam(TENANT_PARAMETER);
        if (named == null || named.isBlank()) {
            throw ApiException.badParameter(
                    TENANT_PARAMETER,
                    "a group's token names the tenant it reads: ?tenant=<one of "
                            + String.join(", ", groups.tenantsOf(principal.id())) + ">");
        }
        if (!groups.contains(principal.id(), named)) {
            throw ApiException.forbidden("tenant '" + named + "' is not in group '" + principal.id() + "'");
        }
        return named;
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

    /** Who presented the token; only call from handlers behind this filter. */
    static TenantTokens.Principal principal(Context ctx) {
        TenantTokens.Principal principal = ctx.attribute(PRINCIPAL_ATTRIBUTE);
        if (principal == null) {
            throw new IllegalStateException("no authenticated principal on " + ctx.path());
        }
        return principal;
    }

    /**
     * The authenticated tenant, or null on routes without authentication (for logs) and where a group's token reads
     * its group as a whole.
     */
    static String tenantOrNull(Context ctx) {
        return ctx.attribute(TENANT_ATTRIBUTE);
    }
}
