package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code PATCH /api/v1/patterns/{pattern_id}} with {@code {"action":"confirm"|"dismiss"|"tag_opportunity"|
 * "untag_opportunity"|"note","reason"?,"note"?,"by"?}}: records one decision about one of the caller's patterns in
 * {@code pattern_feedback} as a new version, publishes it to the {@code pattern-feedback} topic for the detector, and
 * answers with the updated pattern. A dismissal needs a reason, the note action a note; tagging or untagging an
 * opportunity may say why.
 *
 * <p>The decision is stored before it is published: if the broker does not acknowledge, the caller gets a 503 and
 * sends the same decision again, which is harmless (the newest version wins everywhere).
 */
final class PatternFeedbackHandler implements Handler {

    static final int MAX_TEXT = 2_000;
    static final int MAX_BY = 100;
    private static final Set<String> FIELDS = Set.of("action", "reason", "note", "by");
    private static final Logger LOG = LoggerFactory.getLogger(PatternFeedbackHandler.class);

    private final Patterns patterns;
    private final FeedbackPublisher publisher;
    private final ObjectMapper mapper;
    private final Clock clock;
    // Decisions are rare and human-paced: one at a time keeps read-modify-write of a pattern's state simple.
    private final ReentrantLock lock = new ReentrantLock();

    PatternFeedbackHandler(Patterns patterns, FeedbackPublisher publisher, ObjectMapper mapper, Clock clock) {
        this.patterns = patterns;
        this.publisher = publisher;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The body, checked. */
    record Request(PatternDecision.Action action, String text, String by) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String id = ctx.pathParam("pattern_id");
        Request request = request(ctx);
        // Milliseconds: what the warehouse keeps, so the answer, the row and the topic say the same instant.
        PatternDecision decision;
        lock.lock();
        try {
            decision = patterns.decision(tenant, id)
                    .orElseThrow(() -> PatternHandler.notFound(id))
                    .then(
                            request.action(),
                            request.text(),
                            request.by(),
                            clock.instant().truncatedTo(ChronoUnit.MILLIS));
            patterns.save(decision);
        } finally {
            lock.unlock();
        }
        try {
            publisher.publishFeedback(decision.topicKey(), decision.topicValue());
        } catch (PublishException e) {
            LOG.warn("decision about pattern {} of tenant {} stored but not published: {}", id, tenant, e.getMessage());
            throw ApiException.unavailable("the decision is stored but the event broker did not take it, so the"
                    + " detector has not learnt it yet; send the same request again: " + e.getMessage());
        }
        ctx.json(patterns.find(tenant, id).orElseThrow(() -> PatternHandler.notFound(id)));
    }

    private Request request(Context ctx) {
        JsonNode body = JsonBody.object(ctx, mapper, FIELDS, "{\"action\":\"confirm\"}");
        PatternDecision.Action action = JsonBody.choice(body, "action", List.of(PatternDecision.Action.values()));
        String reason = JsonBody.text(body, "reason", MAX_TEXT);
        String note = JsonBody.text(body, "note", MAX_TEXT);
        String by = JsonBody.text(body, "by", MAX_BY);
        String text = switch (action) {
            case DISMISS -> {
                if (reason == null || reason.isBlank()) {
                    throw ApiException.badBody(
                            "reason",
                            "field 'reason' is required to dismiss a pattern: say why,"
                                    + " the detector and the next reader respect it");
                }
                yield reason.strip();
            }
            case NOTE -> {
                if (note == null) {
                    throw ApiException.badBody(
                            "note", "field 'note' is required for the note action (empty clears the note)");
                }
                yield note.strip();
            }
            // a person's words about the tag, kept as typed (pages show them so)
            case TAG_OPPORTUNITY, UNTAG_OPPORTUNITY -> reason == null ? "" : reason.strip();
            default -> "";
        };
        return new Request(action, text, by == null || by.isBlank() ? "api" : by.strip());
    }
}
