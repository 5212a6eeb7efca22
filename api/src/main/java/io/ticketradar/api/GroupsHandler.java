package io.ticketradar.api;

import io.javalin.http.Context;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.Regions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a group's token reads of its group as a whole (DOMAIN.md §9); {@link BearerAuth} has made sure the path's group
 * is the token's own.
 *
 * <pre>
 * GET /api/v1/groups/{group_id}                                    the group's tenants
 * GET /api/v1/groups/{group_id}/indicators?from=&to=[&region=]     daily indicators rolled up over its tenants
 * GET /api/v1/groups/{group_id}/heatmap?window=&date=&x=&y=        heatmap cells summed over its tenants
 * </pre>
 *
 * Each tenant's own figures are the tenant routes read with {@code ?tenant=}.
 */
final class GroupsHandler {

    private final Warehouse warehouse;
    private final TenantGroups groups;
    private final TenantDays days;
    private final IndicatorRollUp indicators;

    GroupsHandler(Warehouse warehouse, TenantGroups groups, TenantDays days) {
        this.warehouse = warehouse;
        this.groups = groups;
        this.days = days;
        this.indicators = new IndicatorRollUp(warehouse, days);
    }

    record Group(String groupId, List<String> tenants) {}

    /** @param tenants the tenants rolled up */
    record GroupIndicators(
            String groupId,
            List<String> tenants,
            String region,
            String from,
            String to,
            List<IndicatorsHandler.DayView> days) {}

    record GroupHeatmap(String groupId, List<String> tenants, HeatmapHandler.Heatmap heatmap) {}

    void group(Context ctx) {
        String group = ctx.pathParam(BearerAuth.GROUP_PARAMETER);
        ctx.json(new Group(group, tenants(group)));
    }

    void indicators(Context ctx) {
        String group = ctx.pathParam(BearerAuth.GROUP_PARAMETER);
        DateRange range = DateRange.of(ctx);
        String region = QueryParams.text(ctx, "region", Regions.ALL);
        List<String> tenants = tenants(group);
        ctx.json(new GroupIndicators(
                group,
                tenants,
                region,
                range.from().toString(),
                range.to().toString(),
                indicators.read(tenants, region, range)));
    }

    /** A 7-day window ends by default on the newest of the tenants' todays. */
    void heatmap(Context ctx) {
        String group = ctx.pathParam(BearerAuth.GROUP_PARAMETER);
        List<String> tenants = tenants(group);
        HeatmapParams params = HeatmapParams.of(
                ctx,
                () -> tenants.stream()
                        .map(days::today)
                        .max(Comparator.naturalOrder())
                        .orElseGet(() -> LocalDate.now(days.clock().withZone(days.defaultZone()))));
        ctx.json(new GroupHeatmap(group, tenants, HeatmapHandler.read(warehouse, tenants, true, params, ctx)));
    }

    private List<String> tenants(String group) {
        return List.copyOf(groups.tenantsOf(group));
    }
}
