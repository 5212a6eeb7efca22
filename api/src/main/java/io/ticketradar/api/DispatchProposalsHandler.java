package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Proposals to change the dispatch rules (issue 9): anyone with a tenant token proposes a rule to add, change or drop,
 * with a reason; a reviewer approves (the change, made to the rules in force then, becomes the next rule version) or
 * rejects with a note. The list shows each proposal's review clock against the 48-hour target.
 *
 * <pre>
 * POST /api/v1/dispatch/proposals                {"action":"add|change|drop","index"?,"rule"?,"reason","by"?}
 * GET  /api/v1/dispatch/proposals[?status=pending|approved|rejected]
 * GET  /api/v1/dispatch/proposals/{id}
 * POST /api/v1/dispatch/proposals/{id}/approve   {"by"?,"note"?}
 * POST /api/v1/dispatch/proposals/{id}/reject    {"by"?,"note"}
 * </pre>
 *
 * An approved proposal that added or changed a rule shows that rule's effect once live ({@link DispatchEffect}); one
 * that dropped a rule, the effect of the version it became.
 *
 * <p>A proposal that would not give a valid rule set is refused when proposed (422, naming the problem), and so is an
 * approval when the rules changed meanwhile so that it no longer applies.
 */
final class DispatchProposalsHandler {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_TEXT = 2_000;
    private static final Set<String> PROPOSAL_FIELDS = Set.of("action", "index", "rule", "reason", "by");
    private static final Set<String> REVIEW_FIELDS = Set.of("by", "note");

    private final DispatchProposals proposals;
    private final DispatchRuleBook book;
    private final DispatchEffect effects;
    private final ObjectMapper mapper;
    private final Clock clock;
    // Reviews are human-paced: one at a time, so a proposal is never approved twice.
    private final ReentrantLock lock = new ReentrantLock();

    DispatchProposalsHandler(
            DispatchProposals proposals,
            DispatchRuleBook book,
            DispatchEffect effects,
            ObjectMapper mapper,
            Clock clock) {
        this.proposals = proposals;
        this.book = book;
        this.effects = effects;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A proposal as answered, with its review clock. */
    record View(
            String proposalId,
            String action,
            Integer index,
            JsonNode rule,
            String reason,
            String proposedBy,
            String proposedAt,
            long basedOnVersion,
            String status,
            String reviewedBy,
            String reviewedAt,
            String reviewNote,
            Long adoptedVersion,
            double reviewHours,
            boolean reviewOverdue,
            DispatchEffect.Effect effect) {}

    record Listing(List<View> proposals, int total) {}

    void propose(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        JsonNode body = body(ctx, PROPOSAL_FIELDS);
        DispatchProposal.Action action = action(body);
        Integer index = index(body.get("index"));
        if (action != DispatchProposal.Action.ADD && index == null) {
            throw ApiException.badBody("index", "field 'index' is required to " + action.code() + " a rule");
        }
        JsonNode rule = body.get("rule");
        if (action == DispatchProposal.Action.DROP) {
            if (rule != null && !rule.isNull()) {
                throw ApiException.badBody("rule", "a drop names the rule by its index only");
            }
            rule = null;
        } else if (rule == null || !rule.isObject()) {
            throw ApiException.badBody(
                    "rule", "field 'rule' is required: the rule to " + action.code() + ", an object");
        }
        String reason = text(body, "reason");
        if (reason == null || reason.isBlank()) {
            throw ApiException.badBody("reason", "field 'reason' is required: say why, the reviewer reads it");
        }
        long inForce = book.current(tenant).map(v -> v.get("version").asLong()).orElse(0L);
        DispatchProposal proposal = new DispatchProposal(
                tenant,
                "DP-" + UUID.randomUUID().toString().substring(0, 8),
                action,
                index,
                rule,
                reason.strip(),
                By.ofField(text(body, "by")),
                now(),
                inForce,
                DispatchProposal.Status.PENDING,
                "",
                null,
                "",
                null,
                1);
        book.tryOut(tenant, proposal::applyTo);
        proposals.save(proposal);
        ctx.json(view(proposal));
    }

    void list(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String status = ctx.queryParam("status");
        DispatchProposal.Status wanted = status == null ? null : status(status);
        List<View> views =
                proposals.list(tenant, wanted).stream().map(this::view).toList();
        ctx.json(new Listing(views, views.size()));
    }

    void detail(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String id = ctx.pathParam("proposal_id");
        ctx.json(view(proposals
                .find(tenant, id)
                .orElseThrow(() -> ApiException.notFound("proposal '" + id + "' not found"))));
    }

    void approve(Context ctx) {
        review(ctx, DispatchProposal.Status.APPROVED);
    }

    void reject(Context ctx) {
        review(ctx, DispatchProposal.Status.REJECTED);
    }

    private void review(Context ctx, DispatchProposal.Status decision) {
        String tenant = BearerAuth.tenant(ctx);
        String id = ctx.pathParam("proposal_id");
        JsonNode body = body(ctx, REVIEW_FIELDS);
        String by = By.ofField(text(body, "by"));
        String note = text(body, "note");
        if (decision == DispatchProposal.Status.REJECTED && (note == null || note.isBlank())) {
            throw ApiException.badBody("note", "field 'note' is required to reject: say why, the proposer reads it");
        }
        DispatchProposal reviewed;
        lock.lock();
        try {
            DispatchProposal proposal = proposals
                    .find(tenant, id)
                    .orElseThrow(() -> ApiException.notFound("proposal '" + id + "' not found"));
            if (proposal.status() != DispatchProposal.Status.PENDING) {
                throw ApiException.unprocessable(
                        "proposal " + id + " is already " + proposal.status().code() + ", it cannot be reviewed again");
            }
            Long adopted = null;
            if (decision == DispatchProposal.Status.APPROVED) {
                adopted =
                        book.adopt(tenant, proposal::applyTo, by).get("version").asLong();
            }
            reviewed = proposal.reviewed(decision, by, now(), note == null ? "" : note.strip(), adopted);
            proposals.save(reviewed);
        } finally {
            lock.unlock();
        }
        ctx.json(view(reviewed));
    }

    private View view(DispatchProposal p) {
        double hours = p.reviewTime(clock.instant()).toMillis() / 3_600_000.0;
        return new View(
                p.proposalId(),
                p.action().code(),
                p.index(),
                p.rule(),
                p.reason(),
                p.proposedBy(),
                p.proposedAt().toString(),
                p.basedOnVersion(),
                p.status().code(),
                p.reviewedBy(),
                p.reviewedAt() == null ? null : p.reviewedAt().toString(),
                p.reviewNote(),
                p.adoptedVersion(),
                Math.round(hours * 10) / 10.0,
                p.reviewTime(clock.instant()).compareTo(DispatchProposal.REVIEW_TARGET) > 0,
                effect(p));
    }

    /** Null until approved. The rule an add appended is the last of the version it became. */
    private DispatchEffect.Effect effect(DispatchProposal p) {
        Long adopted = p.adoptedVersion();
        if (p.status() != DispatchProposal.Status.APPROVED || adopted == null) {
            return null;
        }
        DispatchEffect.RuleOfVersion rule = null;
        if (p.action() != DispatchProposal.Action.DROP) {
            int index = p.index() != null
                    ? p.index()
                    : book.version(p.tenantId(), adopted)
                            .map(v -> v.get("rules").size() - 1)
                            .orElse(0);
            rule = DispatchEffect.RuleOfVersion.of(p.rule(), index);
        }
        return effects.of(p.tenantId(), adopted, rule, clock.instant()).orElse(null);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private JsonNode body(Context ctx, Set<String> fields) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge("a proposal or review is at most " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode body;
        try {
            byte[] bytes = ctx.bodyAsBytes();
            body = bytes.length == 0 ? mapper.createObjectNode() : mapper.readTree(bytes);
        } catch (IOException e) {
            throw notAnObject(fields);
        }
        if (body == null || !body.isObject()) {
            throw notAnObject(fields);
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw ApiException.badBody(name, "field '" + name + "' is not known; known: " + known(fields));
            }
        }
        return body;
    }

    private static ApiException notAnObject(Set<String> fields) {
        return ApiException.badBody(null, "body must be a JSON object with " + known(fields));
    }

    private static String known(Set<String> fields) {
        return fields.stream().sorted().collect(Collectors.joining(", "));
    }

    private static DispatchProposal.Action action(JsonNode body) {
        String allowed = Arrays.stream(DispatchProposal.Action.values())
                .map(DispatchProposal.Action::code)
                .collect(Collectors.joining(", "));
        JsonNode action = body.get("action");
        if (action == null || !action.isTextual()) {
            throw ApiException.badBody("action", "field 'action' is required: one of " + allowed);
        }
        return Arrays.stream(DispatchProposal.Action.values())
                .filter(a -> a.code().equals(action.asText()))
                .findFirst()
                .orElseThrow(() -> ApiException.badBody(
                        "action", "field 'action' must be one of " + allowed + ", not '" + action.asText() + "'"));
    }

    private static DispatchProposal.Status status(String status) {
        try {
            return DispatchProposal.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(
                    "status", "status must be pending, approved or rejected, not '" + status + "'");
        }
    }

    private static Integer index(JsonNode index) {
        if (index == null || index.isNull()) {
            return null;
        }
        if (!index.isIntegralNumber() || index.asLong() < 0 || index.asLong() > Integer.MAX_VALUE) {
            throw ApiException.badBody("index", "field 'index' must be a rule's position, a whole number from 0");
        }
        return index.asInt();
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badBody(name, "field '" + name + "' must be a string");
        }
        if (value.asText().length() > MAX_TEXT) {
            throw ApiException.badBody(name, "field '" + name + "' is longer than " + MAX_TEXT + " characters");
        }
        return value.asText();
    }
}
