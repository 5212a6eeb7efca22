package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.events.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code PATCH /api/v1/duplicates/{ticket_id}} with {@code {"action":"accept"|"reject","reason"?,"by"?}}: a person's
 * decision about one of the caller's merge suggestions. Accepting publishes TICKET_MERGED (the duplicate into the
 * suggested ticket) to {@code ticket-events}, where the lifecycle and the duplicate-rate indicator count it; both
 * actions record the decision in {@code merge_decisions}. A suggestion is decided once: deciding it again, or deciding
 * a merge the tenant's policy made, is a 409.
 *
 * <p>The merge is published before the decision is stored: if the broker does not acknowledge, nothing is recorded and
 * the caller gets a 503 and may send the same request again. The event's id is fixed by the two tickets, so a merge
 * published twice counts once.
 */
final class DuplicateDecisionHandler implements Handler {

    static final int MAX_TEXT = 2_000;
    static final int MAX_BY = 100;
    private static final Set<String> FIELDS = Set.of("action", "reason", "by");
    private static final Logger LOG = LoggerFactory.getLogger(DuplicateDecisionHandler.class);

    private final Duplicates duplicates;
    private final EventPublisher publisher;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();
    // Decisions are rare and human-paced: one at a time keeps check-then-record of a suggestion simple.
    private final ReentrantLock lock = new ReentrantLock();

    DuplicateDecisionHandler(Duplicates duplicates, EventPublisher publisher, ObjectMapper mapper, Clock clock) {
        this.duplicates = duplicates;
        this.publisher = publisher;
        this.mapper = mapper;
        this.clock = clock;
    }

    private record Request(MergeDecision.Action action, String reason, String by) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String ticketId = ctx.pathParam("ticket_id");
        Request request = request(ctx);
        lock.lock();
        try {
            DuplicateView suggestion = duplicates.find(tenant, ticketId).orElseThrow(() -> notFound(ticketId));
            if (!"suggested".equals(suggestion.status())) {
                throw alreadyDecided(suggestion);
            }
            // Milliseconds: what the warehouse keeps, so the answer, the row and the event say the same instant.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            MergeDecision decision = new MergeDecision(
                    tenant,
                    ticketId,
                    suggestion.intoTicketId(),
                    request.action(),
                    request.reason(),
                    request.by(),
                    now,
                    duplicates.nextVersion(tenant, ticketId, now.toEpochMilli()));
            if (request.action() == MergeDecision.Action.ACCEPT) {
                publish(decision);
            }
            duplicates.save(decision);
        } finally {
            lock.unlock();
        }
        ctx.json(duplicates.find(tenant, ticketId).orElseThrow(() -> notFound(ticketId)));
    }

    private void publish(MergeDecision decision) {
        try {
            publisher.publish(List.of(decision.mergeEvent(codec)));
        } catch (PublishException e) {
            LOG.warn(
                    "merge of {} into {} (tenant {}) not published: {}",
                    decision.ticketId(),
                    decision.intoTicketId(),
                    decision.tenantId(),
                    e.getMessage());
            throw ApiException.unavailable("the event broker did not take the merge, so nothing is recorded; send the"
                    + " same request again: " + e.getMessage());
        }
    }

    private static ApiException alreadyDecided(DuplicateView suggestion) {
        if ("merged".equals(suggestion.status())) {
            return ApiException.conflict("ticket '" + suggestion.ticketId() + "' was already merged into '"
                    + suggestion.intoTicketId() + "' by the tenant's duplicate policy");
        }
        DuplicateView.Decision decision = suggestion.decision();
        return ApiException.conflict("the suggestion to merge ticket '" + suggestion.ticketId() + "' into '"
                + suggestion.intoTicketId() + "' was already " + suggestion.status() + " by " + decision.by()
                + " at " + decision.at());
    }

    static ApiException notFound(String ticketId) {
        return ApiException.notFound("no merge suggestion for ticket '" + ticketId + "'");
    }

    private Request request(Context ctx) {
        JsonNode body = JsonBody.object(ctx, mapper, FIELDS, "{\"action\":\"accept\"}");
        MergeDecision.Action action = JsonBody.choice(body, "action", List.of(MergeDecision.Action.values()));
        String reason = JsonBody.text(body, "reason", MAX_TEXT);
        String by = JsonBody.text(body, "by", MAX_BY);
        return new Request(
                action, reason == null ? "" : reason.strip(), by == null || by.isBlank() ? "api" : by.strip());
    }
}
