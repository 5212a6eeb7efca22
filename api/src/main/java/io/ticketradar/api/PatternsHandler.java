package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.List;

/**
 * {@code GET /api/v1/patterns[?status=emerging,active][&opportunity=true][&limit=&offset=][&format=csv|xlsx]}: the
 * caller's failure patterns, newest detected first, every status when none is given.
 */
final class PatternsHandler implements Handler {

    private final Patterns patterns;

    PatternsHandler(Patterns patterns) {
        this.patterns = patterns;
    }

    record PatternList(long total, int limit, int offset, List<PatternView> patterns) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        Patterns.Filter filter = Patterns.Filter.all()
                .withStatuses(QueryParams.codes(ctx, "status", Patterns.STATUSES))
                .withOpportunity(QueryParams.bool(ctx, "opportunity"));
        Page page = Page.of(ctx);
        ExportFormat format = ExportFormat.of(ctx);
        List<PatternView> list = patterns.list(tenant, filter, page);
        PatternList body = new PatternList(patterns.count(tenant, filter), page.limit(), page.offset(), list);
        Responses.send(ctx, format, body, () -> table(list));
    }

    private static Table table(List<PatternView> list) {
        Table table = Table.of(
                "patterns",
                "id",
                "status",
                "detected_on",
                "onset_estimate",
                "last_flagged_on",
                "defining",
                "observed",
                "expected",
                "ratio",
                "p_value",
                "window_days",
                "support",
                "title_zh",
                "title_en",
                "description_zh",
                "description_en",
                "example_tickets",
                "opportunity",
                "opportunity_by",
                "opportunity_reason",
                "opportunity_reason_typed",
                "confirmed",
                "dismissed",
                "dismiss_reason",
                "note");
        for (PatternView p : list) {
            table.add(
                    p.id(),
                    p.status(),
                    p.detectedOn(),
                    p.onsetEstimate(),
                    p.lastFlaggedOn(),
                    Table.joined(
                            p.defining().stream().map(PatternView.Code::code).toList()),
                    p.observed(),
                    p.expected(),
                    p.ratio(),
                    p.pValue(),
                    p.windowDays(),
                    p.support(),
                    p.title().zh(),
                    p.title().en(),
                    p.description().zh(),
                    p.description().en(),
                    Table.joined(p.exampleTickets()),
                    p.opportunity(),
                    p.opportunityBy(),
                    p.opportunityReason(),
                    p.feedback().opportunityReason(),
                    p.feedback().confirmed(),
                    p.feedback().dismissed(),
                    p.feedback().dismissReason(),
                    p.feedback().note());
        }
        return table;
    }
}
