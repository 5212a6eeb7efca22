package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/alerts[?since=...][&limit=&offset=]}: the caller's alerts (circuit breaker and others), newest first.
 * {@code since} is an instant with an offset ({@code 2026-01-05T08:00:00Z}: alerts raised from then on) or a
 * date ({@code 2026-01-05}: alerts about that calendar day of the tenant or later, so no time zone is
 * guessed here).
 */
final class AlertsHandler implements Handler {

    // FINAL: a replayed alert is stored again under the same key until a merge.
    private static final String FROM =
            "FROM " + io.ticketradar.warehouse.tables.Alerts.TABLE + " FINAL WHERE tenant_id = ? AND %s";
    private static final String PAGE = "SELECT alert_id, kind, raised_at, day, title, detail, payload " + FROM
            + " ORDER BY raised_at DESC, alert_id DESC" + Page.SQL;
    private static final String COUNT = "SELECT count() AS total " + FROM;

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    AlertsHandler(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    /** @param raisedAt an ISO-8601 UTC instant, {@code 2026-01-07T21:00:00Z} */
    record AlertView(
            String alertId, String kind, String raisedAt, String day, String title, String detail, JsonNode payload) {}

    record Alerts(long total, int limit, int offset, List<AlertView> alerts) {}

    @Override
    public void handle(Context ctx) throws JsonProcessingException {
        String tenant = BearerAuth.tenant(ctx);
        String since = ctx.queryParam("since");
        Page page = Page.of(ctx);
        List<Object> args = new ArrayList<>(List.of(tenant));
        String condition = "1";
        if (since != null && since.contains("T")) {
            condition = "raised_at >= ?";
            args.add(instant(since));
        } else if (since != null) {
            condition = "day >= ?";
            args.add(date(since));
        }
        long total = (Long) warehouse
                .query(COUNT.formatted(condition), args.toArray())
                .getFirst()
                .get("total");
        args.add(page.limit());
        args.add(page.offset());
        List<Map<String, Object>> rows = warehouse.query(PAGE.formatted(condition), args.toArray());
        List<AlertView> alerts = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            alerts.add(new AlertView(
                    (String) row.get("alert_id"),
                    (String) row.get("kind"),
                    WarehouseValues.utcInstant(row.get("raised_at")),
                    (String) row.get("day"),
                    (String) row.get("title"),
                    (String) row.get("detail"),
                    mapper.readTree((String) row.get("payload"))));
        }
        ctx.json(new Alerts(total, page.limit(), page.offset(), alerts));
    }

    private static Instant instant(String since) {
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw badSince(since);
        }
        // Its own day, not UTC's: converting the extreme years ISO-8601 reads would itself overflow.
        if (!QueryParams.isWarehouseDay(at.toLocalDate())) {
            throw badSince(since);
        }
        return at.toInstant();
    }

    private static LocalDate date(String since) {
        LocalDate day;
        try {
            day = LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw badSince(since);
        }
        if (!QueryParams.isWarehouseDay(day)) {
            throw badSince(since);
        }
        return day;
    }

    private static ApiException badSince(String since) {
        // A '+' of an offset arrives as a space when the client did not encode it.
        String hint = since.contains(" ") ? " (encode '+' as %2B)" : "";
        return ApiException.badParameter(
                "since",
                "parameter 'since' must be an ISO-8601 instant with offset such as "
                        + "2026-01-05T08:00:00Z or a date such as 2026-01-05, from " + QueryParams.FIRST_DAY + " to "
                        + QueryParams.LAST_DAY + ", not '" + since + "'" + hint);
    }
}
