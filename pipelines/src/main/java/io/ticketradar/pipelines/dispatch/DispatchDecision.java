package io.ticketradar.pipelines.dispatch;

import io.ticketradar.models.ModelJson;

/**
 * One routing of one ticket, as {@code dispatch_decisions} keeps it. Between operators as JSON (see
 * {@link DispatchInput}).
 *
 * @param decisionId the id of the event that asked for it, so a replay replaces rather than adds
 */
public record DispatchDecision(String tenantId, String ticketId, String decisionId, String json) {

    /** Everything a decision says. */
    public record Content(
            String tenantId,
            String ticketId,
            String decisionId,
            String trigger,
            long decidedAt,
            long rulesVersion,
            Routing routing) {}

    static DispatchDecision of(Content c) {
        return new DispatchDecision(c.tenantId(), c.ticketId(), c.decisionId(), ModelJson.write(c));
    }

    public Content content() {
        return ModelJson.read(json, Content.class);
    }
}
