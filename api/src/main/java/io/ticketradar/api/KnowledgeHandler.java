package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Knowledge shared across a tenant group (DOMAIN.md §9): a tenant proposes a fix or one of its failure patterns, a full
 * group token reviews it, and once approved the group's other tenants read it, anonymised by {@link SourceScrubber}
 * and stripped of everything but what was learned (see {@link KnowledgeProposal.Entry}).
 *
 * <pre>
 * POST /api/v1/knowledge/proposals       full tenant token  {"pattern_id"} or {"fault_code","fix","symptoms"?,"title"?}, "by"?
 * GET  /api/v1/knowledge/proposals[?status=]  tenant: its own; group: all of the group's
 * POST /api/v1/knowledge/proposals/{proposal_id}/approve|reject  full group token  {"reason","by"?} (reason required to reject)
 * GET  /api/v1/knowledge[?fault_code=]   tenant: what its group's other tenants shared
 * </pre>
 */
final class KnowledgeHandler {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4_000;
    static final int MAX_SYMPTOMS = 20;

    /** The kinds of pattern codes that describe a product or a failure, not a place, a site or free words. */
    static final Set<String> SHARED_CODE_KINDS = Set.of(
            "fault", "symptom", "model", "batch", "firmware", "firmware_seen", "temp", "age", "photo", "part", "cause");

    private static final Set<String> PROPOSAL_FIELDS =
            Set.of("pattern_id", "fault_code", "fix", "symptoms", "title", "by");
    private static final Set<String> REVIEW_FIELDS = Set.of("reason", "by");

    private final KnowledgeProposals proposals;
    private final Patterns patterns;
    private final SourceScrubber scrubber;
    private final TenantGroups groups;
    private final ObjectMapper mapper;
    private final Clock clock;
    // Reviews are human-paced: one at a time, so a proposal is never reviewed twice.
    private final ReentrantLock lock = new ReentrantLock();

    KnowledgeHandler(
            KnowledgeProposals proposals,
            Patterns patterns,
            SourceScrubber scrubber,
            TenantGroups groups,
            ObjectMapper mapper,
            Clock clock) {
        this.proposals = proposals;
        this.patterns = patterns;
        this.scrubber = scrubber;
        this.groups = groups;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A shared entry as the group's other tenants read it. */
    record Shared(@JsonUnwrapped KnowledgeProposal.Entry entry, String sharedOn) {}

    record SharedListing(List<Shared> knowledge, int total) {}

    /** A proposal as its tenant and the group's reviewers read it. */
    record View(
            String proposalId,
            String tenantId,
            String patternId,
            Shared shared,
            Map<String, Integer> removed,
            String proposedBy,
            String proposedAt,
            String status,
            String reviewedBy,
            String reviewedAt,
            String reviewReason) {}

    record Listing(List<View> proposals, int total) {}

    void propose(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String group = groups.groupOf(tenant)
                .orElseThrow(() -> ApiException.unprocessable(
                        "tenant '" + tenant + "' is in no group: there is nobody to share with"));
        JsonNode body = JsonBody.object(
                ctx, mapper, PROPOSAL_FIELDS, "{\"fault_code\":\"E-101\",\"fix\":\"reseat the encoder cable\"}");
        String patternId = JsonBody.text(body, "pattern_id", MAX_TITLE);
        KnowledgeProposal.Entry draft = patternId == null ? fix(body) : pattern(tenant, patternId, body);
        SourceScrubber.Scrubbing scrub = scrubber.of(tenant, draft.texts());
        KnowledgeProposal.Entry entry = draft.anonymised(scrub);
        KnowledgeProposal proposal = new KnowledgeProposal(
                group,
                tenant,
                "KP-" + UUID.randomUUID().toString().substring(0, 8),
                patternId == null ? "" : patternId,
                entry,
                scrub.removed(),
                By.ofField(JsonBody.text(body, "by", By.MAX)),
                now(),
                KnowledgeProposal.Status.PENDING,
                "",
                null,
                "",
                1);
        proposals.save(proposal);
        ctx.status(201).json(view(proposal));
    }

    /** A tenant's own proposals, or with a group's token (no ?tenant=) the whole group's, for review. */
    void list(Context ctx) {
        KnowledgeProposal.Status status =
                QueryParams.choice(ctx, "status", List.of(KnowledgeProposal.Status.values()), null);
        String tenant = BearerAuth.tenantOrNull(ctx);
        List<View> views = (tenant == null
                        ? proposals.ofGroup(BearerAuth.principal(ctx).id(), status)
                        : proposals.ofTenant(tenant, status))
                .stream().map(this::view).toList();
        ctx.json(new Listing(views, views.size()));
    }

    void approve(Context ctx) {
        review(ctx, KnowledgeProposal.Status.APPROVED);
    }

    void reject(Context ctx) {
        review(ctx, KnowledgeProposal.Status.REJECTED);
    }

    /** What the caller's group shares with it: approved entries of its other tenants. */
    void shared(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String faultCode = ctx.queryParam("fault_code");
        List<Shared> entries =
                groups
                        .groupOf(tenant)
                        .map(group -> proposals.sharedWith(group, tenant, faultCode))
                        .orElse(List.of())
                        .stream()
                        .map(p -> new Shared(p.entry(), p.sharedOn()))
                        .toList();
        ctx.json(new SharedListing(entries, entries.size()));
    }

    private void review(Context ctx, KnowledgeProposal.Status decision) {
        String group = BearerAuth.principal(ctx).id();
        String id = ctx.pathParam("proposal_id");
        JsonNode body = JsonBody.object(ctx, mapper, REVIEW_FIELDS, "{\"reason\":\"applies to every dealer\"}");
        String reason = JsonBody.text(body, "reason", MAX_TEXT);
        if (decision == KnowledgeProposal.Status.REJECTED && (reason == null || reason.isBlank())) {
            throw ApiException.badBody(
                    "reason", "field 'reason' is required to reject: say why, the proposer reads it");
        }
        String by = By.ofField(JsonBody.text(body, "by", By.MAX));
        KnowledgeProposal reviewed;
        lock.lock();
        try {
            KnowledgeProposal proposal = proposals
                    .find(group, id)
                    .orElseThrow(() -> ApiException.notFound("proposal '" + id + "' not found in this group"));
            if (proposal.status() != KnowledgeProposal.Status.PENDING) {
                throw ApiException.unprocessable(
                        "proposal " + id + " is already " + proposal.status().code() + ", it cannot be reviewed again");
            }
            reviewed = proposal.reviewed(decision, by, now(), reason == null ? "" : reason.strip());
            proposals.save(reviewed);
        } finally {
            lock.unlock();
        }
        ctx.json(view(reviewed));
    }

    private static KnowledgeProposal.Entry fix(JsonNode body) {
        String faultCode = JsonBody.text(body, "fault_code", MAX_TITLE);
        if (faultCode == null || faultCode.isBlank()) {
            throw ApiException.badBody(
                    "fault_code", "field 'fault_code' is required for a fix (or give 'pattern_id' to share a pattern)");
        }
        String fix = JsonBody.text(body, "fix", MAX_TEXT);
        if (fix == null || fix.isBlank()) {
            throw ApiException.badBody(
                    "fix", "field 'fix' is required: what fixed it, in words another tenant can use");
        }
        String title = JsonBody.text(body, "title", MAX_TITLE);
        return new KnowledgeProposal.Entry(
                knowledgeId(),
                KnowledgeProposal.Kind.FIX,
                title == null || title.isBlank() ? faultCode.strip() : title.strip(),
                faultCode.strip(),
                symptoms(body),
                List.of(),
                fix.strip(),
                List.of(),
                List.of());
    }

    private KnowledgeProposal.Entry pattern(String tenant, String patternId, JsonNode body) {
        if (body.has("fault_code") || body.has("symptoms")) {
            throw ApiException.badBody(
                    body.has("fault_code") ? "fault_code" : "symptoms",
                    "a pattern brings its own codes: give 'pattern_id' with at most 'title' and 'fix'");
        }
        PatternView p = patterns.find(tenant, patternId)
                .orElseThrow(() -> ApiException.notFound("pattern '" + patternId + "' not found"));
        List<String> codes = new ArrayList<>();
        List<String> symptoms = new ArrayList<>();
        String faultCode = "";
        for (PatternView.Code code : p.defining()) {
            if (SHARED_CODE_KINDS.contains(code.kind())) {
                codes.add(code.code());
            }
            if ("fault".equals(code.kind()) && faultCode.isEmpty()) {
                faultCode = code.value();
            } else if ("symptom".equals(code.kind())) {
                symptoms.add(code.value());
            }
        }
        String title = JsonBody.text(body, "title", MAX_TITLE);
        String fix = JsonBody.text(body, "fix", MAX_TEXT);
        JsonNode hints = p.hints() == null ? mapper.createObjectNode() : p.hints();
        return new KnowledgeProposal.Entry(
                knowledgeId(),
                KnowledgeProposal.Kind.PATTERN,
                title != null && !title.isBlank()
                        ? title.strip()
                        : firstOf(p.title().zh(), p.title().en()),
                faultCode,
                symptoms,
                codes,
                fix != null && !fix.isBlank()
                        ? fix.strip()
                        : firstOf(
                                hints.path("resolution").asText(""),
                                firstOf(p.description().zh(), p.description().en())),
                texts(hints.path("parts")),
                texts(hints.path("root_causes")));
    }

    /** The id the group's other tenants know the entry by, unrelated to the proposal's. */
    private static String knowledgeId() {
        return "KB-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> symptoms(JsonNode body) {
        JsonNode symptoms = body.get("symptoms");
        if (symptoms == null || symptoms.isNull()) {
            return List.of();
        }
        if (!symptoms.isArray() || symptoms.size() > MAX_SYMPTOMS) {
            throw ApiException.badBody(
                    "symptoms", "field 'symptoms' must be an array of at most " + MAX_SYMPTOMS + " strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode symptom : symptoms) {
            if (!symptom.isTextual()
                    || symptom.asText().isBlank()
                    || symptom.asText().length() > MAX_TITLE) {
                throw ApiException.badBody(
                        "symptoms", "each symptom must be a non-empty string of at most " + MAX_TITLE + " characters");
            }
            out.add(symptom.asText().strip());
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> {
            if (node.isTextual()) {
                out.add(node.asText());
            }
        });
        return out;
    }

    private static String firstOf(String text, String orElse) {
        return text != null && !text.isBlank() ? text : orElse == null ? "" : orElse;
    }

    private View view(KnowledgeProposal p) {
        return new View(
                p.proposalId(),
                p.tenantId(),
                p.patternId(),
                new Shared(p.entry(), p.sharedOn()),
                p.removed(),
                p.proposedBy(),
                p.proposedAt().toString(),
                p.status().code(),
                p.reviewedBy(),
                p.reviewedAt() == null ? null : p.reviewedAt().toString(),
                p.reviewReason());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
