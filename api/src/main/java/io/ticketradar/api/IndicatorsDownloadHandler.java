package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.tables.Regions;

/**
 * {@code GET /api/downloads/indicators.csv?tenant=&from=&to=&expires=&signature=}: the CSV of a tenant's daily
 * indicators (overall) through a {@link DownloadLinks signed link} instead of a bearer token, for people who click the
 * digest's link. It is the same CSV as {@code /api/v1/indicators?format=csv} answers the tenant's token.
 */
final class IndicatorsDownloadHandler implements Handler {

    private final IndicatorsHandler indicators;
    private final DownloadLinks links;

    IndicatorsDownloadHandler(IndicatorsHandler indicators, DownloadLinks links) {
        this.indicators = indicators;
        this.links = links;
    }

    @Override
    public void handle(Context ctx) {
        String tenant = QueryParams.requiredText(ctx, "tenant");
        links.verify(
                tenant,
                QueryParams.requiredText(ctx, "from"),
                QueryParams.requiredText(ctx, "to"),
                QueryParams.requiredText(ctx, "expires"),
                QueryParams.requiredText(ctx, "signature"));
        indicators.send(ctx, tenant, Regions.ALL, DateRange.of(ctx), ExportFormat.CSV);
    }
}
