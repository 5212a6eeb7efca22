package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.List;

/**
 * {@code GET /api/v1/duplicates[?status=suggested,accepted,rejected,merged][&limit=&offset=][&format=csv|xlsx]}: the
 * caller's duplicate tickets, each with the ticket to merge it into and the evidence, newest suggestion first, every
 * status when none is given.
 */
final class DuplicatesHandler implements Handler {

    private final Duplicates duplicates;

    DuplicatesHandler(Duplicates duplicates) {
        this.duplicates = duplicates;
    }

    record DuplicateList(long total, int limit, int offset, List<DuplicateView> duplicates) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        List<String> statuses = QueryParams.codes(ctx, "status", Duplicates.STATUSES);
        Page page = Page.of(ctx);
        ExportFormat format = ExportFormat.of(ctx);
        List<DuplicateView> list = duplicates.list(tenant, statuses, page);
        DuplicateList body = new DuplicateList(duplicates.count(tenant, statuses), page.limit(), page.offset(), list);
        Responses.send(ctx, format, body, () -> table(list));
    }

    private static Table table(List<DuplicateView> list) {
        Table table = Table.of(
                "duplicates",
                "ticket_id",
                "into_ticket_id",
                "matched_ticket_id",
                "status",
                "matched_keys",
                "shared_symptoms",
                "shared_fault_code",
                "hours_apart",
                "ticket_created_at",
                "into_created_at",
                "suggested_at",
                "decided_by",
                "decided_at",
                "reason");
        for (DuplicateView d : list) {
            DuplicateView.Decision decision = d.decision();
            table.add(
                    d.ticketId(),
                    d.intoTicketId(),
                    d.matchedTicketId(),
                    d.status(),
                    Table.joined(d.evidence().matchedKeys()),
                    Table.joined(d.evidence().sharedSymptoms()),
                    d.evidence().sharedFaultCode(),
                    d.evidence().hoursApart(),
                    d.ticketCreatedAt(),
                    d.intoCreatedAt(),
                    d.suggestedAt(),
                    decision == null ? null : decision.by(),
                    decision == null ? null : decision.at(),
                    decision == null ? null : decision.reason());
        }
        return table;
    }
}
