package io.ticketradar.api;

import io.javalin.security.RouteRole;

/**
 * Whom an {@code /api/v1} route answers, as a Javalin route role that {@link BearerAuth} reads. A route without one
 * answers a tenant: a tenant's token, or a group's token naming one of its tenants with {@code ?tenant=} (reading).
 */
enum Audience implements RouteRole {
    /** Only a group's token; a {@code {group_id}} in the path must be the token's own group. */
    GROUP,
    /** A tenant's token (its tenant), or a group's token (the group as a whole, or one tenant with ?tenant=). */
    TENANT_OR_GROUP
}
