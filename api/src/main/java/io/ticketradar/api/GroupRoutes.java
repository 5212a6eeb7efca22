package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.ticketradar.warehouse.Warehouse;

/**
 * The routes of tenant groups and shared knowledge (docs/tenant-groups.md), in one place apart from the tenant routes.
 * Each carries its {@link Audience}; routes without one answer a tenant.
 */
final class GroupRoutes {

    static final String KNOWLEDGE_PROPOSALS = "/api/v1/knowledge/proposals";

    private GroupRoutes() {}

    static void register(
            RoutesConfig routes,
            Warehouse warehouse,
            TenantGroups groups,
            TenantDays days,
            Patterns patterns,
            ObjectMapper mapper) {
        GroupsHandler group = new GroupsHandler(warehouse, groups, days);
        routes.get("/api/v1/groups/{group_id}", group::group, Audience.GROUP);
        routes.get("/api/v1/groups/{group_id}/indicators", group::indicators, Audience.GROUP);
        routes.get("/api/v1/groups/{group_id}/heatmap", group::heatmap, Audience.GROUP);
        KnowledgeHandler knowledge = new KnowledgeHandler(
                new KnowledgeProposals(warehouse, mapper),
                patterns,
                new SourceScrubber(warehouse),
                groups,
                mapper,
                days.clock());
        routes.post(KNOWLEDGE_PROPOSALS, knowledge::propose);
        routes.get(KNOWLEDGE_PROPOSALS, knowledge::list, Audience.TENANT_OR_GROUP);
        routes.post(KNOWLEDGE_PROPOSALS + "/{proposal_id}/approve", knowledge::approve, Audience.GROUP);
        routes.post(KNOWLEDGE_PROPOSALS + "/{proposal_id}/reject", knowledge::reject, Audience.GROUP);
        routes.get("/api/v1/knowledge", knowledge::shared);
    }
}
