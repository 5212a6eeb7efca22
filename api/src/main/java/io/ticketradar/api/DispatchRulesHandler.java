package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code GET /api/v1/dispatch/rules}: the caller's dispatch rules in force. {@code PUT /api/v1/dispatch/rules[?by=]}
 * with a rule set ({@code {"rules":[...],"streak":{...}}}): checked as a whole; a set with any problem is refused with
 * 422 naming each problem, and the rules in force stay; a valid set becomes the next version, is stored in
 * {@code dispatch_rules} and published to the {@code dispatch-rules} topic, from which the running dispatcher applies
 * it to the tickets that arrive after it.
 *
 * <p>Stored before published, like pattern decisions: when the broker does not acknowledge, the caller gets a 503 and
 * sends the set again, which adopts it as one more version.
 */
final class DispatchRulesHandler {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    static final int MAX_BY = 100;
    private static final Logger LOG = LoggerFactory.getLogger(DispatchRulesHandler.class);

    private final DispatchRuleVersions versions;
    private final DispatchRuleCheck check;
    private final DispatchRulesPublisher publisher;
    private final ObjectMapper mapper;
    private final Clock clock;
    // Rule changes are rare and human-paced: one at a time keeps version numbers gapless and unique.
    private final ReentrantLock lock = new ReentrantLock();

    DispatchRulesHandler(
            DispatchRuleVersions versions,
            DispatchRuleCheck check,
            DispatchRulesPublisher publisher,
            ObjectMapper mapper,
            Clock clock) {
        this.versions = versions;
        this.check = check;
        this.publisher = publisher;
        this.mapper = mapper;
        this.clock = clock;
    }

    void get(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        ctx.json(versions.current(tenant)
                .orElseThrow(() -> ApiException.notFound(
                        "no dispatch rules yet: PUT a rule set to /api/v1/dispatch/rules to start dispatching")));
    }

    void put(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        JsonNode body = body(ctx);
        String by = by(ctx);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DispatchRuleCheck.Verdict.Adopted adopted;
        long version;
        Object answer;
        lock.lock();
        try {
            long inForce = versions.currentVersion(tenant);
            version = inForce + 1;
            switch (check.check(tenant, version, body)) {
                case DispatchRuleCheck.Verdict.Refused refused ->
                    throw ApiException.unprocessable("the rule set is refused"
                            + (inForce == 0 ? "" : " and version " + inForce + " stays in force") + ": "
                            + String.join("; ", refused.problems()));
                case DispatchRuleCheck.Verdict.Adopted a -> adopted = a;
            }
            answer = versions.save(tenant, version, adopted.rules(), at, by);
        } finally {
            lock.unlock();
        }
        try {
            publisher.publishRules(tenant, adopted.message());
        } catch (PublishException e) {
            LOG.warn(
                    "dispatch rules version {} of tenant {} stored but not published: {}",
                    version,
                    tenant,
                    e.getMessage());
            throw ApiException.unavailable("the rule set is stored as version " + version + " but the event broker did"
                    + " not take it, so dispatch does not apply it yet; send the same request again: "
                    + e.getMessage());
        }
        LOG.info("dispatch rules of tenant {} adopted as version {} by {}", tenant, version, by);
        ctx.json(answer);
    }

    private JsonNode body(Context ctx) {
        if (ctx.contentLength() > MAX_BODY_BYTES) {
            throw ApiException.payloadTooLarge("a rule set is at most " + MAX_BODY_BYTES + " bytes");
        }
        try {
            JsonNode body = mapper.readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw notARuleSet();
            }
            return body;
        } catch (IOException e) {
            throw notARuleSet();
        }
    }

    private static String by(Context ctx) {
        String by = ctx.queryParam("by");
        if (by == null || by.isBlank()) {
            return "api";
        }
        if (by.length() > MAX_BY) {
            throw ApiException.badParameter("by", "by is longer than " + MAX_BY + " characters");
        }
        return by.strip();
    }

    private static ApiException notARuleSet() {
        return ApiException.badBody(
                null,
                "body must be a JSON object such as {\"rules\":[{\"kind\":\"batch\",\"sn_prefix\":\"A7K2\","
                        + "\"team\":\"TECH-A7\"}]}");
    }
}
